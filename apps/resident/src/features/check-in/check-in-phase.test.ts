import { describe, expect, it } from 'vitest'
import { checkInPhase, wallClockBefore } from './check-in-phase'

const o = { startsAt: '2026-11-23T10:00:00+08:00', endsAt: '2026-11-23T11:00:00+08:00' }
const w = { opensMinutes: 30, closesMinutes: 15 }
const at = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00+08:00`)

describe('checkInPhase', () => {
  it('is early before the window, open in it, closed after it', () => {
    expect(checkInPhase(o, at('09:00'), w)).toEqual({ kind: 'early', opensAt: at('09:30') })
    expect(checkInPhase(o, at('09:30'), w)).toEqual({ kind: 'open' })
    expect(checkInPhase(o, at('11:15'), w)).toEqual({ kind: 'open' })
    expect(checkInPhase(o, at('11:16'), w)).toEqual({ kind: 'closed' })
  })
})

describe('wallClockBefore', () => {
  it('gives the center\'s wall clock, across midnight too, whatever the phone\'s zone', () => {
    expect(wallClockBefore(o.startsAt, 30)).toBe('2026-11-23T09:30')
    expect(wallClockBefore('2026-11-23T00:10:00+08:00', 30)).toBe('2026-11-22T23:40')
    expect(wallClockBefore('2026-11-23T08:00:00-05:00', 60)).toBe('2026-11-23T07:00')
  })
})
