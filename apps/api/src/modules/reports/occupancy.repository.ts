import { sql } from 'kysely'
import type { Database } from '../../db/database'
import type { Period } from './period'
import { type ReportTarget, scopeCte } from './scope.repository'

export interface OccupancyFigureRow {
  room_id: string
  room_name: string
  capacity: number
  readings: number
  peak: number | null
  average: number | null
  full: number
}

/**
 * People counts of each open-access room over the period (counts taken inside its local days).
 * The average is of the counts reported, not weighted by time: a counter reports as people pass,
 * staff when they look. Inactive rooms are listed only if counted in the period.
 */
export async function occupancyFigures(db: Database, target: ReportTarget, period: Period) {
  const { rows } = await sql<OccupancyFigureRow>`
    with ${scopeCte(db, target, period)}
    select r.id as room_id, r.name as room_name, r.capacity,
      count(o.id)::int as readings, max(o.count) as peak, avg(o.count)::float8 as average,
      (count(o.id) filter (where o.count >= r.capacity))::int as full
    from scope s
    join rooms r on r.center_id = s.center_id and r.access = 'open'
    left join occupancy_readings o on o.room_id = r.id and o.at >= s.lo and o.at < s.hi
    group by r.id, r.name, r.capacity, r.active
    having r.active or count(o.id) > 0
    order by r.name collate "C"`.execute(db)
  return rows
}
