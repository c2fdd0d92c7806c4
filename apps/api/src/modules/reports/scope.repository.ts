import { type RawBuilder, sql } from 'kysely'
import type { Database } from '../../db/database'
import { subtreeQuery } from '../regions/regions.repository'
import type { Period } from './period'

/** What a report covers: one center, or every center in a region's subtree. */
export type ReportTarget = { centerId: string } | { regionId: string }

/**
 * The CTE `scope(center_id, tz, lo, hi, held_hi)` every report query starts from: the centers covered and,
 * per center, the period as instants — from local midnight starting `from` to local midnight after
 * `to`, in that center's own time zone (`timestamp at time zone` reads a wall clock in a zone).
 * Materialized, so the bounds are computed once per center rather than once per row joined.
 */
export function scopeCte(db: Database, target: ReportTarget, period: Period): RawBuilder<unknown> {
  const centers = 'centerId' in target ? sql`c.id = ${target.centerId}` : sql`c.region_id in (${subtreeQuery(db, target.regionId)})`
  return sql`scope as materialized (
    select c.id as center_id, c.time_zone as tz,
      (${period.from}::date)::timestamp at time zone c.time_zone as lo,
      (${period.to}::date + 1)::timestamp at time zone c.time_zone as hi,
      least((${period.to}::date + 1)::timestamp at time zone c.time_zone, ${period.asOf ?? null}::timestamptz) as held_hi
    from centers c where ${centers})`
}

/** The local month (the 1st, midnight, as a wall-clock `timestamp`) of an instant, in the scope's zone `s.tz`. */
export const localMonth = (instant: RawBuilder<unknown>) => sql`date_trunc('month', ${instant} at time zone s.tz)`

/**
 * The CTE `held(id, center_id, category, month)`: occurrences held in the period — scheduled (not
 * cancelled), of a published activity (not cancelled, not a draft), starting inside the period and
 * already started (`held_hi`: what is still ahead is planned, not held) —
 * with the local month of their start (a `timestamp`, the 1st at midnight: grouping on it is
 * cheaper than on text; queries format it as YYYY-MM once grouped). Attendance counts on these only.
 */
export const heldCte = sql`held as (
  select o.id, o.center_id, a.category, ${localMonth(sql`o.starts_at`)} as month
  from scope s
  join occurrences o on o.center_id = s.center_id and o.starts_at >= s.lo and o.starts_at < s.held_hi
  join activities a on a.id = o.activity_id
  where o.status = 'scheduled' and a.status = 'published')`

/**
 * `grouping(...)` of a grouping set as a bit mask, one bit per column in the order given, set when
 * the column was summed over: with (center, month, x), 0 = per center+month+x, 3 = per center,
 * 5 = per month.
 */
export const PER = { detail: 0, center: 3, month: 5, centerMonth: 1, centerDetail: 2 } as const

/** The centers of a region's subtree, by name. */
export const centersOfRegion = (db: Database, regionId: string) =>
  db.selectFrom('centers').select(['id', 'name']).where('region_id', 'in', subtreeQuery(db, regionId)).orderBy(sql`name collate "C"`).execute()

/** A center's name and zone, as a report heads them. */
export const findReportCenter = (db: Database, centerId: string) =>
  db.selectFrom('centers').select(['id', 'name', 'time_zone as timeZone']).where('id', '=', centerId).executeTakeFirst()

/** One of the center's target groups (undefined if it is not the center's). */
export const findReportGroup = (db: Database, centerId: string, groupId: string) =>
  db.selectFrom('resident_groups').select(['id', 'name']).where('id', '=', groupId).where('center_id', '=', centerId).executeTakeFirst()
