import type { Database } from '../../db/database'

/** The center's zone and name: an imported activity's wall clock, and its organiser when the file names none. */
export const centerOfImport = (db: Database, centerId: string) =>
  db.selectFrom('centers').select(['name', 'time_zone']).where('id', '=', centerId).executeTakeFirst()

/** The center's rooms by name, with the capacity 名额 may not exceed. */
export const roomsForActivities = (db: Database, centerId: string) =>
  db.selectFrom('rooms').select(['id', 'name', 'capacity', 'active']).where('center_id', '=', centerId).execute()

/** Activities of the center with one of these titles: what a re-imported row is matched against (title + room). */
export async function activitiesTitled(db: Database, centerId: string, titles: string[]) {
  if (titles.length === 0) return []
  return db.selectFrom('activities')
    .select(['id', 'title', 'room_id', 'category', 'organiser_name', 'description', 'starts_local', 'ends_local', 'rrule', 'capacity'])
    .where('center_id', '=', centerId).where('title', 'in', titles).execute()
}
