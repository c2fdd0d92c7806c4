import { isoWeekday } from './wall-clock'

export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
export type WeekdayCode = (typeof WEEKDAY_CODES)[number]
export type Nth = 1 | 2 | 3 | 4 | -1
export const NTHS: Nth[] = [1, 2, 3, 4, -1]

/** What @linli/schedule's buildRule takes and parseRuleSpec gives back. */
export interface RecurrenceSpec {
  freq: 'daily' | 'weekly' | 'monthly' | 'yearly'
  interval: number
  weekdays?: WeekdayCode[]
  monthlyMode?: 'nth_weekday' | 'day_of_month'
  nth?: Nth
  weekday?: WeekdayCode
  monthDay?: number
  end: { kind: 'never' } | { kind: 'count'; count: number } | { kind: 'until'; date: string }
}

export type RepeatMode = 'none' | RecurrenceSpec['freq'] | 'custom'

/** The recurrence builder's fields; all kept while switching modes so nothing typed is lost. */
export interface RecurrenceForm {
  mode: RepeatMode
  interval: number
  weekdays: WeekdayCode[]
  monthlyMode: 'nth_weekday' | 'day_of_month'
  nth: Nth
  weekday: WeekdayCode
  monthDay: number
  endKind: 'never' | 'count' | 'until'
  count: number
  until: string
  /**
   * The stored rule: kept as written while the builder fields still mean it (so an untouched
   * `FREQ=WEEKLY` is not resaved as `FREQ=WEEKLY;BYDAY=WE`), and kept for rules the builder
   * cannot show (mode `custom`) until replaced.
   */
  raw: string
  /** The builder spec the stored rule was read as, to tell whether the fields still mean it. */
  rawSpec: string
}

export const weekdayCodeOf = (date: string): WeekdayCode => WEEKDAY_CODES[isoWeekday(date) - 1] ?? 'MO'

/** Which occurrence of its weekday a date is in its month; the fifth counts as the last. */
export function nthOf(date: string): Nth {
  const n = Math.ceil(Number(date.slice(8, 10)) / 7)
  return n >= 5 ? -1 : (n as Nth)
}

/** Fields that follow the start date until the user sets them otherwise. */
function dateFields(date: string) {
  return { weekdays: [weekdayCodeOf(date)], weekday: weekdayCodeOf(date), nth: nthOf(date), monthDay: Number(date.slice(8, 10)) }
}

export function newRecurrence(date: string): RecurrenceForm {
  return {
    mode: 'none', interval: 1, monthlyMode: 'nth_weekday', endKind: 'never', count: 10,
    until: `${Number(date.slice(0, 4)) + 1}${date.slice(4, 10)}`, raw: '', rawSpec: '', ...dateFields(date),
  }
}

/** After the start date changed: fields still matching the old date follow the new one. */
export function followDate(form: RecurrenceForm, oldDate: string, newDate: string): RecurrenceForm {
  const before = dateFields(oldDate)
  const after = dateFields(newDate)
  const next = { ...form }
  if (form.weekdays.length === 1 && form.weekdays[0] === before.weekday) next.weekdays = after.weekdays
  if (form.weekday === before.weekday) next.weekday = after.weekday
  if (form.nth === before.nth) next.nth = after.nth
  if (form.monthDay === before.monthDay) next.monthDay = after.monthDay
  return next
}

/** The spec to build an RRULE from, or null for 不重复 and for a kept custom rule. */
export function toSpec(form: RecurrenceForm): RecurrenceSpec | null {
  if (form.mode === 'none' || form.mode === 'custom') return null
  const end: RecurrenceSpec['end'] = form.endKind === 'count' ? { kind: 'count', count: form.count }
    : form.endKind === 'until' ? { kind: 'until', date: form.until } : { kind: 'never' }
  const spec: RecurrenceSpec = { freq: form.mode, interval: Math.max(1, Math.round(form.interval) || 1), end }
  if (form.mode === 'weekly') spec.weekdays = WEEKDAY_CODES.filter((d) => form.weekdays.includes(d))
  if (form.mode === 'monthly') {
    spec.monthlyMode = form.monthlyMode
    if (form.monthlyMode === 'nth_weekday') Object.assign(spec, { nth: form.nth, weekday: form.weekday })
    else spec.monthDay = form.monthDay
  }
  return spec
}

/** Form fields for a parsed rule; what the rule leaves open comes from the start date. */
export function fromSpec(spec: RecurrenceSpec, date: string): RecurrenceForm {
  const base = newRecurrence(date)
  const end = spec.end
  return {
    ...base,
    mode: spec.freq,
    interval: spec.interval || 1,
    weekdays: spec.weekdays?.length ? [...spec.weekdays] : base.weekdays,
    // A monthly rule without BYDAY or BYMONTHDAY repeats on the start's day of the month.
    monthlyMode: spec.monthlyMode ?? (spec.freq === 'monthly' ? 'day_of_month' : base.monthlyMode),
    nth: spec.nth ?? base.nth,
    weekday: spec.weekday ?? base.weekday,
    monthDay: spec.monthDay ?? base.monthDay,
    endKind: end.kind,
    count: end.kind === 'count' ? end.count : base.count,
    until: end.kind === 'until' ? end.date : base.until,
  }
}
