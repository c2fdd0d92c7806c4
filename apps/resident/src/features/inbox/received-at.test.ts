import { describe, expect, it } from 'vitest'
import { receivedAt } from './received-at'

const now = new Date('2026-12-06T06:30:00Z') // 14:30 in Shanghai
const zone = 'Asia/Shanghai'

describe('receivedAt', () => {
  it('says 刚刚 within the first minute, then minutes for the first hour', () => {
    expect(receivedAt('2026-12-06T06:29:30Z', now, 'zh-CN', zone)).toEqual({ key: 'notifications.when.justNow', values: {} })
    expect(receivedAt('2026-12-06T06:25:00Z', now, 'zh-CN', zone)).toEqual({ key: 'notifications.when.minutes', values: { n: 5 } })
    expect(receivedAt('2026-12-06T05:31:00Z', now, 'zh-CN', zone).values).toEqual({ n: 59 })
  })

  it('gives the time for today and yesterday, as the day is in the phone\'s zone', () => {
    expect(receivedAt('2026-12-06T01:05:00Z', now, 'zh-CN', zone)).toEqual({ key: 'notifications.when.today', values: { time: '09:05' } })
    // 23:50 UTC on the 5th is already the 6th in Shanghai.
    expect(receivedAt('2026-12-05T23:50:00Z', now, 'zh-CN', zone)).toEqual({ key: 'notifications.when.today', values: { time: '07:50' } })
    expect(receivedAt('2026-12-05T12:00:00Z', now, 'zh-CN', zone)).toEqual({ key: 'notifications.when.yesterday', values: { time: '20:00' } })
  })

  it('gives the date for older ones, with the year only when it is not this year', () => {
    expect(receivedAt('2026-11-20T02:00:00Z', now, 'zh-CN', zone)).toEqual({ key: 'notifications.when.day', values: { day: '11月20日', time: '10:00' } })
    expect(receivedAt('2026-11-20T02:00:00Z', now, 'en', zone).values.day).toBe('Nov 20')
    expect(receivedAt('2025-12-20T02:00:00Z', now, 'zh-CN', zone).values.day).toBe('2025年12月20日')
  })

  it('treats a clock a little behind the server as just now', () => {
    expect(receivedAt('2026-12-06T06:31:00Z', now, 'zh-CN', zone).key).toBe('notifications.when.justNow')
  })
})
