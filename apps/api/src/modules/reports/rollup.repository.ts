import { type RawBuilder, sql } from 'kysely'
import type { Database } from '../../db/database'
import type { Period } from './period'

/*
 * Attendance as the monthly roll-ups keep it (migration 2026_12_07_1500_report_rollups): per
 * center, local month and category the held occurrences, check-ins, person-times and walk-in
 * headcount (report_month_activity); per center, month and resident a count of check-ins per
 * category (report_month_residents), so distinct residents are counted exactly, as rows.
 * Triggers keep them in the transaction of every write they count. A report reads them for the
 * whole months of its period that are over in every center it covers, and the raw rows for the
 * rest (the period's partial first and last months, and the month under way). Bookings, rooms'
 * hours, 民情 and volunteer service are rolled up the same way (migration
 * 2026_12_07_1900_report_rollups_more), read through rawPartCte and rolledRows below.
 */

/**
 * The CTE `rolled(center_id, lo, r_lo, r_hi, held_hi, m_lo, m_hi)` after `scope`: per center, the
 * months read from the roll-ups, [m_lo, m_hi) as dates and [r_lo, r_hi) as instants in its zone.
 * The same months for every center (a month is rolled only once it is over in every zone of the
 * scope), so a month's figures come from one source across centers. No whole month: m_lo = m_hi.
 */
export function rolledCte(period: Period): RawBuilder<unknown> {
  return sql`rolled as materialized (
    select s.center_id, s.lo, s.held_hi, b.m_lo, greatest(b.m_lo, b.m_hi) as m_hi,
      b.m_lo::timestamp at time zone s.tz as r_lo, greatest(b.m_lo, b.m_hi)::timestamp at time zone s.tz as r_hi
    from scope s cross join (
      select date_trunc('month', ${period.from}::date - 1 + interval '1 month')::date as m_lo,
        least(date_trunc('month', (${period.to}::date + 1)::timestamp)::date,
          min(date_trunc('month', coalesce(${period.asOf ?? null}::timestamptz at time zone x.tz, 'infinity'::timestamp)))::date) as m_hi
      from scope x) b)`
}

/**
 * The CTE `raw_held(id, center_id, category, month)` after `rolled`: held occurrences (as `held` in
 * scope.repository.ts) in the parts of the period the roll-ups do not cover, two index ranges per center
 * (a lateral `offset 0`: estimating the ranges as a third of the year each, the planner would scan every
 * occurrence of the year instead, as the raw parts of rawPartCte's readers would).
 */
export const rawHeldCte = sql`raw_held as (
  select o.id, o.center_id, a.category, date_trunc('month', o.starts_at at time zone s.tz) as month
  from rolled r join scope s on s.center_id = r.center_id
  cross join lateral (values (r.lo, least(r.r_lo, r.held_hi)), (greatest(r.r_hi, r.lo), r.held_hi)) part(a, b)
  cross join lateral (
    select o.id, o.center_id, o.starts_at, o.activity_id from occurrences o
    where o.center_id = r.center_id and o.starts_at >= part.a and o.starts_at < part.b and o.status = 'scheduled' offset 0) o
  join activities a on a.id = o.activity_id
  where a.status = 'published')`

/** The CTE `rolled_act(center_id, month, category, held, person_times, walk_ins)` after `rolled`: the roll-ups' months (as `timestamp`, like raw months). */
export const rolledActivityCte = sql`rolled_act as (
  select m.center_id, m.month::timestamp as month, m.category, m.held, m.person_times, m.walk_ins
  from rolled r join report_month_activity m on m.center_id = r.center_id and m.month >= r.m_lo and m.month < r.m_hi)`

/** The CTE `rolled_res(center_id, month, resident_id, categories)` after `rolled`: who checked in, per rolled month, and a bit per category. */
export const rolledResidentsCte = sql`rolled_res as (
  select m.center_id, m.month::timestamp as month, m.resident_id, m.categories
  from rolled r join report_month_residents m on m.center_id = r.center_id and m.month >= r.m_lo and m.month < r.m_hi
  where m.categories <> 0)`

/**
 * The CTE `raw_part(center_id, tz, a, b)` after `rolled`: per center, the instants [a, b) of the
 * period the roll-ups do not cover (before and after the rolled months; none empty), for the
 * figures that count the whole period, future included (bookings, rooms' hours, 民情, volunteers).
 * Readers join their table to it in a lateral `offset 0`, so each part is one index range (see rawHeldCte).
 */
export const rawPartCte = sql`raw_part as materialized (
  select s.center_id, s.tz, p.a, p.b
  from rolled r join scope s on s.center_id = r.center_id
  cross join lateral (values (s.lo, least(r.r_lo, s.hi)), (greatest(r.r_hi, s.lo), s.hi)) p(a, b)
  where p.a < p.b)`

/** The rows of roll-up `table` in the months `rolled` reads, with `month` as a `timestamp` like raw months. */
export const rolledRows = (table: string, columns: RawBuilder<unknown>) => sql`
  select m.center_id, m.month::timestamp as month, ${columns}
  from rolled r join ${sql.table(table)} m on m.center_id = r.center_id and m.month >= r.m_lo and m.month < r.m_hi`

/** Recomputes the roll-ups of one center (or of all) from the raw rows, in the caller's transaction, locking out the triggers meanwhile. */
export async function recountRollups(trx: Database, centerId?: string) {
  await sql`select report_rollups_rebuild(${centerId ?? null}::uuid)`.execute(trx)
}

/** recountRollups in a transaction of its own: the reports never see the roll-ups half done. */
export async function rebuildRollups(db: Database, centerId?: string) {
  await db.transaction().execute((trx) => recountRollups(trx, centerId))
}

export interface RollupRow { center_id: string; month: string; category: string; held: number; check_ins: number; person_times: number; walk_ins: number; people: number }

/**
 * The roll-ups as figures, per center, local month (YYYY-MM) and category: what they hold, and
 * `people`, the residents counted in that category that month. For the rebuild command's summary
 * and the test that proves them equal to the raw rows.
 */
export async function rollupFigures(db: Database, centerIds?: string[]) {
  const only = (alias: string) => (centerIds ? sql`${sql.ref(`${alias}.center_id`)} = any(${centerIds}::uuid[])` : sql`true`)
  const { rows } = await sql<RollupRow>`
    select a.center_id, to_char(a.month, 'YYYY-MM') as month, a.category, a.held, a.check_ins, a.person_times, a.walk_ins,
      (select count(*)::int from report_month_residents r join report_categories k on k.category = a.category
        where r.center_id = a.center_id and r.month = a.month and r.categories & (1::bigint << k.bit) <> 0) as people
    from report_month_activity a where ${only('a')}
    order by 1, 2, 3`.execute(db)
  return rows
}
