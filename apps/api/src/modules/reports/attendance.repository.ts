import { sql } from 'kysely'
import type { ActivityCategory, Audience } from '@linli/contracts'
import type { Database } from '../../db/database'
import type { Period } from './period'
import { attendeesCte, rawCheckInsCte, rawHeldCte, rolledActivityCte, rolledCte } from './rollup.repository'
import { PER, type ReportTarget, heldCte, scopeCte } from './scope.repository'

/** The roll-ups' bit of each activity category (report_categories), in bit order. */
const categoryBits = async (db: Database) =>
  (await sql<{ category: string; bit: number }>`select category, bit from report_categories order by bit`.execute(db)).rows

export interface ParticipationFigureRow {
  g: number
  center_id: string | null
  month: string | null
  category: ActivityCategory | null
  activities_held: number
  person_times: number
  people: number
}

/**
 * Activities held, person-times and people over the held occurrences and their check-ins.
 * person-times = sum of headcounts (a resident counts 1, a walk-in row its headcount);
 * people = distinct residents + walk-in headcount (walk-ins have no identity to tell apart).
 * Rows per center + month + category (`PER.detail`), per center (`PER.center`) and per month
 * across centers (`PER.month`, people 0). Without `byCategory` (a region's report) the detail rows
 * are per center + month with category null and people 0.
 * What the roll-ups hold comes from them (rollup.repository.ts), the rest from the raw rows; people
 * are counted over the residents of every source together (`attendees`).
 */
export async function participationFigures(db: Database, target: ReportTarget, period: Period, byCategory = true) {
  const bits = byCategory ? await categoryBits(db) : undefined
  const category = byCategory ? sql`category` : sql`null::text`
  const people = byCategory ? sql`select a.center_id, a.month, k.category, 0, 0, count(*)
    from (select center_id, month, resident_id, bit_or(categories) as categories from attendees group by 1, 2, 3) a
    join report_categories k on a.categories & (1::bigint << k.bit) <> 0 group by 1, 2, 3` : sql`select null, null, null, 0, 0, 0 where false`
  const walkIns = byCategory ? sql`coalesce(sum(headcount) filter (where resident_id is null), 0)` : sql`0`
  const { rows } = await sql<ParticipationFigureRow>`
    with ${scopeCte(db, target, period)}, ${rolledCte(period)}, ${rawHeldCte}, ${rawCheckInsCte}, ${rolledActivityCte}, ${attendeesCte(bits?.map((k) => k.bit))},
    detail as (
      select center_id, month, category, sum(held)::int as held, sum(person_times)::int as person_times, sum(people)::int as people
      from (
        select center_id, month, ${category} as category, count(*) as held, 0 as person_times, 0 as people from raw_held group by 1, 2, 3
        union all
        select center_id, month, ${category}, 0, sum(headcount), ${walkIns} from raw_ci group by 1, 2, 3
        union all
        select center_id, month, ${category}, held, person_times, ${byCategory ? sql`walk_ins` : sql`0`} from rolled_act
        union all
        ${people}) x
      group by 1, 2, 3),
    residents as (
      select center_id, count(*)::int as n from (select distinct center_id, resident_id from attendees) x group by 1),
    walk_ins as (
      select center_id, sum(n)::int as n
      from (select center_id, headcount as n from raw_ci where resident_id is null union all select center_id, walk_ins from rolled_act) x
      group by 1)
    select ${sql.lit(PER.detail)}::int as g, center_id, to_char(month, 'YYYY-MM') as month, category, held as activities_held, person_times,
      people
    from detail where held > 0
    union all
    select ${sql.lit(PER.center)}, d.center_id, null, null, sum(d.held)::int, sum(d.person_times)::int,
      (coalesce(min(r.n), 0) + coalesce(min(w.n), 0))::int
    from detail d left join residents r using (center_id) left join walk_ins w using (center_id)
    group by d.center_id having sum(d.held) > 0
    union all
    select ${sql.lit(PER.month)}, null, to_char(month, 'YYYY-MM'), null, sum(held)::int, sum(person_times)::int, 0
    from detail group by month having sum(held) > 0`.execute(db)
  return rows
}

/**
 * A target group's participation: its members as of the end of the period (joined before it
 * ended), and how many of them checked in at least once to an occurrence held in the period.
 */
export async function groupFigures(db: Database, centerId: string, groupId: string, period: Period) {
  const { rows } = await sql<{ members: number; attended: number }>`
    with ${scopeCte(db, { centerId }, period)}, ${heldCte}
    select count(*)::int as members,
      count(*) filter (where exists (
        select 1 from check_ins ci join held h on h.id = ci.occurrence_id where ci.resident_id = m.resident_id))::int as attended
    from scope s join resident_group_members m on m.group_id = ${groupId} and m.joined_at < s.hi`.execute(db)
  return rows[0] ?? { members: 0, attended: 0 }
}

/**
 * Sign-ups cancelled late (registrations.late_cancellation) for occurrences starting in the
 * period, cancelled occurrences included: the late cancellation happened all the same.
 */
export async function lateRegistrationFigures(db: Database, target: ReportTarget, period: Period) {
  const { rows } = await sql<{ center_id: string; late: number }>`
    with ${scopeCte(db, target, period)}
    select s.center_id, count(*)::int as late
    from scope s
    join registrations r on r.center_id = s.center_id and r.late_cancellation
    join occurrences o on o.id = r.occurrence_id and o.starts_at >= s.lo and o.starts_at < s.hi
    group by s.center_id`.execute(db)
  return rows
}

export interface CategoryFigureRow { month: string; category: ActivityCategory; activities_held: number; person_times: number; people: number }

/**
 * A region's figures per local month and category over all its centers: activities held,
 * person-times, and people counted once across the region (a resident who attends at two centers
 * is one person), plus walk-in headcount as in participationFigures. People are counted over the
 * residents of every source together (`attendees`: a month's days may come from several).
 */
export async function categoryFigures(db: Database, target: ReportTarget, period: Period) {
  // People per month and category: a resident seen at one center that month (report_month_people) is one
  // row of `attendees`, counted as it is; only those seen at several, or today (raw), are gathered per
  // resident first. Gathering every resident's month (77,000 for a district's year) was most of the
  // report's time in bench/reports.bench.ts; counting each category's bit in one pass over the rows, not
  // joining them to the categories, saves making 400,000 rows to hash.
  const bits = await categoryBits(db)
  // Counting per month, PostgreSQL sorted the rows (~77,000 for a district's year, estimated at ~1,400: it
  // cannot see how many rows the roll-ups' ranges hold) where hashing a few groups is cheaper. For this statement only.
  const { was } = (await sql<{ was: string }>`select current_setting('enable_sort') as was, set_config('enable_sort', 'off', true)`.execute(db)).rows[0]!
  const bit = (k: { bit: number }) => sql`(a.categories & (1::bigint << ${sql.lit(k.bit)}) <> 0)`
  const perRow = sql.join(bits.map((k) => sql`count(*) filter (where ${bit(k)})`))
  const perMonth = sql.join(bits.map((k, i) => sql`sum(case when r.shared is null then r.n[${sql.lit(i + 1)}] else (r.categories & (1::bigint << ${sql.lit(k.bit)}) <> 0)::int end)`))
  const { rows } = await sql<CategoryFigureRow>`
    with ${scopeCte(db, target, period)}, ${rolledCte(period)}, ${rawHeldCte}, ${rawCheckInsCte}, ${rolledActivityCte}, ${attendeesCte(bits.map((k) => k.bit))},
    shared as (
      select p.month::timestamp as month, p.resident_id from report_month_people p
      where p.month >= date_trunc('month', ${period.from}::date)::date and p.month <= ${period.to}::date and p.centers > 1
      union
      select month, resident_id from raw_ci where resident_id is not null),
    figures as (
      select month, category, count(*) as held, 0 as person_times, 0 as people from raw_held group by 1, 2
      union all
      select month, category, 0, sum(headcount), coalesce(sum(headcount) filter (where resident_id is null), 0) from raw_ci group by 1, 2
      union all
      select month, category, held, person_times, walk_ins from rolled_act
      union all
      select p.month, u.category, 0, 0, u.n
      from (
        select r.month, array[${perMonth}]::bigint[] as n
        from (
          -- Per month, the residents seen once (shared null: a count per category) and each shared resident (their categories).
          select a.month, s.resident_id as shared, bit_or(a.categories) as categories, array[${perRow}]::bigint[] as n
          from attendees a left join shared s on s.month = a.month and s.resident_id = a.resident_id
          group by 1, 2) r
        group by 1) p
      cross join lateral unnest(${bits.map((k) => k.category)}::text[], p.n) u(category, n)
      where u.n > 0)
    select to_char(month, 'YYYY-MM') as month, category, sum(held)::int as activities_held, sum(person_times)::int as person_times,
      sum(people)::int as people
    from figures group by month, category having sum(held) > 0`.execute(db)
  await sql`select set_config('enable_sort', ${was}, true)`.execute(db)
  return rows
}

export interface AudienceFigureRow { audience: Audience; groups: number; members: number; attended: number }

/**
 * Per audience, the region's target groups tagged with it, their distinct members (joined before the
 * period ended at their center) and how many of those checked in at least once to an occurrence held
 * in the period at any center of the region. See AudienceParticipation for why groups are the denominator.
 */
export async function audienceFigures(db: Database, regionId: string, period: Period) {
  const { rows } = await sql<AudienceFigureRow>`
    with ${scopeCte(db, { regionId }, period)}, ${rolledCte(period)}, ${rawHeldCte}, ${rawCheckInsCte}, ${attendeesCte()},
    members as (
      select distinct g.audience, m.resident_id
      from scope s
      join resident_groups g on g.center_id = s.center_id and g.audience is not null
      join resident_group_members m on m.group_id = g.id and m.joined_at < s.hi),
    attended as (select distinct resident_id from attendees)
    select g.audience, count(distinct g.id)::int as groups,
      (select count(*)::int from members x where x.audience = g.audience) as members,
      (select count(*)::int from members x join attended a using (resident_id) where x.audience = g.audience) as attended
    from scope s join resident_groups g on g.center_id = s.center_id and g.audience is not null
    group by g.audience`.execute(db)
  return rows
}
