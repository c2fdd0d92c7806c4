import { type Booking, type BookingStatus, HOLDING_STATUSES } from '@linli/contracts'

/** How a status chip looks; the words come from `account.status.<status>`, so colour is never the only cue. */
export type StatusTone = 'pending' | 'good' | 'bad' | 'neutral'

export const statusTone: Record<BookingStatus, StatusTone> = {
  requested: 'pending',
  approved: 'good',
  checked_in: 'good',
  completed: 'neutral',
  rejected: 'bad',
  no_show: 'bad',
  cancelled: 'neutral',
  expired: 'neutral',
}

/**
 * Upcoming: still holding the room and not over yet, soonest first. Past: everything else, newest
 * first (the API already lists newest first, which is kept).
 */
export function splitBookings(items: Booking[], now: Date) {
  const upcoming: Booking[] = []
  const past: Booking[] = []
  for (const b of items) {
    if (HOLDING_STATUSES.includes(b.status) && Date.parse(b.endsAt) > now.getTime()) upcoming.push(b)
    else past.push(b)
  }
  upcoming.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  return { upcoming, past }
}

/** The API cancels requested and approved bookings (even once started, to free the room); checked-in ones are in use. */
export const canCancel = (b: Booking, now: Date) =>
  (b.status === 'requested' || b.status === 'approved') && Date.parse(b.endsAt) > now.getTime()

/** The booking code (核销 at the desk) is shown while an approved booking is still to come or on. */
export const showsBookingCode = (b: Booking, now: Date) => b.status === 'approved' && Date.parse(b.endsAt) > now.getTime()

/** Cancelling within cancelDeadlineMinutes of the start counts as late (the API records it). */
export const isLateCancel = (b: Booking, now: Date, deadlineMinutes: number) =>
  Date.parse(b.startsAt) - now.getTime() < deadlineMinutes * 60_000

/** An .ics file is offered while the booking still stands. */
export const canAddToCalendar = (b: Booking) => HOLDING_STATUSES.includes(b.status)

/** Offer the check-in page from an hour before the start until the end; the API enforces the exact window. */
export const checkInSoon = (b: Booking, now: Date) =>
  b.status === 'approved' && Date.parse(b.startsAt) - now.getTime() < 60 * 60_000 && Date.parse(b.endsAt) > now.getTime()
