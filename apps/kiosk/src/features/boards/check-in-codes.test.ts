import { describe, expect, it } from 'vitest'
import type { CheckInTokens } from '@linli/contracts'
import { type HeldCodes, codesFresh, msUntilRefresh, msUntilStale, tokenFor } from './check-in-codes'

const tokens: CheckInTokens = {
  centerId: 'c1',
  serverTime: '2026-11-21T00:50:05.000Z',
  refreshAt: '2026-11-21T00:50:30.000Z',
  expiresAt: '2026-11-21T00:51:30.000Z',
  rooms: [{ roomId: 'r1', token: 'room-code' }],
  occurrences: [{ occurrenceId: 'o1', token: 'talk-code' }],
  center: { token: 'center-code' },
}
const at = (iso: string) => Date.parse(iso)

describe('the rotating check-in codes a paired screen shows', () => {
  const held: HeldCodes = { tokens, skew: 0 }

  it('gives each room and occurrence its own code while fresh, nothing for others', () => {
    const now = at('2026-11-21T00:50:06Z')
    expect(tokenFor(held, 'room', 'r1', now)).toBe('room-code')
    expect(tokenFor(held, 'occurrence', 'o1', now)).toBe('talk-code')
    expect(tokenFor(held, 'center', 'c1', now)).toBe('center-code')
    expect(tokenFor(held, 'center', 'c2', now)).toBeUndefined()
    expect(tokenFor(held, 'center', 'c1', at('2026-11-21T00:51:25Z'))).toBeUndefined()
    expect(tokenFor(held, 'room', 'o1', now)).toBeUndefined()
    expect(tokenFor(undefined, 'room', 'r1', now)).toBeUndefined()
  })

  it('takes a code down 10 s before the server stops taking it, by the server\'s clock', () => {
    expect(codesFresh(held, at('2026-11-21T00:51:19Z'))).toBe(true)
    expect(codesFresh(held, at('2026-11-21T00:51:20Z'))).toBe(false)
    expect(tokenFor(held, 'room', 'r1', at('2026-11-21T00:51:25Z'))).toBeUndefined()
    // A screen whose clock is two minutes slow still judges by the server's time.
    const slow: HeldCodes = { tokens, skew: 120_000 }
    expect(codesFresh(slow, at('2026-11-21T00:49:19Z'))).toBe(true)
    expect(codesFresh(slow, at('2026-11-21T00:49:21Z'))).toBe(false)
    expect(msUntilStale(held, at('2026-11-21T00:50:05Z'))).toBe(75_000)
  })

  it('reads new codes just after the next slot starts, and never in a tight loop', () => {
    expect(msUntilRefresh(held, at('2026-11-21T00:50:05Z'))).toBe(26_000)
    expect(msUntilRefresh(held, at('2026-11-21T00:55:00Z'))).toBe(1000)
  })
})
