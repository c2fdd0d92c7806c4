import { describe, expect, it } from 'vitest'
import { codeGroups, countdown, pollDelay, secondsLeft } from './pairing-format'

describe('pairing format', () => {
  it('groups the code in threes', () => {
    expect(codeGroups('K7M2QX')).toEqual(['K7M', '2QX'])
  })

  it('counts down in minutes and seconds', () => {
    const now = Date.parse('2026-11-22T10:00:00Z')
    expect(secondsLeft(Date.parse('2026-11-22T10:29:59.400Z'), now)).toBe(1799)
    expect(secondsLeft(Date.parse('2026-11-22T10:30:00Z'), now)).toBe(1800)
    expect(secondsLeft(Date.parse('2026-11-22T09:59:00Z'), now)).toBe(0)
    expect(countdown(1800)).toBe('30:00')
    expect(countdown(65)).toBe('1:05')
    expect(countdown(-3)).toBe('0:00')
  })

  it('polls every 3 s, backing off to 30 s while the API is away', () => {
    expect([0, 1, 2, 3, 4, 9].map(pollDelay)).toEqual([3_000, 6_000, 12_000, 24_000, 30_000, 30_000])
  })
})
