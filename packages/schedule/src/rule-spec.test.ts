import { describe, expect, it } from 'vitest'
import { presets } from './presets'
import { type RuleSpec, buildRule, nthWeekdayOf, parseRuleSpec, weekdayCodeOf } from './rule-spec'

const never = { kind: 'never' } as const

describe('buildRule and parseRuleSpec', () => {
  it.each<[RuleSpec, string]>([
    [{ freq: 'daily', interval: 1, end: never }, 'FREQ=DAILY'],
    [{ freq: 'daily', interval: 3, end: { kind: 'count', count: 10 } }, 'FREQ=DAILY;INTERVAL=3;COUNT=10'],
    [{ freq: 'weekly', interval: 1, end: never }, 'FREQ=WEEKLY'],
    [{ freq: 'weekly', interval: 1, weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], end: never }, 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR'],
    [{ freq: 'weekly', interval: 2, weekdays: ['WE'], end: { kind: 'count', count: 10 } }, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;COUNT=10'],
    [{ freq: 'monthly', interval: 1, end: never }, 'FREQ=MONTHLY'],
    [{ freq: 'monthly', interval: 1, monthlyMode: 'nth_weekday', nth: 2, weekday: 'FR', end: never }, 'FREQ=MONTHLY;BYDAY=2FR'],
    [{ freq: 'monthly', interval: 1, monthlyMode: 'nth_weekday', nth: -1, weekday: 'SU', end: { kind: 'until', date: '2027-06-30' } }, 'FREQ=MONTHLY;BYDAY=-1SU;UNTIL=20270630'],
    [{ freq: 'monthly', interval: 3, monthlyMode: 'nth_weekday', nth: 1, weekday: 'TU', end: never }, 'FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU'],
    [{ freq: 'monthly', interval: 1, monthlyMode: 'day_of_month', monthDay: 15, end: never }, 'FREQ=MONTHLY;BYMONTHDAY=15'],
    [{ freq: 'monthly', interval: 1, monthlyMode: 'day_of_month', monthDay: -1, end: never }, 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    [{ freq: 'yearly', interval: 1, end: { kind: 'count', count: 5 } }, 'FREQ=YEARLY;COUNT=5'],
  ])('%j <-> %s', (spec, rule) => {
    expect(buildRule(spec)).toBe(rule)
    expect(parseRuleSpec(rule)).toEqual(spec)
  })

  it('round-trips every preset', () => {
    for (const preset of presets) {
      const spec = parseRuleSpec(preset.rule)
      expect(spec).not.toBeNull()
      expect(buildRule(spec!)).toBe(preset.rule)
    }
  })

  it('normalises: sorted unique weekdays, part order, and choices that do not apply to the frequency', () => {
    expect(buildRule({ freq: 'weekly', interval: 1, weekdays: ['FR', 'MO', 'FR'], end: never })).toBe('FREQ=WEEKLY;BYDAY=MO,FR')
    expect(buildRule({ freq: 'daily', interval: 1, weekdays: ['MO'], monthlyMode: 'nth_weekday', nth: 2, weekday: 'FR', end: never })).toBe('FREQ=DAILY')
    expect(buildRule({ freq: 'weekly', interval: 1, weekdays: [], end: never })).toBe('FREQ=WEEKLY')
    expect(parseRuleSpec('rrule:count=4;byday=th,tu;freq=weekly;interval=2')).toEqual({ freq: 'weekly', interval: 2, weekdays: ['TU', 'TH'], end: { kind: 'count', count: 4 } })
    expect(parseRuleSpec('FREQ=MONTHLY;UNTIL=20270630T235959;BYDAY=2FR')).toEqual({
      freq: 'monthly', interval: 1, monthlyMode: 'nth_weekday', nth: 2, weekday: 'FR', end: { kind: 'until', date: '2027-06-30' },
    })
  })

  it.each([
    'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2',
    'FREQ=MONTHLY;BYDAY=1SU,-1SU',
    'FREQ=MONTHLY;BYDAY=5FR',
    'FREQ=MONTHLY;BYDAY=-2MO',
    'FREQ=MONTHLY;BYDAY=TU',
    'FREQ=MONTHLY;BYMONTHDAY=2,15',
    'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13',
    'FREQ=YEARLY;BYMONTH=6,7',
    'FREQ=YEARLY;BYDAY=20MO',
    'FREQ=DAILY;BYDAY=MO,TU',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU',
    'FREQ=DAILY;UNTIL=19971224T000000Z',
    'FREQ=DAILY;UNTIL=19971224T090000',
    'FREQ=HOURLY',
    'nonsense',
  ])('cannot represent %s', (rule) => {
    expect(parseRuleSpec(rule)).toBeNull()
  })

  it('refuses specs that make no valid rule', () => {
    expect(() => buildRule({ freq: 'monthly', interval: 1, monthlyMode: 'nth_weekday', end: never })).toThrow(RangeError)
    expect(() => buildRule({ freq: 'monthly', interval: 1, monthlyMode: 'day_of_month', end: never })).toThrow(RangeError)
    expect(() => buildRule({ freq: 'monthly', interval: 1, monthlyMode: 'day_of_month', monthDay: 32, end: never }))
      .toThrow('RRULE part BYMONTHDAY: 32 is not a day of the month (1..31 or -31..-1)')
    expect(() => buildRule({ freq: 'daily', interval: 0, end: never })).toThrow('RRULE part INTERVAL: 0 is not a whole number from 1 to 999')
    expect(() => buildRule({ freq: 'daily', interval: 1, end: { kind: 'count', count: 0 } })).toThrow('RRULE part COUNT')
    expect(() => buildRule({ freq: 'daily', interval: 1, end: { kind: 'until', date: '2027-02-30' } })).toThrow(RangeError)
  })
})

describe('builder defaults from a start date', () => {
  it('gives the weekday code and which of the month it is', () => {
    expect(weekdayCodeOf('2026-12-11')).toBe('FR')
    expect(weekdayCodeOf('2026-12-13')).toBe('SU')
    expect(nthWeekdayOf('2026-12-11')).toEqual({ nth: 2, weekday: 'FR', isLast: false })
    expect(nthWeekdayOf('2026-12-27')).toEqual({ nth: 4, weekday: 'SU', isLast: true })
    expect(nthWeekdayOf('2027-01-31')).toEqual({ nth: -1, weekday: 'SU', isLast: true })
    expect(nthWeekdayOf('2026-12-05')).toEqual({ nth: 1, weekday: 'SA', isLast: false })
  })
})
