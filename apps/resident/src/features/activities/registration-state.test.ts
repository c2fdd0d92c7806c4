import { describe, expect, it } from 'vitest'
import type { Registration } from '@linli/contracts'
import { canCancel, canConfirm, canSignUpAgain, checkInOpen, isLateCancel, splitRegistrations, statusView } from './registration-state'

const NOW = new Date('2026-11-23T10:00:00+08:00')
let seq = 0
function newRegistration(starts: string, ends: string, extra: Partial<Registration> = {}): Registration {
  seq += 1
  return {
    id: `g${seq}`, occurrenceId: `o${seq}`, activityId: 'a1', centerId: 'c1', title: '妇女手工坊', category: 'women',
    roomName: '妇女之家', location: null, startsAt: `2026-11-${starts}:00+08:00`, endsAt: `2026-11-${ends}:00+08:00`,
    status: 'confirmed', occurrenceStatus: 'scheduled', waitlistPosition: null, offerExpiresAt: null, lateCancellation: false, checkedInAt: null,
    createdAt: '2026-11-20T08:00:00Z', ...extra,
  }
}

describe('statusView', () => {
  it('names the place on the waiting list, and a check-in over the status', () => {
    expect(statusView(newRegistration('24T14:00', '24T16:00', { status: 'waitlisted', waitlistPosition: 3 }))).toEqual({
      key: 'participation.status.waitlistedAt', values: { n: 3 }, tone: 'pending',
    })
    expect(statusView(newRegistration('23T09:00', '23T11:00', { checkedInAt: '2026-11-23T01:05:00Z' })).key).toBe('participation.status.checkedIn')
    expect(statusView(newRegistration('24T14:00', '24T16:00', { status: 'offered' })).tone).toBe('info')
    expect(statusView(newRegistration('24T14:00', '24T16:00', { occurrenceStatus: 'cancelled' })).key).toBe('participation.status.calledOff')
  })
})

describe('splitRegistrations', () => {
  it('lists seats on offer first, then the rest of what is coming by start; the past newest first', () => {
    const later = newRegistration('26T14:00', '26T16:00')
    const waiting = newRegistration('24T14:00', '24T16:00', { status: 'waitlisted', waitlistPosition: 1 })
    const offered = newRegistration('25T14:00', '25T16:00', { status: 'offered', offerExpiresAt: '2026-11-23T12:00:00+08:00' })
    const cancelled = newRegistration('27T14:00', '27T16:00', { status: 'cancelled' })
    const over = newRegistration('22T14:00', '22T16:00')
    const { upcoming, past } = splitRegistrations([later, waiting, offered, cancelled, over], NOW)
    expect(upcoming.map((r) => r.id)).toEqual([offered.id, waiting.id, later.id])
    expect(past.map((r) => r.id)).toEqual([cancelled.id, over.id])
  })
})

describe('confirming and cancelling', () => {
  it('lets an offer be taken until it expires', () => {
    expect(canConfirm(newRegistration('25T14:00', '25T16:00', { status: 'offered', offerExpiresAt: '2026-11-23T10:30:00+08:00' }), NOW)).toBe(true)
    expect(canConfirm(newRegistration('25T14:00', '25T16:00', { status: 'offered', offerExpiresAt: '2026-11-23T09:59:00+08:00' }), NOW)).toBe(false)
    expect(canConfirm(newRegistration('25T14:00', '25T16:00'), NOW)).toBe(false)
  })

  it('cancels live registrations before the start, never after a check-in', () => {
    expect(canCancel(newRegistration('24T14:00', '24T16:00', { status: 'waitlisted' }), NOW)).toBe(true)
    expect(canCancel(newRegistration('23T09:30', '23T11:00'), NOW)).toBe(false)
    expect(canCancel(newRegistration('23T10:30', '23T11:00', { checkedInAt: '2026-11-23T01:55:00Z' }), NOW)).toBe(false)
    expect(canCancel(newRegistration('24T14:00', '24T16:00', { status: 'expired' }), NOW)).toBe(false)
    expect(canCancel(newRegistration('24T14:00', '24T16:00', { occurrenceStatus: 'cancelled' }), NOW)).toBe(false)
  })

  it('warns about a late cancellation only for a confirmed seat within the deadline', () => {
    expect(isLateCancel(newRegistration('23T11:30', '23T12:00'), NOW, 120)).toBe(true)
    expect(isLateCancel(newRegistration('23T12:00', '23T13:00'), NOW, 120)).toBe(false)
    expect(isLateCancel(newRegistration('23T11:30', '23T12:00', { status: 'waitlisted' }), NOW, 120)).toBe(false)
    expect(isLateCancel(newRegistration('23T11:30', '23T12:00', { status: 'offered' }), NOW, 120)).toBe(false)
  })

  it('offers the check-in page to a held seat in its window', () => {
    const w = { opensMinutes: 30, closesMinutes: 30 }
    expect(checkInOpen(newRegistration('23T10:20', '23T12:00'), NOW, w)).toBe(true)
    expect(checkInOpen(newRegistration('23T11:00', '23T12:00'), NOW, w)).toBe(false)
    expect(checkInOpen(newRegistration('23T10:20', '23T12:00', { status: 'waitlisted' }), NOW, w)).toBe(false)
  })
})

describe('canSignUpAgain', () => {
  it('offers a new sign-up after a held seat lapsed, while the activity is ahead and not called off', () => {
    expect(canSignUpAgain(newRegistration('24T14:00', '24T16:00', { status: 'expired' }), NOW)).toBe(true)
    expect(canSignUpAgain(newRegistration('22T14:00', '22T16:00', { status: 'expired' }), NOW)).toBe(false)
    expect(canSignUpAgain(newRegistration('24T14:00', '24T16:00', { status: 'expired', occurrenceStatus: 'cancelled' }), NOW)).toBe(false)
    expect(canSignUpAgain(newRegistration('24T14:00', '24T16:00', { status: 'cancelled' }), NOW)).toBe(false)
  })
})
