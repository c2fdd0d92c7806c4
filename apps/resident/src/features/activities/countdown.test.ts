import { describe, expect, it } from 'vitest'
import { countdown } from './countdown'

const NOW = new Date('2026-11-23T10:00:00+08:00')

describe('countdown', () => {
  it('says hours and minutes left, rounding minutes up', () => {
    expect(countdown('2026-11-23T11:23:00+08:00', NOW)).toMatchObject({ key: 'participation.countdown.hours', values: { h: 1, m: 23 }, urgent: false })
    expect(countdown('2026-11-23T11:22:30+08:00', NOW)).toMatchObject({ values: { h: 1, m: 23 } })
    expect(countdown('2026-11-23T12:00:00+08:00', NOW)).toMatchObject({ values: { h: 2, m: 0 } })
  })

  it('says minutes only under an hour, urgently under a quarter of an hour', () => {
    expect(countdown('2026-11-23T10:40:00+08:00', NOW)).toMatchObject({ key: 'participation.countdown.minutes', values: { m: 40 }, urgent: false })
    expect(countdown('2026-11-23T10:15:00+08:00', NOW)).toMatchObject({ values: { m: 15 }, urgent: true })
    expect(countdown('2026-11-23T10:00:30+08:00', NOW)).toMatchObject({ key: 'participation.countdown.underMinute', expired: false })
  })

  it('counts days for long holds', () => {
    expect(countdown('2026-11-25T13:00:00+08:00', NOW)).toMatchObject({ key: 'participation.countdown.days', values: { d: 2, h: 3 } })
  })

  it('is expired at and after the deadline', () => {
    expect(countdown('2026-11-23T10:00:00+08:00', NOW)).toMatchObject({ key: 'participation.countdown.expired', expired: true })
    expect(countdown('2026-11-23T09:00:00+08:00', NOW).expired).toBe(true)
  })
})
