import { sql } from 'kysely'
import type { ActivityCategory } from '@linli/contracts'
import type { Database } from '../../db/database'
import type { Period } from './period'
import { PER, type ReportTarget, heldCte, scopeCte } from './scope.repository'

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
 * One pass over the check-ins with hashed grouping sets: one set per resident per center (distinct
 * people without a DISTINCT aggregate, which would sort every check-in), the other per resident per
 * month and category — or, for a region, just per center and month, which keeps it small.
 */
export async function participationFigures(db: Database, target: ReportTarget, period: Period, byCategory = true) {
  const category = byCategory ? sql`category` : sql`null::text`
  const detailSet = byCategory ? sql`(h.center_id, h.month, h.category, ci.resident_id)` : sql`(h.center_id, h.month)`
  const people = byCategory ? sql`count(resident_id) + coalesce(sum(n) filter (where resident_id is null), 0)` : sql`0`
  // grouping() bits, one per column summed over: (center, month, category, resident) or (center, month, resident).
  const grouped = byCategory ? sql`grouping(h.center_id, h.month, h.category, ci.resident_id)` : sql`grouping(h.center_id, h.month, ci.resident_id)`
  const [detailBits, centerBits] = byCategory ? [0, 0b0110] : [0b001, 0b010]
  const { rows } = await sql<ParticipationFigureRow>`
    with ${scopeCte(db, target, period)}, ${heldCte},
    held_n as (select center_id, month, ${category} as category, count(*)::int as n from held group by 1, 2, 3),
    agg as (
      select ${grouped}::int as gg, h.center_id, h.month, ${byCategory ? sql`h.category` : sql`null::text`} as category, ci.resident_id,
        sum(ci.headcount)::int as n
      from held h join check_ins ci on ci.occurrence_id = h.id
      group by grouping sets (${detailSet}, (h.center_id, ci.resident_id))),
    detail as (
      select center_id, month, category, sum(n)::int as person_times, (${people})::int as people
      from agg where gg = ${sql.lit(detailBits)} group by 1, 2, 3),
    per_center as (
      select center_id, sum(n)::int as person_times, (count(resident_id) + coalesce(sum(n) filter (where resident_id is null), 0))::int as people
      from agg where gg = ${sql.lit(centerBits)} group by 1)
    select ${sql.lit(PER.detail)}::int as g, hn.center_id, to_char(hn.month, 'YYYY-MM') as month, hn.category, hn.n as activities_held,
      coalesce(d.person_times, 0) as person_times, coalesce(d.people, 0) as people
    from held_n hn
    left join detail d on d.center_id = hn.center_id and d.month = hn.month and d.category is not distinct from hn.category
    union all
    select ${sql.lit(PER.center)}, c.center_id, null, null, c.n, coalesce(p.person_times, 0), coalesce(p.people, 0)
    from (select center_id, sum(n)::int as n from held_n group by 1) c left join per_center p using (center_id)
    union all
    select ${sql.lit(PER.month)}, null, to_char(m.month, 'YYYY-MM'), null, m.n, coalesce(p.n, 0), 0
    from (select month, sum(n)::int as n from held_n group by 1) m
    left join (select month, sum(person_times)::int as n from detail group by 1) p using (month)`.execute(db)
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
