import { sql } from 'kysely'
import type { BookingStatus, RoomKind } from '@linli/contracts'
import type { Database } from '../../db/database'
import type { Period } from './period'
import { rawPartCte, rolledCte, rolledRows } from './rollup.repository'
import { type ReportTarget, scopeCte } from './scope.repository'

export interface RoomFigureRow {
  center_id: string
  room_id: string
  room_name: string
  kind: RoomKind
  open_hours: number
  booked_hours: number
  used_hours: number
}

/**
 * Hours per room over the period.
 * - open: the center's opening hours (wall clock, per ISO weekday) summed over the period's days;
 *   every room of a center is open when the center is.
 * - booked: held occurrences in the room, plus bookings that hold it (approved, checked_in,
 *   completed; a request is not counted until approved, a no-show gave the room back), clipped to
 *   the period.
 * - used: held occurrences plus bookings actually used (checked_in, completed).
 * An occurrence and a booking never overlap in a room (room_reservations' exclusion constraint),
 * so the sums count no hour twice. Occurrences last at most 7 days and bookings at most a day, so
 * looking 7 days before the period finds everything reaching into it and keeps the index range short.
 * Inactive rooms are listed only if something used them in the period.
 * Whole months that are over come from the roll-ups (hours split at local month ends), the rest raw.
 */
export async function roomFigures(db: Database, target: ReportTarget, period: Period) {
  const { rows } = await sql<RoomFigureRow>`
    with ${scopeCte(db, target, period)}, ${rolledCte(period)}, ${rawPartCte},
    open as (
      select s.center_id, coalesce(sum(extract(epoch from ((e->>'closes')::time - (e->>'opens')::time))) / 3600, 0)::float8 as hours
      from scope s join centers c on c.id = s.center_id
      cross join generate_series(${period.from}::timestamp, ${period.to}::timestamp, interval '1 day') as d(day)
      join lateral jsonb_array_elements(c.opening_hours) e on (e->>'weekday')::int = extract(isodow from d.day)
      group by s.center_id),
    usage as (
      select o.room_id, extract(epoch from least(o.ends_at, p.b) - greatest(o.starts_at, p.a))::float8 as seconds, true as used
      from raw_part p
      cross join lateral (
        select o.room_id, o.starts_at, o.ends_at, o.activity_id from occurrences o
        where o.center_id = p.center_id and o.starts_at >= p.a - interval '7 days' and o.starts_at < p.b and o.ends_at > p.a
          and o.room_id is not null and o.status = 'scheduled' offset 0) o
      join activities act on act.id = o.activity_id
      where act.status = 'published'
      union all
      select b.room_id, extract(epoch from least(b.ends_at, p.b) - greatest(b.starts_at, p.a))::float8, b.status in ('checked_in', 'completed')
      from raw_part p
      cross join lateral (
        select b.room_id, b.starts_at, b.ends_at, b.status from bookings b
        where b.center_id = p.center_id and b.starts_at >= p.a - interval '7 days' and b.starts_at < p.b and b.ends_at > p.a
          and b.status in ('approved', 'checked_in', 'completed') offset 0) b
      union all
      select room_id, seconds, true from (${rolledRows('report_month_room_use', sql`m.room_id, m.seconds`)}) x where seconds > 0
      union all
      select room_id, seconds, status in ('checked_in', 'completed')
      from (${rolledRows('report_month_bookings', sql`m.room_id, m.seconds, m.status`)}) x
      where seconds > 0 and status in ('approved', 'checked_in', 'completed'))
    select r.center_id, r.id as room_id, r.name as room_name, r.kind,
      coalesce(min(op.hours), 0)::float8 as open_hours,
      coalesce(sum(u.seconds) / 3600, 0)::float8 as booked_hours,
      coalesce(sum(u.seconds) filter (where u.used) / 3600, 0)::float8 as used_hours
    from scope s
    join rooms r on r.center_id = s.center_id
    left join open op on op.center_id = s.center_id
    left join usage u on u.room_id = r.id
    group by r.center_id, r.id, r.name, r.kind, r.active
    having r.active or count(u.room_id) > 0
    order by r.center_id, r.name collate "C"`.execute(db)
  return rows
}

export interface BookingFigureRow {
  g: number
  center_id: string | null
  month: string | null
  status: BookingStatus | null
  count: number
  late: number
  no_shows: number
}

/**
 * Bookings starting in the period by local month and status (per center + month + status, and per
 * center), with late cancellations (bookings.late_cancellation) and no-shows among them.
 * Whole months that are over come from the roll-ups (a booking counts in the month it starts), the rest raw.
 */
export async function bookingFigures(db: Database, target: ReportTarget, period: Period) {
  const { rows } = await sql<BookingFigureRow>`
    with ${scopeCte(db, target, period)}, ${rolledCte(period)}, ${rawPartCte},
    b as (
      select b.center_id, date_trunc('month', b.starts_at at time zone p.tz) as month, b.status, 1 as n, b.late_cancellation::int as late
      from raw_part p
      cross join lateral (
        select b.center_id, b.starts_at, b.status, b.late_cancellation from bookings b
        where b.center_id = p.center_id and b.starts_at >= p.a and b.starts_at < p.b offset 0) b
      union all
      select * from (${rolledRows('report_month_bookings', sql`m.status, m.bookings, m.late`)}) x where bookings <> 0)
    select grouping(center_id, month, status)::int as g, center_id, to_char(month, 'YYYY-MM') as month, status, sum(n)::int as count,
      sum(late)::int as late, coalesce(sum(n) filter (where status = 'no_show'), 0)::int as no_shows
    from b
    group by grouping sets ((center_id, month, status), (center_id))`.execute(db)
  return rows
}
