import { describe, expect, it } from 'vitest'
import { expiresSoon, pendingSummary } from './pending-expiry'

const now = new Date('2026-12-06T02:00:00Z')
const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString()

describe('requests about to expire', () => {
  it('flags a pending request that starts within a day, not one further off or already decided', () => {
    expect(expiresSoon({ status: 'requested', startsAt: at(3) }, now)).toBe(true)
    expect(expiresSoon({ status: 'requested', startsAt: at(24) }, now)).toBe(true)
    expect(expiresSoon({ status: 'requested', startsAt: at(25) }, now)).toBe(false)
    expect(expiresSoon({ status: 'approved', startsAt: at(3) }, now)).toBe(false)
    // Past its start and not yet swept by the lifecycle job: it is as good as expired, still flagged.
    expect(expiresSoon({ status: 'requested', startsAt: at(-1) }, now)).toBe(true)
  })

  it('counts all pending requests for the badge and those about to expire apart', () => {
    const items = [
      { status: 'requested' as const, startsAt: at(2) }, { status: 'requested' as const, startsAt: at(48) },
      { status: 'requested' as const, startsAt: at(20) }, { status: 'approved' as const, startsAt: at(1) },
    ]
    expect(pendingSummary(items, now)).toEqual({ count: 3, expiring: 2 })
    expect(pendingSummary([], now)).toEqual({ count: 0, expiring: 0 })
  })
})
