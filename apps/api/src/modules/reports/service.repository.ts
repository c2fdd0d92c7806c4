import { sql } from 'kysely'
import type { ServiceRequestCategory } from '@linli/contracts'
import type { Database } from '../../db/database'
import type { Period } from './period'
import { rawPartCte, rolledCte, rolledRows } from './rollup.repository'
import { type ReportTarget, scopeCte } from './scope.repository'

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
 * and per center + category. Whole months that are over come from the roll-ups, the rest raw.
 */
export async function serviceFigures(db: Database, target: ReportTarget, period: Period) {
  const { rows } = await sql<ServiceFigureRow>`
    with ${scopeCte(db, target, period)}, ${rolledCte(period)}, ${rawPartCte},
    r as (
      select r.center_id, date_trunc('month', r.received_at at time zone p.tz) as month, r.category, 1 as received,
        (r.status = 'resolved_on_spot')::int as resolved_on_spot, (r.transferred_at is not null)::int as transferred,
        (r.transferred_at is not null and r.status = 'closed')::int as closed
      from raw_part p
      cross join lateral (
        select r.center_id, r.received_at, r.category, r.status, r.transferred_at from service_requests r
        where r.center_id = p.center_id and r.received_at >= p.a and r.received_at < p.b offset 0) r
      union all
      select * from (${rolledRows('report_month_service', sql`m.category, m.received, m.resolved_on_spot, m.transferred, m.closed`)}) x
      where received <> 0)
    select grouping(center_id, month, category)::int as g, center_id, to_char(month, 'YYYY-MM') as month, category,
      sum(received)::int as received, sum(resolved_on_spot)::int as resolved_on_spot, sum(transferred)::int as transferred,
      sum(closed)::int as closed
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
 * per center, and per month across centers. Bits of `g`: center 2, month 1. Whole months that are
 * over come from the roll-ups (per resident and month, so distinct volunteers stay exact), the rest raw.
 */
export async function volunteerFigures(db: Database, target: ReportTarget, period: Period) {
  const { rows } = await sql<VolunteerFigureRow>`
    with ${scopeCte(db, target, period)}, ${rolledCte(period)}, ${rawPartCte},
    v as (
      select v.center_id, date_trunc('month', v.served_at at time zone p.tz) as month, v.minutes, v.points, m.resident_id
      from raw_part p
      cross join lateral (
        select v.center_id, v.served_at, v.minutes, v.points, v.member_id from volunteer_service v
        where v.center_id = p.center_id and v.served_at >= p.a and v.served_at < p.b offset 0) v
      join volunteer_members m on m.id = v.member_id
      union all
      select center_id, month, minutes, points, resident_id
      from (${rolledRows('report_month_volunteers', sql`m.minutes, m.points, m.resident_id, m.services`)}) x where services > 0)
    select grouping(center_id, month)::int as g, center_id, to_char(month, 'YYYY-MM') as month,
      sum(minutes)::int as minutes, sum(points)::int as points, count(distinct resident_id)::int as members
    from v
    group by grouping sets ((center_id, month), (center_id), (month))`.execute(db)
  return rows
}
