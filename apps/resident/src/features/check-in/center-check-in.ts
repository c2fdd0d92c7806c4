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

/** Today's (center-local date) bookings and sign-ups at this center that were, or still can be, checked in. */
export function todaysCheckIns(bookings: Booking[], registrations: Registration[], centerId: string, today: string): CenterCheckInItem[] {
  // Offsets are the center's own, so the first ten characters are the center's local date.
  const isToday = (startsAt: string) => startsAt.slice(0, 10) === today
  const rooms = bookings
    .filter((b) => b.centerId === centerId && isToday(b.startsAt) && (b.status === 'approved' || b.status === 'checked_in' || (b.status === 'completed' && b.checkedInAt)))
    .map((b): CenterCheckInItem => ({
      key: `booking:${b.id}`, kind: 'booking', placeId: b.roomId, title: b.roomName, place: b.purpose,
      startsAt: b.startsAt, endsAt: b.endsAt, checkedInAt: b.checkedInAt,
    }))
  const activities = registrations
    .filter((r) => r.centerId === centerId && isToday(r.startsAt) && (r.checkedInAt || (r.status === 'confirmed' && r.occurrenceStatus !== 'cancelled')))
    .map((r): CenterCheckInItem => ({
      key: `activity:${r.id}`, kind: 'activity', placeId: r.occurrenceId, title: r.title, place: r.roomName ?? r.location ?? '',
      startsAt: r.startsAt, endsAt: r.endsAt, checkedInAt: r.checkedInAt,
    }))
  return [...rooms, ...activities].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.key.localeCompare(b.key))
}

/**
 * Where `now` stands against the item's window. A booking's closes `closesMinutes` after its start
 * (after that the room is released as a no-show); an activity's after its end.
 */
export const itemPhase = (item: CenterCheckInItem, now: number, w: CheckInWindow): CheckInPhase =>
  checkInPhase(item.kind === 'booking' ? { startsAt: item.startsAt, endsAt: item.startsAt } : item, now, w)
