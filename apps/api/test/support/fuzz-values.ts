import fc from 'fast-check'

/** The parts of a JSON Schema (as the OpenAPI document prints it) that say what a value may be. */
export interface Schema {
  type?: string | string[]; format?: string; pattern?: string; enum?: unknown[]; const?: unknown; nullable?: boolean
  minimum?: number; maximum?: number; minLength?: number; maxLength?: number; minItems?: number; maxItems?: number
  items?: Schema; properties?: Record<string, Schema>; required?: string[]; anyOf?: Schema[]; oneOf?: Schema[]
}

/**
 * Values stand for what they will become when the request is built: a real row's id by its name in
 * the world (`$id`), or a long repetition (`$repeat`). A counterexample then reads as "the sibling
 * center's room" rather than a random UUID, and a replayed seed picks the same kind of row.
 */
export type IdRef = { $id: string; upper?: boolean }
export const ref = (name: string, upper = false): IdRef => ({ $id: name, ...(upper && { upper }) })
const repeat = (unit: string, times: number) => ({ $repeat: unit, times })
const many = (item: unknown, times: number) => ({ $many: item, times })

export function resolve(value: unknown, ids: Record<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => resolve(v, ids))
  if (value && typeof value === 'object') {
    const v = value as { $id?: string; upper?: boolean; $repeat?: string; times?: number }
    if (v.$id) return v.upper ? ids[v.$id]!.toUpperCase() : ids[v.$id]
    if (v.$repeat !== undefined) return v.$repeat.repeat(v.times!)
    if ('$many' in v) return Array.from({ length: v.times! }, () => resolve((v as { $many: unknown }).$many, ids))
    return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, resolve(x, ids)]))
  }
  return value
}

// Days that do not exist, years out of any plan, and wall-clock times that do not exist or happen twice.
export const DATES = ['2026-02-30', '2025-02-29', '2026-04-31', '0000-01-01', '9999-12-31', '2026-13-01', '2026-00-10', '1999-12-31', '2101-01-01', '2026-1-5', '+02026-11-23', '２０２６-11-23']
const TIMES = ['25:61', '24:00', '12:60', '9:00', '23:59', '00:00']
// America/New_York springs forward on 2026-03-08 and 2027-03-14 (02:00-03:00 never happens) and falls back on 2026-11-01 (01:00-02:00 twice).
const DST = ['2026-03-08T02:30', '2027-03-14T02:30', '2027-03-14T02:00', '2026-11-01T01:30', '2027-11-07T01:30']
export const LOCAL_DATE_TIMES = [...DATES.map((d) => `${d}T10:00`), ...TIMES.map((t) => `2026-11-23T${t}`), ...DST, '2026-11-23T10:00:00', '2026-11-23T10:00Z', '2026-11-23 10:00']
const INSTANTS = ['2026-02-30T00:00:00Z', '2025-02-29T12:00:00+08:00', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-11-23T25:61:00Z', '2026-11-23T23:59:60Z',
  '2026-11-23T10:00:00+24:00', '2026-11-23T10:00:00+14:00', '2026-03-08T02:30:00-05:00', '2026-11-23T10:00:00.123456789Z', '2026-11-23T10:00:00', '2100-12-31T23:59:59-12:00']
const MONTHS = ['2026-13', '2026-00', '0000-01', '9999-12', '2026-2']
const ZONES = ['America/New_York', 'Asia/Shanghai', 'UTC', 'Etc/GMT+14', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Asia/Calcutta', 'America/Argentina/ComodRivadavia']
const NOT_ZONES = ['Mars/Olympus', 'EST', '+08:00', 'asia/shanghai', 'Etc/Unknown', 'America/New_York/Extra']
// Empty and blank text, lone surrogates, bidi overrides, NUL, stacked combining marks, emoji sequences, and classic injections.
export const TEXTS = ['', ' ', '\t\n', '\u3000', '\u00a0', '\ufeff', '\ud800', 'a\udfffb', '\u202eevil\u202c', 'a\u0000b', 'e' + '\u0301'.repeat(40),
  '👨‍👩‍👧‍👦', '🇨🇳🏳️‍🌈', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o', "' OR 1=1; --", '<script>alert(1)</script>', '${7*7}{{7*7}}', '../../etc/passwd', '%00', '\\', 'null']
// Recurrence rules that are valid text but ask for too much, nothing, or days that do not exist.
const RRULES = ['FREQ=SECONDLY;COUNT=1000000', 'FREQ=DAILY;COUNT=100000', 'FREQ=DAILY;INTERVAL=0', 'FREQ=MONTHLY;BYMONTHDAY=31', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30',
  'FREQ=WEEKLY;UNTIL=20260230T000000Z', 'FREQ=DAILY;UNTIL=99991231T235959Z', 'FREQ=WEEKLY;BYDAY=XX', 'FREQ=MONTHLY;BYDAY=5FR', 'FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO',
  'FREQ=WEEKLY;COUNT=0', 'RRULE:FREQ=DAILY', 'FREQ=DAILY;COUNT=2;COUNT=3', 'FREQ=HOURLY;BYHOUR=2;BYMINUTE=30', 'FREQ=DAILY;BYHOUR=25']
const NUMBERS = [0, -1, 1.5, -0.5, 2147483647, 2147483648, -2147483649, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 1e21, 1e308, -1e308]
const SHAPES = [null, true, [], {}, [null], { $gt: '' }, '1', 'true']

const ofDay = (d: Date) => d.toISOString().slice(0, 10)
const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
const hhmm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
const typeOf = (s: Schema) => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type)

/** A value the schema allows: boundaries, real ids of every kind, DST-gap wall-clock times and long multibyte text included. */
export function within(s: Schema, ids: string[]): fc.Arbitrary<unknown> {
  const alts = within1(s, ids)
  return s.nullable ? fc.oneof(alts, fc.constant(null)) : alts
}

function within1(s: Schema, ids: string[]): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const)
  if (s.enum) return fc.constantFrom(...s.enum)
  const union = s.anyOf ?? s.oneOf
  if (union) return fc.oneof(...union.map((u) => within(u, ids)))
  const lo = s.minimum ?? -1e6
  const hi = s.maximum ?? 1e6
  switch (typeOf(s)) {
    case 'integer': return fc.oneof(fc.constantFrom(lo, hi), fc.integer({ min: lo, max: hi }))
    case 'number': return fc.oneof(fc.constantFrom(lo, hi), fc.double({ min: lo, max: hi, noNaN: true }))
    case 'boolean': return fc.boolean()
    case 'null': return fc.constant(null)
    case 'array': return fc.array(within(s.items ?? {}, ids), { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 3, 3) })
    case 'object': return fc.record(Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, within(v, ids)])), { requiredKeys: s.required ?? [] })
  }
  switch (s.format) {
    case 'uuid': return fc.oneof(fc.constantFrom(...ids).map((n) => ref(n)), fc.uuid())
    case 'local-date': return fc.oneof(fc.constantFrom('2000-01-01', '2100-12-31', '2028-02-29', '2026-03-08'), day.map(ofDay))
    case 'local-date-time': return fc.oneof(fc.constantFrom(...DST, '2000-01-01T00:00', '2100-12-31T23:59'), fc.tuple(day, hhmm).map(([d, t]) => `${ofDay(d)}T${t}`))
    case 'date-time': return fc.oneof(fc.constantFrom('2000-01-01T00:00:00Z', '2026-03-08T07:30:00Z', '2026-11-20T10:00:00+08:00'), day.map((d) => d.toISOString()))
    case 'year-month': return fc.oneof(fc.constantFrom('2000-01', '2100-12'), day.map((d) => ofDay(d).slice(0, 7)))
    case 'time-zone': return fc.constantFrom(...ZONES)
  }
  const max = s.maxLength ?? 200
  const min = s.minLength ?? 0
  if (String((s as { example?: unknown }).example).startsWith('FREQ=')) return fc.constantFrom(...RRULES)
  if (s.pattern && s.pattern !== '\\S') return fc.stringMatching(new RegExp(s.pattern, 'u')).filter((v) => v.length >= min && v.length <= max)
  const text = fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, 24) })
  const longest = fc.constantFrom(repeat('x', max), repeat('界', max), repeat('😀', max), { $repeat: 'e\u0301', times: Math.floor(max / 2) })
  // The awkward texts the schema lets through (NUL inside, lone surrogates, bidi overrides) are the ones only the code behind can trip on.
  const awkward = TEXTS.filter((t) => t.length >= min && t.length <= max && (!s.pattern || /\S/.test(t)))
  return fc.oneof({ arbitrary: s.pattern ? text.filter((v) => /\S/.test(v)) : text, weight: 1 }, { arbitrary: longest, weight: 1 }, { arbitrary: fc.constantFrom(...awkward), weight: 3 })
}

/** A value the schema refuses, or that only the code behind it can judge: out of range, impossible, the wrong type or kind. */
export function beyond(s: Schema, ids: string[]): fc.Arbitrary<unknown> {
  const picks: unknown[] = [...TEXTS, ...NUMBERS, ...SHAPES]
  const type = typeOf(s)
  if (type === 'integer' || type === 'number') picks.push((s.minimum ?? 0) - 1, (s.maximum ?? 0) + 1, '12', 0.1)
  if (s.enum) picks.push(String(s.enum[0]).toUpperCase(), ` ${String(s.enum[0])}`, `${String(s.enum[0])}\u0000`)
  if (s.maxLength !== undefined) picks.push(repeat('x', s.maxLength + 1), repeat('😀', s.maxLength + 1))
  if (type === 'array') picks.push(s.minItems ? [] : [[]], many(s.items?.format === 'uuid' ? ref(ids[0]!) : 'x', 2000))
  if (s.format === 'uuid') picks.push('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', 'not-an-id', ...ids.map((n) => ref(n, true)))
  const dates = { 'local-date': DATES, 'local-date-time': LOCAL_DATE_TIMES, 'date-time': INSTANTS, 'year-month': MONTHS, 'time-zone': NOT_ZONES }[s.format ?? '']
  if (dates) return fc.oneof({ arbitrary: fc.constantFrom(...dates), weight: 3 }, { arbitrary: fc.constantFrom(...picks), weight: 1 })
  return fc.constantFrom(...picks)
}

/** The valid value with one run of digits swapped for a boundary: day 99, month 00, a count of a billion, a negative. */
export function nearValid(valid: string): string[] {
  const runs = [...valid.matchAll(/\d+/g)].slice(0, 6)
  return runs.flatMap((m) => ['0', '00', '99', '999999999999', '-1'].map((d) => valid.slice(0, m.index) + d + valid.slice(m.index + m[0].length)))
}

/** Half in the schema, half beyond it: in-schema values are what reach the handlers. */
export const valueFor = (s: Schema, ids: string[]) => fc.oneof({ arbitrary: within(s, ids), weight: 1 }, { arbitrary: beyond(s, ids), weight: 1 })
