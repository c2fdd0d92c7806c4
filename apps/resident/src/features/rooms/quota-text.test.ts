import { describe, expect, it } from 'vitest'
import { type BookingQuota, DEFAULT_BOOKING_POLICY } from '@linli/contracts'
import { weekOf } from '../../shared/local-time'
import { quotaMessage } from './quota-text'

const quota = (over: Partial<BookingQuota>): BookingQuota => ({
  weekStart: '2026-11-23', weeklyQuota: 3, bookedInWeek: 0, maxUpcoming: 2, upcoming: 0, remaining: 2, limitedBy: 'upcoming', ...over,
})

describe('the booking limits shown before a slot is picked', () => {
  it('tells a signed-in resident how many more they may book', () => {
    expect(quotaMessage(quota({ remaining: 2 }), DEFAULT_BOOKING_POLICY, true)).toEqual({ key: 'm.quota.remaining', values: { n: 2 }, spent: false })
  })

  it('names the limit that is used up', () => {
    expect(quotaMessage(quota({ remaining: 0, upcoming: 2 }), undefined, true)).toMatchObject({ key: 'm.quota.upcomingSpent', values: { upcoming: 2 }, spent: true })
    expect(quotaMessage(quota({ remaining: 0, bookedInWeek: 3, limitedBy: 'week' }), undefined, true)).toMatchObject({ key: 'm.quota.weekSpent', values: { quota: 3 } })
  })

  it('shows the rule to someone not signed in, and nothing until there is something to say', () => {
    expect(quotaMessage(undefined, DEFAULT_BOOKING_POLICY, false)).toEqual({ key: 'm.quota.rule', values: { quota: 3, upcoming: 2 }, spent: false })
    expect(quotaMessage(undefined, undefined, false)).toBeUndefined()
    expect(quotaMessage(undefined, DEFAULT_BOOKING_POLICY, true)).toBeUndefined()
  })

  it('counts weeks from Monday', () => {
    expect(weekOf('2026-11-29')).toBe('2026-11-23')
    expect(weekOf('2026-11-23')).toBe('2026-11-23')
    expect(weekOf('2026-12-01')).toBe('2026-11-30')
  })
})
