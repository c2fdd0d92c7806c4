import { describe, expect, it } from 'vitest'
import { looserThanAbove, resolvePolicy } from './booking-policy-levels'
import { DEFAULT_BOOKING_POLICY } from './bookings'

describe('booking rules by level: center default < room kind < room', () => {
  it('takes each value from the most specific level that sets it, and says which', () => {
    const { policy, sources } = resolvePolicy({ maxAdvanceDays: 14 }, { slotMinutes: 60, maxAdvanceDays: 3 }, { slotMinutes: 15 })
    expect(policy).toMatchObject({ maxAdvanceDays: 3, slotMinutes: 15, minMinutes: DEFAULT_BOOKING_POLICY.minMinutes })
    expect(sources).toMatchObject({ maxAdvanceDays: 'kind', slotMinutes: 'room', minMinutes: 'center' })
  })

  it('keeps the strictest quota when a level above was lowered after a lower one was set', () => {
    const { policy, sources } = resolvePolicy({ weeklyQuota: 1 }, { weeklyQuota: 2, maxUpcoming: 1 }, { maxUpcoming: 1 })
    expect(policy).toMatchObject({ weeklyQuota: 1, maxUpcoming: 1 })
    expect(sources).toMatchObject({ weeklyQuota: 'center', maxUpcoming: 'room' })
  })

  it('finds a quota looser than the rules above it', () => {
    expect(looserThanAbove({ weeklyQuota: 5 }, DEFAULT_BOOKING_POLICY)).toBe('weeklyQuota')
    expect(looserThanAbove({ weeklyQuota: 2, maxAdvanceDays: 30 }, DEFAULT_BOOKING_POLICY)).toBeUndefined()
  })
})
