import { describe, expect, it } from 'vitest'
import { addDays, fromMinutes, isoWeekday, minuteOfDay, minutesBetween, nowIn, toMinutes, wallClock } from './local-time'

describe('local time', () => {
  it('converts between HH:mm and minutes', () => {
    expect(toMinutes('08:30')).toBe(510)
    expect(fromMinutes(510)).toBe('08:30')
    expect(fromMinutes(0)).toBe('00:00')
  })

  it('reads the wall clock of an offset timestamp without converting it', () => {
    expect(wallClock('2026-11-23T21:00:00+08:00')).toBe('2026-11-23T21:00')
  })

  it('counts minutes across midnight and month ends', () => {
    expect(minutesBetween('2026-11-30T23:30', '2026-12-01T00:15')).toBe(45)
    expect(minuteOfDay('2026-11-23', '2026-11-22T23:00')).toBe(-60)
    expect(minuteOfDay('2026-11-23', '2026-11-24T01:00')).toBe(1500)
  })

  it('adds days and names ISO weekdays', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(isoWeekday('2026-11-22')).toBe(7)
    expect(isoWeekday('2026-11-23')).toBe(1)
  })

  it('reads now in the center\'s time zone, not the phone\'s', () => {
    const instant = new Date('2026-11-21T21:17:00Z')
    expect(nowIn('Asia/Shanghai', instant)).toBe('2026-11-22T05:17')
    expect(nowIn('UTC', instant)).toBe('2026-11-21T21:17')
  })
})
