import { describe, expect, it } from 'vitest'
import { formatClock, msUntilNextMinute } from './clock-format'

describe('formatClock', () => {
  const at = new Date('2026-11-21T06:05:30Z')

  it('shows the center\'s wall time in zh-CN with a spaced weekday', () => {
    expect(formatClock(at, 'Asia/Shanghai')).toEqual({ time: '14:05', date: '2026年11月21日 星期六' })
  })

  it('follows the center\'s time zone, not the machine\'s', () => {
    expect(formatClock(at, 'Asia/Urumqi').time).toBe('12:05')
    expect(formatClock(at, 'Europe/London')).toEqual({ time: '06:05', date: '2026年11月21日 星期六' })
  })

  it('rolls over to the next day at local midnight with a 24-hour clock', () => {
    const midnight = new Date('2026-11-21T16:00:00Z')
    expect(formatClock(midnight, 'Asia/Shanghai')).toEqual({ time: '00:00', date: '2026年11月22日 星期日' })
  })

  it('formats in English when the screen is switched', () => {
    expect(formatClock(at, 'Asia/Shanghai', 'en')).toEqual({ time: '14:05', date: 'Saturday, November 21, 2026' })
  })
})

describe('msUntilNextMinute', () => {
  it('counts to the start of the next minute', () => {
    expect(msUntilNextMinute(new Date('2026-11-21T06:05:30.250Z'))).toBe(29_750)
    expect(msUntilNextMinute(new Date('2026-11-21T06:05:00.000Z'))).toBe(60_000)
  })
})
