import { describe, expect, it } from 'vitest'
import { addDays, addMinutes, isLocalDateTime, minutesBetween, weekdayOf } from './local-time'

describe('wall-clock arithmetic', () => {
  it('adds minutes across days, months and leap days', () => {
    expect(addMinutes('2026-12-11T09:00', 120)).toBe('2026-12-11T11:00')
    expect(addMinutes('2026-12-31T23:30', 45)).toBe('2027-01-01T00:15')
    expect(addMinutes('2028-02-28T12:00', 24 * 60)).toBe('2028-02-29T12:00')
    expect(addMinutes('2026-03-01T00:10', -20)).toBe('2026-02-28T23:50')
  })

  it('ignores daylight saving: a day is always 1440 minutes on the wall clock', () => {
    expect(minutesBetween('2026-03-08T00:00', '2026-03-09T00:00')).toBe(1440)
    expect(minutesBetween('2026-12-11T09:00', '2026-12-11T11:00')).toBe(120)
    expect(minutesBetween('2026-12-11T11:00', '2026-12-11T09:00')).toBe(-120)
  })

  it('adds days to dates', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28')
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
  })

  it('numbers weekdays the ISO way, Monday first', () => {
    expect(weekdayOf('2026-12-07')).toBe(1)
    expect(weekdayOf('2026-12-11')).toBe(5)
    expect(weekdayOf('2026-12-13')).toBe(7)
    expect(weekdayOf('1997-09-02')).toBe(2)
  })

  it.each(['2026-02-30T09:00', '2026-12-11T24:00', '2026-12-11T09:60', '2026-12-11 09:00', '2026-12-11T09:00:00', '0000-01-01T00:00', ''])(
    'rejects %j',
    (bad) => {
      expect(isLocalDateTime(bad)).toBe(false)
      expect(() => addMinutes(bad, 1)).toThrow(RangeError)
    },
  )

  it('rejects bad dates and fractional amounts', () => {
    expect(() => addDays('2026-13-01', 1)).toThrow(RangeError)
    expect(() => weekdayOf('2026-12-11T09:00')).toThrow(RangeError)
    expect(() => addMinutes('2026-12-11T09:00', 1.5)).toThrow(RangeError)
    expect(() => addDays('2026-12-11', 0.5)).toThrow(RangeError)
  })
})
