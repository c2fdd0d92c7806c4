import { addDays, localDateOf, localToInstant } from '@linli/schedule'
import type { BookingQuota } from '@linli/contracts'
import type { Database } from '../../db/database'
import { countResidentBookings, countUpcomingHolding } from './bookings.repository'
import type { RoomContext } from './room-context'
import { weekStart } from './rules'

/**
 * What a resident has used of a room's quotas: the week of `day` and the bookings still to come.
 * Booking checks the same figures, so the number shown before picking a slot is the one enforced.
 */
export async function residentQuota(db: Database, room: RoomContext, residentId: string, day: string, now: Date): Promise<BookingQuota> {
  const tz = room.time_zone
  const monday = weekStart(day)
  // One after the other: inside a booking's transaction both run on its one connection anyway.
  const bookedInWeek = await countResidentBookings(db, residentId, room.center_id, {
    from: localToInstant(`${monday}T00:00`, tz), to: localToInstant(`${addDays(monday, 7)}T00:00`, tz),
  })
  const upcoming = await countUpcomingHolding(db, residentId, room.center_id, now)
  const { weeklyQuota, maxUpcoming } = room.policy
  const leftInWeek = Math.max(0, weeklyQuota - bookedInWeek)
  const leftUpcoming = Math.max(0, maxUpcoming - upcoming)
  return {
    weekStart: monday, weeklyQuota, bookedInWeek, maxUpcoming, upcoming,
    remaining: Math.min(leftInWeek, leftUpcoming),
    limitedBy: leftInWeek < leftUpcoming ? 'week' : 'upcoming',
  }
}

/** The resident's quota for the week of `date`, today in the room's time zone when not given. */
export const quotaDay = (room: RoomContext, now: Date, date?: string) => date ?? localDateOf(now, room.time_zone)
