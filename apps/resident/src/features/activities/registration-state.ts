import type { Registration } from '@linli/contracts'
import { type CheckInWindow, inCheckInWindow } from '@linli/web-shared'

export type RegistrationTone = 'good' | 'pending' | 'bad' | 'neutral' | 'info'

/** The words of a registration's chip (`participation.status.*`), with the waiting-list place. */
export function statusView(r: Registration): { key: string; values: Record<string, number>; tone: RegistrationTone } {
  if (calledOff(r) && isLive(r)) return { key: 'participation.status.calledOff', values: {}, tone: 'bad' }
  if (r.checkedInAt) return { key: 'participation.status.checkedIn', values: {}, tone: 'good' }
  switch (r.status) {
    case 'confirmed': return { key: 'participation.status.confirmed', values: {}, tone: 'good' }
    case 'offered': return { key: 'participation.status.offered', values: {}, tone: 'info' }
    case 'waitlisted':
      return r.waitlistPosition
        ? { key: 'participation.status.waitlistedAt', values: { n: r.waitlistPosition }, tone: 'pending' }
        : { key: 'participation.status.waitlisted', values: {}, tone: 'pending' }
    case 'cancelled': return { key: 'participation.status.cancelled', values: {}, tone: 'neutral' }
    case 'expired': return { key: 'participation.status.expired', values: {}, tone: 'neutral' }
  }
}

const LIVE: readonly Registration['status'][] = ['confirmed', 'waitlisted', 'offered']
export const isLive = (r: Registration) => LIVE.includes(r.status)
/** The occurrence itself was cancelled by the center; the registration stays on the list to say so. */
export const calledOff = (r: Registration) => r.occurrenceStatus === 'cancelled'

/**
 * Upcoming: live and not over, with seats on offer first (they wait for an answer), then soonest
 * first. Past: the rest, newest first.
 */
export function splitRegistrations(items: readonly Registration[], now: Date) {
  const upcoming: Registration[] = []
  const past: Registration[] = []
  for (const r of items) (isLive(r) && Date.parse(r.endsAt) > now.getTime() ? upcoming : past).push(r)
  const offeredFirst = (r: Registration) => (r.status === 'offered' ? 0 : 1)
  upcoming.sort((a, b) => offeredFirst(a) - offeredFirst(b) || Date.parse(a.startsAt) - Date.parse(b.startsAt))
  past.sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt))
  return { upcoming, past }
}

/** A seat on offer that can still be taken. */
export const canConfirm = (r: Registration, now: Date) =>
  r.status === 'offered' && !calledOff(r) && (r.offerExpiresAt === null || Date.parse(r.offerExpiresAt) > now.getTime())

/** Live registrations can be cancelled until the start, unless already checked in. */
export const canCancel = (r: Registration, now: Date) =>
  isLive(r) && !calledOff(r) && !r.checkedInAt && Date.parse(r.startsAt) > now.getTime()

/**
 * A seat held for the resident lapsed unconfirmed: no dead end while the activity is still ahead,
 * they can sign up (or queue) again from the activity's card.
 */
export const canSignUpAgain = (r: Registration, now: Date) =>
  r.status === 'expired' && !calledOff(r) && Date.parse(r.startsAt) > now.getTime()

/**
 * Giving up a confirmed seat within `lateCancelMinutes` of the start counts as a late cancellation
 * (as the API records it); declining an offer or leaving the waiting list never does.
 */
export const isLateCancel = (r: Registration, now: Date, lateCancelMinutes: number) =>
  r.status === 'confirmed' && Date.parse(r.startsAt) - now.getTime() < lateCancelMinutes * 60_000

/** Offer the check-in page for a held seat while its window is open (turning up confirms an offer). */
export const checkInOpen = (r: Registration, now: Date, w: CheckInWindow) =>
  (r.status === 'confirmed' || r.status === 'offered') && !calledOff(r) && !r.checkedInAt && inCheckInWindow(r, now.getTime(), w)
