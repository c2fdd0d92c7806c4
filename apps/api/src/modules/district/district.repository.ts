import { type RawBuilder, sql } from 'kysely'
import type { ActivityCategory, Audience, BookingStatus } from '@linli/contracts'
import type { Database } from '../../db/database'
import { selectOccurrences } from '../activities/activities.repository'
import { subtreeQuery } from '../regions/regions.repository'

/** A center of the region and the subdistrict it lies in (null when it sits on the district itself). */
export interface PlacedCenter { id: string; name: string; timeZone: string; subdistrictId: string | null; subdistrictName: string | null }

/**
 * The centers in a region's subtree with their subdistrict: the center's own region when that is a
 * subdistrict, its parent when the center sits in a community.
 */
export async function placedCenters(db: Database, regionId: string): Promise<PlacedCenter[]> {
  const rows = await db.selectFrom('centers as c')
    .innerJoin('regions as r', 'r.id', 'c.region_id')
    .leftJoin('regions as p', 'p.id', 'r.parent_id')
    .select(['c.id', 'c.name', 'c.time_zone', 'r.id as region_id', 'r.name as region_name', 'r.level', 'p.id as parent_id', 'p.name as parent_name'])
    .where('c.region_id', 'in', subtreeQuery(db, regionId))
    .orderBy(sql`c.name collate "C"`)
    .execute()
  return rows.map((r) => {
    const sub = r.level === 'subdistrict' ? { id: r.region_id, name: r.region_name } : r.level === 'community' ? { id: r.parent_id, name: r.parent_name } : null
    return { id: r.id, name: r.name, timeZone: r.time_zone, subdistrictId: sub?.id ?? null, subdistrictName: sub?.name ?? null }
  })
}

/** Whether `subdistrictId` names a subdistrict inside the region's subtree. */
export async function isSubdistrictOf(db: Database, subdistrictId: string, regionId: string) {
  const row = await db.selectFrom('regions').select('id').where('id', '=', subdistrictId).where('level', '=', 'subdistrict')
    .where('id', 'in', subtreeQuery(db, regionId)).executeTakeFirst()
  return row !== undefined
}

/** Local days [from, to] as instants in each row's center zone (`c.time_zone`). */
const dayStart = (date: string): RawBuilder<Date> => sql<Date>`(${date}::date)::timestamp at time zone c.time_zone`
const dayAfter = (date: string): RawBuilder<Date> => sql<Date>`(${date}::date + 1)::timestamp at time zone c.time_zone`

export interface CalendarFilter { centerIds: string[]; from: string; to: string; category?: ActivityCategory; audience?: Audience; limit: number }

/** Occurrences of published activities overlapping the days, cancelled ones included; at most `limit` + 1 rows. */
export function listRegionOccurrences(db: Database, f: CalendarFilter) {
  let q = selectOccurrences(db)
    .where('o.center_id', 'in', f.centerIds)
    .where('a.status', '=', 'published')
    .where('o.starts_at', '<', dayAfter(f.to))
    .where('o.ends_at', '>', dayStart(f.from))
  if (f.category) q = q.where('a.category', '=', f.category)
  if (f.audience) q = q.where(sql<boolean>`${f.audience} = any(a.audiences)`)
  return q.orderBy('o.starts_at').orderBy('o.id').limit(f.limit + 1).execute()
}

/** Statuses a district calendar shows: what holds or held a room. */
const SHOWN: BookingStatus[] = ['requested', 'approved', 'checked_in', 'completed']

/** Bookings overlapping the days: when, where, what for and how many; at most `limit` + 1 rows. */
export function listRegionBookings(db: Database, f: Pick<CalendarFilter, 'centerIds' | 'from' | 'to' | 'limit'>) {
  return db.selectFrom('bookings as b')
    .innerJoin('rooms as r', 'r.id', 'b.room_id')
    .innerJoin('centers as c', 'c.id', 'b.center_id')
    .select(['b.id', 'b.center_id', 'b.room_id', 'r.name as room_name', 'b.starts_at', 'b.ends_at', 'b.status', 'b.purpose', 'b.headcount', 'c.time_zone'])
    .where('b.center_id', 'in', f.centerIds)
    .where('b.status', 'in', SHOWN)
    .where('b.starts_at', '<', dayAfter(f.to))
    .where('b.ends_at', '>', dayStart(f.from))
    .orderBy('b.starts_at').orderBy('b.id')
    .limit(f.limit + 1)
    .execute()
}
