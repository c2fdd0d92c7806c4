import { describe, expect, it } from 'vitest'
import { clockSpan, dayLabel, formatSpan, spanParts } from './booking-time'

describe('booking times in the center zone', () => {
  it('writes a Shanghai booking as the center reads it, wherever the browser is', () => {
    expect(formatSpan('2026-11-21T14:00:00+08:00', '2026-11-21T16:00:00+08:00', 'Asia/Shanghai', 'zh-CN')).toBe('11月21日 周六 14:00–16:00')
    // The same instants written in UTC still read as Shanghai time.
    expect(formatSpan('2026-11-21T06:00:00Z', '2026-11-21T08:00:00Z', 'Asia/Shanghai', 'zh-CN')).toBe('11月21日 周六 14:00–16:00')
  })

  it('uses the zone of the center, not of the instant', () => {
    expect(formatSpan('2026-11-21T14:00:00+08:00', '2026-11-21T16:00:00+08:00', 'Europe/Berlin', 'zh-CN')).toBe('11月21日 周六 07:00–09:00')
  })

  it('names the end date when a booking crosses midnight', () => {
    expect(formatSpan('2026-11-21T23:00:00+08:00', '2026-11-22T01:00:00+08:00', 'Asia/Shanghai', 'zh-CN')).toBe('11月21日 周六 23:00–11月22日 周日 01:00')
  })

  it('splits the span into day and times for a list cell', () => {
    expect(spanParts('2026-11-24T14:00:00+08:00', '2026-11-24T16:00:00+08:00', 'Asia/Shanghai', 'zh-CN')).toEqual({ day: '11月24日 周二', time: '14:00–16:00' })
  })

  it('speaks English too', () => {
    expect(dayLabel('2026-11-21', 'en')).toBe('Sat, Nov 21')
    expect(clockSpan('2026-11-21T14:00:00+08:00', '2026-11-21T16:15:00+08:00', 'Asia/Shanghai')).toBe('14:00–16:15')
  })
})
