import type { OpeningHours } from '@linli/contracts'
import type { Database } from '../../db/database'
import { notFound } from '../../plugins/errors'
import { effectivePolicy } from './rules'

/** Everything the booking rules need to know about a room and its center, in one query. */
export async function loadRoomContext(db: Database, roomId: string) {
  const row = await db
    .selectFrom('rooms as r')
    .innerJoin('centers as c', 'c.id', 'r.center_id')
    .leftJoin('room_kind_booking_policies as k', (j) => j.onRef('k.center_id', '=', 'r.center_id').onRef('k.kind', '=', 'r.kind'))
    .leftJoin('center_holiday_settings as hs', 'hs.center_id', 'r.center_id')
    .select([
      'r.id', 'r.name', 'r.center_id', 'r.kind', 'k.policy as kind_policy', 'r.capacity', 'r.access', 'r.active', 'r.requires_approval', 'r.booking_policy as room_policy', 'r.weekly_hours', 'r.hours_exceptions',
      'c.time_zone', 'c.opening_hours', 'c.booking_policy as center_policy',
      // What the closure and suspension checks of a booking would otherwise each read again.
      'c.participation_policy', (eb) => eb.fn.coalesce('hs.follows_national_holidays', eb.lit(false)).as('follows_national_holidays'),
    ])
    .where('r.id', '=', roomId)
    .executeTakeFirst()
  if (!row) throw notFound('Room')
  return {
    ...row,
    openingHours: row.opening_hours as OpeningHours,
    /** The room's own hours; null when it simply follows the center. */
    roomHours: row.weekly_hours === null && row.hours_exceptions.length === 0 ? null : { weekly: row.weekly_hours, exceptions: row.hours_exceptions },
    policy: effectivePolicy(row.center_policy, row.kind_policy, row.room_policy),
  }
}

export type RoomContext = Awaited<ReturnType<typeof loadRoomContext>>
