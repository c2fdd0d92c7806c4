import { describe, expect, it } from 'vitest'
import { addDays, dateOf, hhmm, hhmmAt, isoWeekday, localDateAt, wallClockAt } from './center-time'

describe('center time', () => {
  const at = new Date('2026-11-21T16:30:00Z') // 00:30 on the 22nd in Beijing

  it('reads the wall clock of the center, not of the machine', () => {
    expect(wallClockAt(at, 'Asia/Shanghai')).toBe('2026-11-22T00:30')
    expect(localDateAt(at, 'Asia/Shanghai')).toBe('2026-11-22')
    expect(localDateAt(at, 'Europe/London')).toBe('2026-11-21')
    expect(hhmmAt(at, 'Asia/Shanghai')).toBe('00:30')
  })

  it('takes local times straight from timestamps written with the center offset', () => {
    expect(hhmm('2026-11-22T09:05:00+08:00')).toBe('09:05')
    expect(dateOf('2026-11-22T09:05:00+08:00')).toBe('2026-11-22')
  })

  it('adds calendar days across months and knows the weekday', () => {
    expect(addDays('2026-11-28', 5)).toBe('2026-12-03')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(isoWeekday('2026-11-22')).toBe(7)
    expect(isoWeekday('2026-11-23')).toBe(1)
  })
})
