import type { Booking, Registration } from '@linli/contracts'
import type { CheckInWindow } from '@linli/web-shared'
import { type CheckInPhase, checkInPhase } from './check-in-phase'

/** One thing of today the lobby's 到馆签到 code can check in: a room booking or an activity sign-up. */
export interface CenterCheckInItem {
  key: string
  kind: 'booking' | 'activity'
  /** The room (for a booking) or the occurrence (for an activity) the check-in is posted to. */
  placeId: string
  title: string
  place: string
  startsAt: string
  endsAt: string
  checkedInAt: string | null
}

/**
 * Bookings and sign-ups at this center on these (center-local) dates that were, or still can be,
 * checked in: today's, and tomorrow's for a window that opens before midnight (see `dueNow`).
 */
export function checkInCandidates(bookings: Booking[], registrations: Registration[], centerId: string, dates: string[]): CenterCheckInItem[] {
  // Offsets are the center's own, so the first ten characters are the center's local date.
  const onDates = (startsAt: string) => dates.includes(startsAt.slice(0, 10))
  const rooms = bookings
    .filter((b) => b.centerId === centerId && onDates(b.startsAt) && (b.status === 'approved' || b.status === 'checked_in' || (b.status === 'completed' && b.checkedInAt)))
    .map((b): CenterCheckInItem => ({
      key: `booking:${b.id}`, kind: 'booking', placeId: b.roomId, title: b.roomName, place: b.purpose,
      startsAt: b.startsAt, endsAt: b.endsAt, checkedInAt: b.checkedInAt,
    }))
  const activities = registrations
    .filter((r) => r.centerId === centerId && onDates(r.startsAt) && (r.checkedInAt || (r.status === 'confirmed' && r.occurrenceStatus !== 'cancelled')))
    .map((r): CenterCheckInItem => ({
      key: `activity:${r.id}`, kind: 'activity', placeId: r.occurrenceId, title: r.title, place: r.roomName ?? r.location ?? '',
      startsAt: r.startsAt, endsAt: r.endsAt, checkedInAt: r.checkedInAt,
    }))
  return [...rooms, ...activities].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.key.localeCompare(b.key))
}

/** What the page lists: everything of today, and anything else whose check-in is open now. */
export const dueNow = (item: CenterCheckInItem, today: string, now: number, w: CheckInWindow) =>
  item.startsAt.slice(0, 10) === today || itemPhase(item, now, w).kind === 'open'

/**
 * Where `now` stands against the item's window. A booking's closes `closesMinutes` after its start
 * (after that the room is released as a no-show); an activity's after its end.
 */
export const itemPhase = (item: CenterCheckInItem, now: number, w: CheckInWindow): CheckInPhase =>
  checkInPhase(item.kind === 'booking' ? { startsAt: item.startsAt, endsAt: item.startsAt } : item, now, w)
