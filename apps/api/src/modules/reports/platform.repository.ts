import { sql } from 'kysely'
import type { Database } from '../../db/database'
import { subtreeQuery } from '../regions/regions.repository'
import type { Period } from './period'
import { type ReportTarget, scopeCte } from './scope.repository'

/** Per center (center_id set) and for the whole target (center_id null: people counted once). */
export interface PlatformFigureRow {
  center_id: string | null
  residents: number
  staff: number
  records_published: number
  record_views: number
}

/**
 * The platform's own figures (the seeds' 平台注册 and 活动纪实):
 * - residents: active residents who came to a center before the period ended: registered at its
 *   desk (center_residents), or signed up for its activities or booked its rooms from the phone app
 *   (residents sign up on the platform, not with a center); the total counts each resident once.
 * - staff: the active staff accounts of the centers, and for a region also those of its regions
 *   (district and subdistrict admins), as they are now: an account keeps no history of its
 *   activation, so a past period cannot be told apart.
 * - records published: records public now (status published) first published inside the period.
 * - record views: views counted on the centers' records on the period's days (record_view_days,
 *   whose days are the center's own).
 */
export async function platformFigures(db: Database, target: ReportTarget, period: Period): Promise<PlatformFigureRow[]> {
  const regionStaff = 'regionId' in target
    ? sql`union all select null::uuid, st.id from staff st
        where st.active and st.center_id is null and st.region_id in (${subtreeQuery(db, target.regionId)})`
    : sql``
  const { rows } = await sql<PlatformFigureRow>`
    with ${scopeCte(db, target, period)},
    -- Each center's rows through its own index range, and each person looked up by key (the
    -- lateral offset 0 keeps them so): joined plainly, the planner hashes whole tables, which at a
    -- province's size is every booking and resident of every center for a district's ten.
    people as (
      select t.center_id, t.resident_id from (
        select distinct t.center_id, t.resident_id from (
          select cr.center_id, cr.resident_id from scope s cross join lateral (
            select cr.center_id, cr.resident_id from center_residents cr where cr.center_id = s.center_id and cr.registered_at < s.hi offset 0) cr
          union all
          select g.center_id, g.resident_id from scope s cross join lateral (
            select g.center_id, g.resident_id from registrations g where g.center_id = s.center_id and g.created_at < s.hi offset 0) g
          union all
          select b.center_id, b.resident_id from scope s cross join lateral (
            select b.center_id, b.resident_id from bookings b where b.center_id = s.center_id and b.starts_at < s.hi and b.resident_id is not null offset 0) b
        ) t) t
      cross join lateral (select 1 from residents r where r.id = t.resident_id and r.active offset 0) active),
    workers as (
      select st.center_id, st.id from scope s join staff st on st.center_id = s.center_id and st.active
      ${regionStaff}),
    records as (
      select ar.center_id, count(*)::int as n from scope s
      join activity_records ar on ar.center_id = s.center_id and ar.status = 'published' and ar.published_at >= s.lo and ar.published_at < s.hi
      group by ar.center_id),
    views as (
      select ar.center_id, sum(v.views)::int as n from scope s
      join activity_records ar on ar.center_id = s.center_id
      join record_view_days v on v.record_id = ar.id and v.day between ${period.from}::date and ${period.to}::date
      group by ar.center_id)
    select s.center_id,
      (select count(*)::int from people p where p.center_id = s.center_id) as residents,
      (select count(*)::int from workers w where w.center_id = s.center_id) as staff,
      coalesce(rc.n, 0) as records_published, coalesce(vw.n, 0) as record_views
    from scope s left join records rc on rc.center_id = s.center_id left join views vw on vw.center_id = s.center_id
    union all
    select null, (select count(distinct resident_id)::int from people), (select count(*)::int from workers),
      (select coalesce(sum(n), 0)::int from records), (select coalesce(sum(n), 0)::int from views)`.execute(db)
  return rows
}
