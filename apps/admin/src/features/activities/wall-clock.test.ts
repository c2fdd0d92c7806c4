import { describe, expect, it } from 'vitest'
import { addMinutesLocal, dateToWallClock, endAfterStartMoved, minutesBetween, todayIn, wallClockToDate } from './wall-clock'

describe('wall-clock helpers', () => {
  it('adds minutes across midnight', () => {
    expect(addMinutesLocal('2026-12-31T23:30', 45)).toBe('2027-01-01T00:15')
    expect(addMinutesLocal('2026-12-11T09:00', -600)).toBe('2026-12-10T23:00')
  })

  it('measures minutes between wall-clock times', () => {
    expect(minutesBetween('2026-12-11T09:00', '2026-12-11T11:30')).toBe(150)
    expect(minutesBetween('2026-12-11T23:00', '2026-12-12T01:00')).toBe(120)
  })

  it('round-trips through the Dates vue-cal uses', () => {
    expect(dateToWallClock(wallClockToDate('2026-12-11T09:05'))).toBe('2026-12-11T09:05')
  })

  it("tells today's date in the center's zone", () => {
    const instant = new Date('2026-12-10T17:30:00Z')
    expect(todayIn('Asia/Shanghai', instant)).toBe('2026-12-11')
    expect(todayIn('Europe/London', instant)).toBe('2026-12-10')
  })
})

describe('the end follows the start', () => {
  it('keeps the duration when the start moves', () => {
    expect(endAfterStartMoved('10:30', '09:00', '14:00')).toBe('15:30')
    expect(endAfterStartMoved('10:30', '09:00', '08:15')).toBe('09:45')
  })

  it('stops at the last time on offer, and leaves an end that was not after the start', () => {
    expect(endAfterStartMoved('23:00', '21:00', '23:00')).toBe('23:45')
    expect(endAfterStartMoved('09:00', '10:00', '11:00')).toBe('09:00')
    expect(endAfterStartMoved('', '10:00', '11:00')).toBe('')
  })
})
