import { describe, expect, it } from 'vitest'
import type { Booking } from '@linli/contracts'
import { canAddToCalendar, canCancel, checkInSoon, isLateCancel, showsBookingCode, splitBookings } from './booking-status'

const NOW = new Date('2026-11-23T10:00:00+08:00')
let seq = 0
function newBooking(startsAt: string, endsAt: string, status: Booking['status'] = 'approved'): Booking {
  seq += 1
  return {
    id: `b${seq}`, roomId: 'r1', roomName: '会议室', centerId: 'c1', centerName: '体育公园党群服务中心',
    startsAt: `2026-11-${startsAt}:00+08:00`, endsAt: `2026-11-${endsAt}:00+08:00`, status, code: `1234567${seq % 10}`, purpose: '议事会', headcount: 8,
    organisationName: null, publishOrganisation: false, bookerName: '王秀英', bookerPhone: '13800000001', residentId: 'res1',
    seriesId: null, rejectReason: null, lateCancellation: false, checkedInAt: null, createdAt: '2026-11-20T08:00:00Z',
  }
}

describe('splitBookings', () => {
  it('keeps holding bookings that have not ended as upcoming, soonest first', () => {
    const later = newBooking('25T14:00', '25T15:00')
    const soon = newBooking('23T09:30', '23T10:30', 'checked_in')
    const pending = newBooking('24T09:00', '24T10:00', 'requested')
    const ended = newBooking('22T09:00', '22T10:00', 'completed')
    const cancelled = newBooking('26T09:00', '26T10:00', 'cancelled')
    const over = newBooking('23T08:00', '23T09:00')
    const { upcoming, past } = splitBookings([later, soon, pending, ended, cancelled, over], NOW)
    expect(upcoming.map((b) => b.id)).toEqual([soon.id, pending.id, later.id])
    expect(past.map((b) => b.id)).toEqual([ended.id, cancelled.id, over.id])
  })
})

describe('the booking code shown for 核销 at the desk', () => {
  it('is shown for an approved booking until it ends, not for requests, finished or cancelled ones', () => {
    expect(showsBookingCode(newBooking('24T09:00', '24T10:00', 'approved'), NOW)).toBe(true)
    expect(showsBookingCode(newBooking('23T09:30', '23T10:30', 'approved'), NOW)).toBe(true)
    expect(showsBookingCode(newBooking('24T09:00', '24T10:00', 'requested'), NOW)).toBe(false)
    expect(showsBookingCode(newBooking('23T09:30', '23T10:30', 'checked_in'), NOW)).toBe(false)
    expect(showsBookingCode(newBooking('23T08:00', '23T09:00', 'approved'), NOW)).toBe(false)
    expect(showsBookingCode(newBooking('24T09:00', '24T10:00', 'cancelled'), NOW)).toBe(false)
  })
})

describe('cancelling', () => {
  it('is offered for requested and approved bookings that are not over', () => {
    expect(canCancel(newBooking('24T09:00', '24T10:00', 'requested'), NOW)).toBe(true)
    expect(canCancel(newBooking('24T09:00', '24T10:00', 'approved'), NOW)).toBe(true)
    expect(canCancel(newBooking('23T09:30', '23T10:30', 'checked_in'), NOW)).toBe(false)
    expect(canCancel(newBooking('23T08:00', '23T09:00', 'approved'), NOW)).toBe(false)
  })

  it('warns within the cancellation deadline', () => {
    expect(isLateCancel(newBooking('23T11:30', '23T12:00'), NOW, 120)).toBe(true)
    expect(isLateCancel(newBooking('23T12:00', '23T13:00'), NOW, 120)).toBe(false)
  })

  it('offers a calendar file while the booking stands', () => {
    expect(canAddToCalendar(newBooking('24T09:00', '24T10:00', 'requested'))).toBe(true)
    expect(canAddToCalendar(newBooking('24T09:00', '24T10:00', 'rejected'))).toBe(false)
  })
})

describe('checkInSoon', () => {
  it('offers check-in from an hour before an approved booking until its end', () => {
    expect(checkInSoon(newBooking('23T10:30', '23T11:30'), NOW)).toBe(true)
    expect(checkInSoon(newBooking('23T09:30', '23T10:30'), NOW)).toBe(true)
    expect(checkInSoon(newBooking('23T11:30', '23T12:30'), NOW)).toBe(false)
    expect(checkInSoon(newBooking('23T10:30', '23T11:30', 'requested'), NOW)).toBe(false)
  })
})
