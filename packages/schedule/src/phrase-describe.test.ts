import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeRule } from './describe'
import { expandLocal } from './expand'
import { describeSchedulePhrase } from './phrase-describe'
import { parseSchedulePhrase } from './phrase-parse'
import { type PhraseRule, type PhraseSchedule, canonicalRule } from './phrase-rule'
import { presets } from './presets'
import { parseRule } from './rule'
import { WEEKDAYS } from './rule-parts'

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

const weekday = fc.constantFrom(...WEEKDAYS)
const nthWeekday = fc.record({ nth: fc.constantFrom(0, 1, 2, 3, 4, 5, -1, -2, -3, -4, -5), weekday })
const nthWeekdays = fc.uniqueArray(nthWeekday, { minLength: 1, maxLength: 3, selector: (d) => `${d.nth}${d.weekday}` })
const monthDays = (max: number) =>
  fc.uniqueArray(fc.oneof(fc.integer({ min: 1, max }), fc.integer({ min: -5, max: -1 })), { minLength: 1, maxLength: 4 })
const localDate = fc.date({ min: new Date('2026-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))

const base = { byMonth: [], byDay: [], byMonthDay: [], count: null, until: null }
const ruleShape: fc.Arbitrary<PhraseRule> = fc.oneof(
  fc.integer({ min: 1, max: 30 }).map((interval) => ({ ...base, freq: 'DAILY' as const, interval })),
  fc.record({ interval: fc.integer({ min: 1, max: 10 }), days: fc.uniqueArray(weekday, { maxLength: 7 }) })
    .map(({ interval, days }) => ({ ...base, freq: 'WEEKLY' as const, interval, byDay: days.map((w) => ({ nth: 0, weekday: w })) })),
  fc.record({ interval: fc.integer({ min: 1, max: 12 }), byDay: fc.option(nthWeekdays), byMonthDay: monthDays(31) })
    .map(({ interval, byDay, byMonthDay }) => ({ ...base, freq: 'MONTHLY' as const, interval, byDay: byDay ?? [], byMonthDay: byDay ? [] : byMonthDay })),
  fc.integer({ min: 1, max: 12 }).chain((month) =>
    fc.record({ interval: fc.integer({ min: 1, max: 5 }), items: fc.oneof(nthWeekdays, monthDays(MONTH_DAYS[month - 1]!), fc.constant(null)) })
      .map(({ interval, items }) => ({
        ...base, freq: 'YEARLY' as const, interval, byMonth: [month],
        byDay: items && typeof items[0] === 'object' ? (items as PhraseRule['byDay']) : [],
        byMonthDay: items && typeof items[0] === 'number' ? (items as number[]) : [],
      }))),
)
const ending = fc.oneof(
  fc.constant({}),
  fc.integer({ min: 1, max: 1000 }).map((count) => ({ count })),
  localDate.map((until) => ({ until })),
)
const times = fc.oneof(
  fc.constant({ start: null, end: null }),
  fc.integer({ min: 0, max: 1439 }).map((s) => ({ start: hhmm(s), end: null })),
  fc.tuple(fc.integer({ min: 0, max: 1438 }), fc.integer({ min: 1, max: 600 }))
    .map(([s, d]) => ({ start: hhmm(s), end: hhmm(Math.min(1439, s + d)) })),
)

const seriesSchedule: fc.Arbitrary<PhraseSchedule> = fc.tuple(ruleShape, ending, times)
  .map(([rule, end, time]) => ({ rrule: canonicalRule({ ...rule, ...end }), date: null, ...time }))
const oneOffSchedule: fc.Arbitrary<PhraseSchedule> = fc.tuple(localDate, times).map(([date, time]) => ({ rrule: null, date, ...time }))

const roundTrip = (s: PhraseSchedule) => parseSchedulePhrase(describeSchedulePhrase(s))

describe('describeSchedulePhrase', () => {
  it.each([
    [{ rrule: 'FREQ=WEEKLY;BYDAY=TU', date: null, start: '09:00', end: '11:00' }, '每周二 09:00-11:00'],
    [{ rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', date: null, start: '14:00', end: null }, '每周一、三、五 14:00'],
    [{ rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', date: null, start: '16:30', end: '18:00' }, '每周一至周五 16:30-18:00'],
    [{ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA', date: null, start: '10:00', end: null }, '每两周周六 10:00'],
    [{ rrule: 'FREQ=MONTHLY;BYDAY=2FR', date: null, start: '19:00', end: null }, '每月第二个周五 19:00'],
    [{ rrule: 'FREQ=MONTHLY;BYDAY=-1SU', date: null, start: null, end: null }, '每月最后一个周日'],
    [{ rrule: 'FREQ=MONTHLY;BYMONTHDAY=15', date: null, start: '09:00', end: null }, '每月15日 09:00'],
    [{ rrule: 'FREQ=DAILY', date: null, start: '06:30', end: '07:30' }, '每天 06:30-07:30'],
    [{ rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630', date: null, start: '09:00', end: '11:00' }, '每周二 09:00-11:00，至2027-06-30'],
    [{ rrule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU;COUNT=4', date: null, start: '14:00', end: null }, '每3个月第一个周二 14:00，共4次'],
    [{ rrule: null, date: '2027-01-05', start: '09:00', end: null }, '单次 2027-01-05 09:00'],
    [{ rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', date: null, start: '17:00', end: null }, 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 17:00'],
    [{ rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270629T085900', date: null, start: '09:00', end: null }, 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270629T085900 09:00'],
  ])('writes %j as %s', (schedule, text) => {
    expect(describeSchedulePhrase(schedule)).toBe(text)
    expect(parseSchedulePhrase(text)).toEqual({ ok: true, schedule })
  })

  it('reads back every rule and time it writes (parse(describe(x)) == x)', () => {
    fc.assert(fc.property(fc.oneof(seriesSchedule, oneOffSchedule), (schedule) => {
      expect(roundTrip(schedule)).toEqual({ ok: true, schedule })
    }), { numRuns: 2000 })
  })

  it('writes these rules as phrases, not as RRULE text', () => {
    fc.assert(fc.property(seriesSchedule, (schedule) => {
      expect(describeSchedulePhrase(schedule)).not.toMatch(/FREQ=/)
    }), { numRuns: 500 })
  })

  it('reads back any valid RRULE as the same series, phrased or not', () => {
    const part = fc.oneof(
      fc.integer({ min: 1, max: 4 }).map((n) => `INTERVAL=${n}`),
      fc.uniqueArray(nthWeekday, { minLength: 1, maxLength: 3, selector: (d) => `${d.nth}${d.weekday}` })
        .map((ds) => `BYDAY=${ds.map((d) => `${d.nth || ''}${d.weekday}`).join(',')}`),
      monthDays(28).map((ds) => `BYMONTHDAY=${ds.join(',')}`),
      fc.integer({ min: 1, max: 12 }).map((m) => `BYMONTH=${m}`),
      fc.constantFrom('BYSETPOS=1', 'BYSETPOS=-1', 'COUNT=5', 'UNTIL=20281231', 'UNTIL=20280101T120000Z', 'WKST=SU'),
    )
    const rrule = fc.tuple(fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'), fc.uniqueArray(part, { maxLength: 3, selector: (p) => p.split('=')[0] }))
      .map(([freq, parts]) => [`FREQ=${freq}`, ...parts].join(';'))
      .filter((r) => parseRule(r).ok)
    fc.assert(fc.property(rrule, times, (rule, time) => {
      const back = roundTrip({ rrule: rule, date: null, ...time })
      expect(back.ok).toBe(true)
      if (!back.ok) return
      expect(back.schedule).toMatchObject(time)
      const expand = (r: string) => expandLocal({ dtstart: '2027-01-05T09:00', rrule: r, to: '2029-01-01T00:00', limit: 20 })
      expect(expand(back.schedule.rrule!)).toEqual(expand(rule))
    }), { numRuns: 200 })
  }, 30_000) // rrule takes a few milliseconds per sparse rule (BYMONTH with FREQ=DAILY walks every day)

  it('reads full-width text the same as plain text', () => {
    const wide = (s: string) => s.replace(/[0-9:\- ]/g, (c) => (c === ' ' ? '\u3000' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)))
    fc.assert(fc.property(seriesSchedule, (schedule) => {
      expect(parseSchedulePhrase(wide(describeSchedulePhrase(schedule)))).toEqual({ ok: true, schedule })
    }), { numRuns: 300 })
  })

  it('reads the descriptions the admin shows for its presets', () => {
    for (const preset of presets) {
      const back = parseSchedulePhrase(describeRule(preset.rule, 'zh-CN'))
      expect(back, preset.id).toEqual({ ok: true, schedule: { rrule: preset.rule, date: null, start: null, end: null } })
    }
  })

  it('never throws, whatever the cell holds', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
      const result = parseSchedulePhrase(text)
      if (!result.ok) expect(result.message).toMatch(/时间规则/)
    }), { numRuns: 1000 })
  })
})
