import { addDays, formatOffset, localToInstant } from '@linli/schedule'
import type { RoomAvailability } from '@linli/contracts'
import { sql } from 'kysely'
import type { Database } from '../../db/database'
import { holderLabel } from './holder-label'
import { loadRoomContext } from './room-context'
import { markClosures } from '../closures/booking-guard'
import { roomIntervalsOn } from './room-hours-rule'

/**
 * A room's opening hours and busy times for some days. Busy is "occupied" whoever holds it, except
 * an organisation that chose to publish its name; residents' names never appear.
 */
export async function roomAvailability(db: Database, roomId: string, date: string, days: number): Promise<RoomAvailability[]> {
  const room = await loadRoomContext(db, roomId)
  const tz = room.time_zone
  const from = localToInstant(`${date}T00:00`, tz)
  const to = localToInstant(`${addDays(date, days)}T00:00`, tz)
  const { rows } = await sql<{ starts_at: Date; ends_at: Date; label: string | null }>`
    select lower(r.during) as starts_at, upper(r.during) as ends_at,
           case when b.publish_organisation and o.publish_name then o.name end as label
    from room_reservations r left join bookings b on b.id = r.booking_id left join organisations o on o.id = b.organisation_id
    where r.room_id = ${roomId} and r.during && tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz)
    order by lower(r.during)`.execute(db)
  return markClosures(db, room, Array.from({ length: days }, (_, i) => {
    const day = addDays(date, i)
    const dayStart = localToInstant(`${day}T00:00`, tz)
    const dayEnd = localToInstant(`${addDays(day, 1)}T00:00`, tz)
    return {
      roomId, date: day, timeZone: tz, policy: room.policy,
      opening: roomIntervalsOn(day, room.openingHours, room.roomHours).map((h) => ({
        opens: formatOffset(localToInstant(`${day}T${h.opens}`, tz), tz), closes: formatOffset(localToInstant(`${day}T${h.closes}`, tz), tz),
      })),
      busy: rows
        .filter((r) => new Date(r.starts_at) < dayEnd && new Date(r.ends_at) > dayStart)
        .map((r) => ({ startsAt: formatOffset(new Date(r.starts_at), tz), endsAt: formatOffset(new Date(r.ends_at), tz), ...holderLabel(r.label) })),
    }
  }))
}
