import { type RawBuilder, sql } from 'kysely'
import type { Database } from '../../db/database'
import type { Period } from './period'

/*
 * Attendance as the monthly roll-ups keep it (migration 2026_12_07_1500_report_rollups): per
 * center, local month and category the held occurrences, check-ins, person-times and walk-in
 * headcount (report_month_activity); per center, month and resident a count of check-ins per
 * category (report_month_residents), so distinct residents are counted exactly, as rows; and the
 * same per local day (report_day_activity, report_day_residents: migration 2026_12_07_2300_report_day_rollups).
 * Triggers keep them in the transaction of every write they count. A report reads the monthly rows
 * for the whole months of its period that are over in every center it covers, the daily rows for
 * the rest of its days that are over, and the raw rows only for today. Bookings, rooms' hours, 民情
 * and volunteer service are rolled up per month (migration 2026_12_07_1900_report_rollups_more),
 * read through rawPartCte and rolledRows below.
 */

/**
 * The CTE `rolled(center_id, lo, held_hi, m_lo, m_hi, d_lo, d_hi, r_lo, r_hi, raw_lo)` after `scope`: per center,
 * the months read from the monthly roll-ups, [m_lo, m_hi) as dates and [r_lo, r_hi) as instants in its
 * zone; the days read from the daily ones, [d_lo, m_lo) and [m_hi, d_hi) (the period's days before
 * today in every zone of the scope, outside those months); and from `raw_lo` (d_hi as an instant in its zone)
 * the raw rows. The same months and days for every center, so a month's figures come from the same
 * sources across centers. No whole month: m_lo = m_hi.
 */
export function rolledCte(period: Period): RawBuilder<unknown> {
  return sql`rolled as materialized (
    select s.center_id, s.lo, s.held_hi, b.m_lo, greatest(b.m_lo, b.m_hi) as m_hi, b.d_lo, greatest(b.d_lo, b.d_hi) as d_hi,
      b.m_lo::timestamp at time zone s.tz as r_lo, greatest(b.m_lo, b.m_hi)::timestamp at time zone s.tz as r_hi,
      greatest(b.d_lo, b.d_hi)::timestamp at time zone s.tz as raw_lo
    from scope s cross join (
      select date_trunc('month', ${period.from}::date - 1 + interval '1 month')::date as m_lo,
        least(date_trunc('month', (${period.to}::date + 1)::timestamp)::date,
          min(date_trunc('month', coalesce(${period.asOf ?? null}::timestamptz at time zone x.tz, 'infinity'::timestamp)))::date) as m_hi,
        ${period.from}::date as d_lo,
        least(${period.to}::date + 1, min(coalesce((${period.asOf ?? null}::timestamptz at time zone x.tz)::date, 'infinity'::date))) as d_hi
      from scope x) b)`
}

/**
 * The CTE `raw_held(id, center_id, category, month)` after `rolled`: held occurrences (as `held` in
 * scope.repository.ts) the roll-ups do not cover (from `raw_lo`: today, if the period reaches it), one
 * index range per center (a lateral `offset 0`: estimating the range as a third of the year, the planner
 * would scan every occurrence of the year instead, as the raw parts of rawPartCte's readers would).
 */
export const rawHeldCte = sql`raw_held as (
  select o.id, o.center_id, a.category, date_trunc('month', o.starts_at at time zone s.tz) as month
  from rolled r join scope s on s.center_id = r.center_id
  cross join lateral (
    select o.id, o.center_id, o.starts_at, o.activity_id from occurrences o
    where o.center_id = r.center_id and o.starts_at >= r.raw_lo and o.starts_at < r.held_hi and o.status = 'scheduled' offset 0) o
  join activities a on a.id = o.activity_id
  where a.status = 'published')`

/** The CTE `raw_ci(center_id, month, category, resident_id, headcount)` after `raw_held`: their check-ins, per occurrence through its index. */
export const rawCheckInsCte = sql`raw_ci as (
  select h.center_id, h.month, h.category, ci.resident_id, ci.headcount
  from raw_held h cross join lateral (select resident_id, headcount from check_ins where occurrence_id = h.id offset 0) ci)`

/** The days [a, b) of `rolled` r read from the daily roll-ups, two ranges per center (empty when a >= b). */
const rolledDays = sql`cross join lateral (values (r.d_lo, least(r.m_lo, r.d_hi)), (r.m_hi, r.d_hi)) days(a, b)`

/**
 * The CTE `rolled_act(center_id, month, category, held, person_times, walk_ins)` after `rolled`: the
 * monthly rows of its months and the daily rows of its days (months as `timestamp`, like raw months).
 * A month's days are several rows: readers add them up.
 */
export const rolledActivityCte = sql`rolled_act as (
  select m.center_id, m.month::timestamp as month, m.category, m.held, m.person_times, m.walk_ins
  from rolled r join report_month_activity m on m.center_id = r.center_id and m.month >= r.m_lo and m.month < r.m_hi
  union all
  select d.center_id, date_trunc('month', d.day::timestamp) as month, d.category, d.held, d.person_times, d.walk_ins
  from rolled r ${rolledDays}
  cross join lateral (
    select d.center_id, d.day, d.category, d.held, d.person_times, d.walk_ins from report_day_activity d
    where d.center_id = r.center_id and d.day >= days.a and d.day < days.b offset 0) d)`

/**
 * The CTE `attendees(center_id, month, resident_id, categories)` after `rolled`, `raw_ci`: who checked in, with
 * a bit per category — a row per resident and rolled month; per resident and month of the rolled days (the
 * categories of their days among those: report_month_resident_days, a mask of days per category); and per
 * raw check-in (today's). A resident can be in two rows of a month (days and today): readers count distinct
 * residents. `bits`: the categories' bits, when readers need the categories of a part of a month (else 0).
 */
export function attendeesCte(bits?: readonly number[]): RawBuilder<unknown> {
  const categoriesOnDays = bits?.length
    ? sql.join(bits.map((b) => sql`(case when coalesce(d.days[${sql.lit(b + 1)}], 0) & p.mask <> 0 then 1::bigint << ${sql.lit(b)} else 0 end)`), sql` | `)
    : sql`0::bigint`
  return sql`attendees as (
  select m.center_id, m.month::timestamp as month, m.resident_id, m.categories
  from rolled r join report_month_residents m on m.center_id = r.center_id and m.month >= r.m_lo and m.month < r.m_hi
  where m.categories <> 0
  union all
  select d.center_id, d.month::timestamp, d.resident_id, ${categoriesOnDays}
  from rolled r ${rolledDays}
  -- Each month the days touch, with its days among them as a mask (bit d - 1 for day d).
  cross join lateral (
    select m::date as month,
      ((1::bigint << (least(days.b, (m + interval '1 month')::date) - m::date)) - (1::bigint << (greatest(days.a, m::date) - m::date)))::int as mask
    from generate_series(date_trunc('month', days.a::timestamp), date_trunc('month', days.b::timestamp - interval '1 day'), interval '1 month') m
    where days.a < days.b) p
  cross join lateral (
    select d.center_id, d.month, d.resident_id, d.days from report_month_resident_days d
    where d.center_id = r.center_id and d.month = p.month and d.all_days & p.mask <> 0 offset 0) d
  union all
  select c.center_id, c.month, c.resident_id, 1::bigint << k.bit
  from raw_ci c join report_categories k on k.category = c.category
  where c.resident_id is not null)`
}

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

/**
 * For a bulk writer (the demo seed, an import): the roll-up triggers skip the rest of this
 * transaction's writes (migration 2026_12_08_0000_report_rollups_deferrable), which must then
 * recountRollups for every center it wrote before committing: once, instead of once per row.
 */
export async function deferRollups(trx: Database) {
  await sql`select set_config('linli.rollups', 'later', true)`.execute(trx)
}

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
