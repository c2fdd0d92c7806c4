import { type ActivityCategory, HOLDING_STATUSES } from '@linli/contracts'
import type { Database } from '../../db/database'
import { selectOccurrences } from '../activities/activities.repository'

export interface RangeFilter {
  centerId: string
  from: Date
  to: Date
  roomId?: string
  category?: ActivityCategory
}

/**
 * Occurrences overlapping [from, to) in one indexed query. `publicOnly` keeps drafts and
 * activities hidden from screens out: what a lobby or a resident may see.
 */
export function listOccurrencesInRange(db: Database, f: RangeFilter, publicOnly: boolean) {
  let q = selectOccurrences(db)
    .where('o.center_id', '=', f.centerId)
    .where('o.starts_at', '<', f.to)
    .where('o.ends_at', '>', f.from)
  if (f.roomId) q = q.where('o.room_id', '=', f.roomId)
  if (f.category) q = q.where('a.category', '=', f.category)
  if (publicOnly) q = q.where('a.status', '<>', 'draft').where('a.kiosk_visible', '=', true)
  return q.orderBy('o.starts_at').orderBy('o.id').execute()
}

/** Bookings holding rooms in [from, to): when and where only, plus a published organisation name. */
export function listOccupiedInRange(db: Database, f: RangeFilter) {
  let q = db
    .selectFrom('bookings as b')
    .innerJoin('rooms as r', 'r.id', 'b.room_id')
    .select(['b.room_id', 'r.name as room_name', 'b.starts_at', 'b.ends_at', 'b.publish_organisation', 'b.organisation_name'])
    .where('b.center_id', '=', f.centerId)
    .where('b.status', 'in', HOLDING_STATUSES)
    .where('b.starts_at', '<', f.to)
    .where('b.ends_at', '>', f.from)
  if (f.roomId) q = q.where('b.room_id', '=', f.roomId)
  return q.orderBy('b.starts_at').execute()
}
