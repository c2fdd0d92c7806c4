import { sql } from 'kysely'
import type { Database } from '../../db/database'

/**
 * A resident's no-shows at one center after `since` and up to `now`, newest first: approved
 * bookings nobody checked into (status no_show, at their start), and confirmed activity seats
 * whose date has ended with neither a cancellation nor a check-in (at the end). Dates the center
 * called off are nobody's no-show.
 */
export async function noShowsOf(db: Database, residentId: string, centerId: string, since: Date, now: Date): Promise<{ kind: 'booking' | 'activity'; at: Date }[]> {
  const { rows } = await sql<{ kind: 'booking' | 'activity'; at: Date }>`
    select 'booking' as kind, b.starts_at as at from bookings b
    where b.resident_id = ${residentId} and b.center_id = ${centerId} and b.status = 'no_show'
      and b.starts_at > ${since} and b.starts_at <= ${now}
    union all
    select 'activity' as kind, o.ends_at as at from registrations g
    join occurrences o on o.id = g.occurrence_id join activities a on a.id = o.activity_id
    where g.resident_id = ${residentId} and g.center_id = ${centerId} and g.status = 'confirmed'
      and o.status <> 'cancelled' and a.status <> 'cancelled'
      and o.ends_at > ${since} and o.ends_at <= ${now}
      and not exists (select 1 from check_ins k where k.occurrence_id = g.occurrence_id and k.resident_id = g.resident_id)
    order by at desc`.execute(db)
  return rows.map((r) => ({ kind: r.kind, at: new Date(r.at) }))
}

/**
 * Residents of a center with at least `limit` no-shows after `since` that no suspension has yet
 * answered for: the candidates a sweep checks one by one.
 */
export async function residentsOverLimit(db: Database, centerId: string, limit: number, since: Date, now: Date): Promise<string[]> {
  const { rows } = await sql<{ resident_id: string }>`
    select resident_id from (
      select b.resident_id, b.starts_at as at from bookings b
      where b.center_id = ${centerId} and b.status = 'no_show' and b.resident_id is not null and b.starts_at > ${since} and b.starts_at <= ${now}
      union all
      select g.resident_id, o.ends_at as at from registrations g
      join occurrences o on o.id = g.occurrence_id join activities a on a.id = o.activity_id
      where g.center_id = ${centerId} and g.status = 'confirmed' and o.status <> 'cancelled' and a.status <> 'cancelled'
        and o.ends_at > ${since} and o.ends_at <= ${now}
        and not exists (select 1 from check_ins k where k.occurrence_id = g.occurrence_id and k.resident_id = g.resident_id)
    ) n
    where not exists (select 1 from suspensions s where s.resident_id = n.resident_id and s.center_id = ${centerId} and s.starts_at >= n.at)
    group by resident_id having count(*) >= ${limit}`.execute(db)
  return rows.map((r) => r.resident_id)
}
