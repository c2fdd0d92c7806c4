import { describe, expect, it } from 'vitest'
import { type NationalCalendar, dayPlan, dayPlans, replacedWeekday } from './national-days'

// A slice of 2026 as the State Council notice sets it: 春节 2/15-2/23, make-up 2/14 (Sat) and
// 2/28 (Sat) standing in for Fri 2/20 and Mon 2/23; 元旦 1/1-1/3 with make-up Sun 1/4 for Fri 1/2.
const cal: NationalCalendar = {
  holidays: {
    '2026-01-01': "New Year's Day,元旦,1", '2026-01-02': "New Year's Day,元旦,1", '2026-01-03': "New Year's Day,元旦,1",
    ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`2026-02-${String(15 + i)}`, 'Spring Festival,春节,4'])),
  },
  workdays: { '2026-01-04': "New Year's Day,元旦,1", '2026-02-14': 'Spring Festival,春节,4', '2026-02-28': 'Spring Festival,春节,4' },
  inLieuDays: { '2026-01-02': "New Year's Day,元旦,1", '2026-02-20': 'Spring Festival,春节,4', '2026-02-23': 'Spring Festival,春节,4' },
}
const follows = { followsNationalHolidays: true, openOn: new Set<string>() }

describe('national holidays and make-up days', () => {
  it('closes a center that follows the national calendar on a statutory holiday, named in Chinese', () => {
    expect(dayPlan('2026-02-17', cal, follows)).toEqual({ kind: 'holiday', name: '春节' })
  })

  it('leaves a center that has not opted in on its usual week', () => {
    expect(dayPlan('2026-02-17', cal, { followsNationalHolidays: false, openOn: new Set() })).toEqual({ kind: 'regular', weekday: 2 })
    expect(dayPlan('2026-02-14', cal, { followsNationalHolidays: false, openOn: new Set() })).toEqual({ kind: 'regular', weekday: 6 })
  })

  it('keeps a holiday open where staff made an exception, with that weekday\'s hours', () => {
    expect(dayPlan('2026-02-17', cal, { followsNationalHolidays: true, openOn: new Set(['2026-02-17']) })).toEqual({ kind: 'regular', weekday: 2 })
  })

  it('gives a make-up Saturday the hours of the weekday it replaces', () => {
    expect(dayPlan('2026-02-14', cal, follows)).toEqual({ kind: 'makeup', name: '春节', weekday: 5 })
    expect(dayPlan('2026-02-28', cal, follows)).toEqual({ kind: 'makeup', name: '春节', weekday: 1 })
    expect(replacedWeekday('2026-01-04', cal)).toBe(5)
  })

  it('falls back to Monday\'s hours when the data names no replaced day', () => {
    expect(replacedWeekday('2026-02-14', { ...cal, inLieuDays: {} })).toBe(1)
  })

  it('lists a run of days', () => {
    expect(dayPlans('2026-02-13', 3, cal, follows).map((d) => d.plan.kind)).toEqual(['regular', 'makeup', 'holiday'])
  })
})
