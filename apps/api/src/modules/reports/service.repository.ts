import { sql } from 'kysely'
import type { ServiceRequestCategory } from '@linli/contracts'
import type { Database } from '../../db/database'
import type { Period } from './period'
import { type ReportTarget, localMonth, scopeCte } from './scope.repository'

export interface ServiceFigureRow {
  g: number
  center_id: string | null
  month: string | null
  category: ServiceRequestCategory | null
  received: number
  resolved_on_spot: number
  transferred: number
  closed: number
}

/**
 * 民情 received in the period (by received_at), as the districts count them: resolved on the spot
 * (status resolved_on_spot), transferred (transferred_at set, whatever happened next), and closed
 * (transferred, then closed); closing rate = closed / transferred. Per center, per center + month
 * and per center + category.
 */
export async function serviceFigures(db: Database, target: ReportTarget, period: Period) {
  const { rows } = await sql<ServiceFigureRow>`
    with ${scopeCte(db, target, period)},
    r as (
      select r.center_id, ${localMonth(sql`r.received_at`)} as month, r.category, r.status, r.transferred_at
      from scope s join service_requests r on r.center_id = s.center_id and r.received_at >= s.lo and r.received_at < s.hi)
    select grouping(center_id, month, category)::int as g, center_id, to_char(month, 'YYYY-MM') as month, category,
      count(*)::int as received,
      count(*) filter (where status = 'resolved_on_spot')::int as resolved_on_spot,
      count(*) filter (where transferred_at is not null)::int as transferred,
      count(*) filter (where transferred_at is not null and status = 'closed')::int as closed
    from r
    group by grouping sets ((center_id), (center_id, month), (center_id, category))`.execute(db)
  return rows
}

export interface VolunteerFigureRow {
  g: number
  center_id: string | null
  month: string | null
  minutes: number
  points: number
  members: number
}

/**
 * Volunteer service given in the period (by served_at): minutes, points (fixed when recorded) and
 * distinct volunteers (residents, so one serving in two teams counts once). Per center + month,
 * per center, and per month across centers. Bits of `g`: center 2, month 1.
 */
export async function volunteerFigures(db: Database, target: ReportTarget, period: Period) {
  const { rows } = await sql<VolunteerFigureRow>`
    with ${scopeCte(db, target, period)},
    v as (
      select v.center_id, ${localMonth(sql`v.served_at`)} as month, v.minutes, v.points, m.resident_id
      from scope s
      join volunteer_service v on v.center_id = s.center_id and v.served_at >= s.lo and v.served_at < s.hi
      join volunteer_members m on m.id = v.member_id)
    select grouping(center_id, month)::int as g, center_id, to_char(month, 'YYYY-MM') as month,
      sum(minutes)::int as minutes, sum(points)::int as points, count(distinct resident_id)::int as members
    from v
    group by grouping sets ((center_id, month), (center_id), (month))`.execute(db)
  return rows
}
