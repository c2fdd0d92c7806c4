import type { ActivityCategory } from '@linli/contracts'
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
