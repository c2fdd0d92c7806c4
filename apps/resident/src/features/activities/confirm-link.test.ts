import { describe, expect, it } from 'vitest'
import type { Registration } from '@linli/contracts'
import { confirmLinkState } from './confirm-link'

const NOW = new Date('2026-11-23T10:00:00+08:00')
const registration = (extra: Partial<Registration> = {}): Registration => ({
  id: 'g1', occurrenceId: 'o1', activityId: 'a1', centerId: 'c1', title: '太极拳', category: 'seniors', roomName: null, location: '广场',
  startsAt: '2026-11-24T09:00:00+08:00', endsAt: '2026-11-24T10:00:00+08:00', status: 'offered', occurrenceStatus: 'scheduled',
  waitlistPosition: null, offerExpiresAt: '2026-11-23T12:00:00+08:00', lateCancellation: false, checkedInAt: null, createdAt: '2026-11-20T08:00:00Z',
  ...extra,
})

describe('confirmLinkState', () => {
  it('asks to confirm a seat still held', () => {
    expect(confirmLinkState(registration(), NOW)).toBe('offer')
  })

  it('says the seat is already confirmed when it was confirmed before (another tap, another phone)', () => {
    expect(confirmLinkState(registration({ status: 'confirmed', offerExpiresAt: null }), NOW)).toBe('confirmed')
  })

  it('says the offer lapsed, also when the hold ran out before the server marked it', () => {
    expect(confirmLinkState(registration({ status: 'expired' }), NOW)).toBe('lapsed')
    expect(confirmLinkState(registration({ offerExpiresAt: '2026-11-23T09:59:00+08:00' }), NOW)).toBe('lapsed')
  })

  it('says when the date was called off, the registration cancelled, or it is not on the list', () => {
    expect(confirmLinkState(registration({ occurrenceStatus: 'cancelled' }), NOW)).toBe('calledOff')
    expect(confirmLinkState(registration({ status: 'cancelled' }), NOW)).toBe('cancelled')
    expect(confirmLinkState(registration({ status: 'waitlisted', waitlistPosition: 2 }), NOW)).toBe('waitlisted')
    expect(confirmLinkState(undefined, NOW)).toBe('missing')
  })
})
