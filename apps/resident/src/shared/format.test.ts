import { describe, expect, it } from 'vitest'
import { bookingWhen, clockIn, dayLong, durationMessage, maskPhone, weekdayName } from './format'

describe('format', () => {
  it('names weekdays in both languages', () => {
    expect(weekdayName('2026-11-23', 'zh-CN')).toBe('周一')
    expect(weekdayName('2026-11-23', 'en')).toBe('Mon')
  })

  it('writes a booking\'s day and wall-clock times as the center sees them', () => {
    expect(dayLong('2026-11-23', 'zh-CN')).toContain('11月23日')
    expect(bookingWhen('2026-11-23T14:00:00+08:00', '2026-11-23T15:30:00+08:00', 'zh-CN')).toMatch(/^11月23日.*周一 14:00–15:30$/)
  })

  it('splits a duration into hours and minutes', () => {
    expect(durationMessage(30)).toEqual({ key: 'm.duration.minutes', values: { n: 30 } })
    expect(durationMessage(120)).toEqual({ key: 'm.duration.hours', values: { n: 2 } })
    expect(durationMessage(90)).toEqual({ key: 'm.duration.both', values: { h: 1, m: 30 } })
  })

  it('masks the middle of a mobile number', () => {
    expect(maskPhone('13800000001')).toBe('138****0001')
  })

  it('writes an instant as the center\'s wall-clock time', () => {
    expect(clockIn('2026-11-21T00:52:00.000Z', 'Asia/Shanghai')).toBe('08:52')
    expect(clockIn('2026-11-21T15:05:00.000Z', 'Asia/Shanghai')).toBe('23:05')
  })
})
