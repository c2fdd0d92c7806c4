import { type RawBuilder, sql } from 'kysely'
import { SESSION_COOKIE } from '@linli/contracts'
import type { Database } from '@linli/api/src/db/database'
import { createSession } from '@linli/api/src/modules/auth/sessions.repository'
import { insertStaff } from '@linli/api/src/modules/auth/staff.repository'
import { insertCenter } from '@linli/api/src/modules/centers/centers.repository'
import { insertRegion } from '@linli/api/src/modules/regions/regions.repository'
import { insertRoom } from '@linli/api/src/modules/rooms/rooms.repository'
import { TIME_ZONE } from './world'

const NO_PASSWORD = '$argon2id$v=19$m=19456,t=2,p=1$bm90LWEtcmVhbC1oYXNo$bm90LWEtcmVhbC1oYXNoLWF0LWFsbA'
const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:30', closes: '21:00' }))
const ROOMS = 10
const RESIDENTS = 200

export interface ReportWorld { districtId: string; centerIds: string[]; adminCookie: string; managerCookie: string }

/** A district of `centers` centers in three subdistricts, ten rooms each, a district admin and one center's manager. */
export async function newReportWorld(db: Database, centers: number): Promise<ReportWorld> {
  const district = await insertRegion(db, { parentId: null, level: 'district', name: '基准区' })
  const subs = await Promise.all([1, 2, 3].map((i) => insertRegion(db, { parentId: district.id, level: 'subdistrict', name: `基准街道 ${i}` })))
  const centerIds: string[] = []
  for (let c = 0; c < centers; c++) {
    const id = await insertCenter(db, { regionId: subs[c % 3]!.id, name: `基准党群服务中心 ${String(c + 1).padStart(2, '0')}`, address: '郑州市', areaM2: 3000, timeZone: TIME_ZONE, openingHours: hours })
    for (let r = 0; r < ROOMS; r++) await insertRoom(db, id, { name: `活动室 ${String(r + 1).padStart(2, '0')}`, kind: r < 6 ? 'multi_function' : 'meeting_room', capacity: 40, floor: 1, access: 'resident' })
    centerIds.push(id)
  }
  const session = async (staff: { id: string }) => `${SESSION_COOKIE}=${await createSession(db, { staffId: staff.id }, new Date(Date.now() + 86_400_000))}`
  const admin = await insertStaff(db, { username: 'bench-district', displayName: '基准', passwordHash: NO_PASSWORD, role: 'district_admin', regionId: district.id })
  const manager = await insertStaff(db, { username: 'bench-report-manager', displayName: '基准', passwordHash: NO_PASSWORD, role: 'center_manager', centerId: centerIds[0]! })
  return { districtId: district.id, centerIds, adminCookie: await session(admin), managerCookie: await session(manager) }
}

/** A deterministic 0..n-1 from SQL text. */
const h = (text: RawBuilder<unknown>, n: number) => sql`(abs(hashtext(${text})) % ${sql.lit(n)})`

/**
 * A year of use in every center, in bulk SQL: 12 daily activities (two two-hour slots in each of six
 * rooms), 3 % of occurrences cancelled; per occurrence 5 residents from a pool of 200 and a walk-in
 * row; 12 bookings a day in the other four rooms with a realistic status mix; 3 service requests and
 * 5 stretches of volunteer service a day; a late-cancelled sign-up on one occurrence in ten; a
 * 50-member target group. Returns the row counts.
 */
export async function addYearOfUse(db: Database, from: string, to: string): Promise<Record<string, number>> {
  // One transaction without per-row foreign-key and trigger work (session_replication_role): the
  // rows are made consistent by construction, and a year of a district loads in seconds, not minutes.
  await db.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx)
    await fill(trx, from, to)
  })
  await sql`analyze`.execute(db)
  const counts: Record<string, number> = {}
  for (const t of ['occurrences', 'check_ins', 'bookings', 'service_requests', 'volunteer_service', 'registrations'] as const)
    counts[t] = (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(db)).rows[0]!.n
  return counts
}

async function fill(db: Database, from: string, to: string) {
  const days = sql`generate_series(${from}::date, ${to}::date, interval '1 day') as d(day)`
  await sql`insert into residents (name, phone, password_hash)
    select '居民' || n, '13' || lpad(n::text, 9, '0'), ${NO_PASSWORD} from generate_series(1, ${(await centerCount(db)) * RESIDENTS}) n`.execute(db)
  await sql`create table bench_pool as
    select c.id as center_id, (row_number() over (partition by c.id order by r.phone) - 1)::int as n, r.id as resident_id
    from (select id, row_number() over (order by id) as k from centers) c
    join (select id, phone, row_number() over (order by phone) as k from residents) r
      on (r.k - 1) / ${RESIDENTS} = c.k - 1`.execute(db)
  await sql`create index on bench_pool (center_id, n)`.execute(db)
  await sql`insert into activities (center_id, title, category, organiser_kind, organiser_name, room_id, starts_local, ends_local, rrule, status, capacity)
    select c.id, 'bench-' || k, (array['party_day','science','seniors','children','youth','women','volunteer','health','culture_sports','lecture','festival','meeting'])[k],
      'center', '中心', r.id, '2025-01-01 09:00', '2025-01-01 11:00', 'FREQ=DAILY', 'published', 40
    from centers c cross join generate_series(1, 12) k
    join rooms r on r.center_id = c.id and r.name = '活动室 ' || lpad((1 + (k - 1) % 6)::text, 2, '0')`.execute(db)
  await sql`insert into occurrences (activity_id, center_id, room_id, recurrence_local, starts_at, ends_at, status)
    select a.id, a.center_id, a.room_id, l, l at time zone ${TIME_ZONE}, (l + interval '2 hours') at time zone ${TIME_ZONE},
      case when ${h(sql`a.id::text || d.day::text`, 33)} = 0 then 'cancelled' else 'scheduled' end
    from activities a cross join ${days}
    cross join lateral (select d.day + case when substring(a.title from 7)::int <= 6 then time '09:00' else time '14:00' end as l) s
    where a.title like 'bench-%'`.execute(db)
  await sql`insert into check_ins (occurrence_id, center_id, resident_id, method, checked_in_at)
    select o.id, o.center_id, p.resident_id, 'qr', o.starts_at
    from occurrences o cross join generate_series(0, 4) j
    join bench_pool p on p.center_id = o.center_id and p.n = (${h(sql`o.id::text`, RESIDENTS)} + j * 37) % ${sql.lit(RESIDENTS)}
    where o.status = 'scheduled'`.execute(db)
  await sql`insert into check_ins (occurrence_id, center_id, method, headcount, checked_in_at)
    select o.id, o.center_id, 'walk_in', 1 + ${h(sql`o.id::text || 'w'`, 10)}, o.starts_at from occurrences o where o.status = 'scheduled'`.execute(db)
  await sql`insert into registrations (occurrence_id, activity_id, center_id, resident_id, status, source, late_cancellation)
    select o.id, o.activity_id, o.center_id, p.resident_id, 'cancelled', 'resident', true
    from occurrences o join bench_pool p on p.center_id = o.center_id and p.n = (${h(sql`o.id::text`, RESIDENTS)} + 190) % ${sql.lit(RESIDENTS)}
    where ${h(sql`o.id::text || 'r'`, 10)} = 0`.execute(db)
  await sql`insert into organisations (center_id, name) select id, '居民小组' from centers`.execute(db)
  await sql`insert into bookings (room_id, center_id, organisation_id, purpose, headcount, starts_at, ends_at, status, late_cancellation)
    select r.id, r.center_id, (select o.id from organisations o where o.center_id = r.center_id), '议事', 6, (d.day + s.t) at time zone ${TIME_ZONE}, (d.day + s.t + interval '90 minutes') at time zone ${TIME_ZONE},
      case when x < 70 then 'completed' when x < 76 then 'no_show' when x < 88 then 'cancelled' when x < 92 then 'rejected' when x < 95 then 'expired' else 'approved' end,
      x >= 76 and x < 80
    from rooms r cross join ${days} cross join (values (time '09:00'), (time '14:00'), (time '19:00')) s(t)
    cross join lateral (select ${h(sql`r.id::text || d.day::text || s.t::text`, 100)} as x) roll
    where r.name > '活动室 06'`.execute(db)
  await sql`insert into service_requests (center_id, received_at, category, description, status, department, transferred_at, closed_at)
    select c.id, t, (array['policy','social_security','legal_aid','property','environment','elderly_care','other'])[1 + ${h(sql`c.id::text || t::text || 'c'`, 7)}], '来访',
      case when x < 52 then 'resolved_on_spot' when x < 77 then (case when x < 76 then 'closed' else 'transferred' end) else 'registered' end,
      case when x between 52 and 76 then '街道' end, case when x between 52 and 76 then t + interval '2 hours' end,
      case when x < 52 then t when x < 76 then t + interval '3 days' end
    from centers c cross join ${days} cross join generate_series(0, 2) k
    cross join lateral (select (d.day + time '09:00' + k * interval '2 hours') at time zone ${TIME_ZONE} as t) s
    cross join lateral (select ${h(sql`c.id::text || t::text`, 100)} as x) roll`.execute(db)
  await sql`insert into volunteer_teams (center_id, name) select c.id, '志愿服务队 ' || k from centers c cross join generate_series(1, 2) k`.execute(db)
  await sql`insert into volunteer_members (team_id, center_id, resident_id, public_alias, leaderboard_consent)
    select t.id, t.center_id, p.resident_id, '志愿者' || p.n, p.n % 2 = 0
    from volunteer_teams t join bench_pool p on p.center_id = t.center_id and p.n between 10 * (right(t.name, 1)::int - 1) and 10 * right(t.name, 1)::int - 1`.execute(db)
  await sql`insert into volunteer_service (member_id, center_id, served_at, minutes, points)
    select m.id, m.center_id, (d.day + time '09:00') at time zone ${TIME_ZONE}, 60 + 30 * ${h(sql`m.id::text || d.day::text || 'm'`, 4)}, 10
    from volunteer_members m cross join ${days}
    where ${h(sql`m.id::text || d.day::text`, 4)} = 0`.execute(db)
  await sql`insert into resident_groups (center_id, name) select id, '党员' from centers`.execute(db)
  await sql`insert into resident_group_members (group_id, resident_id, joined_at)
    select g.id, p.resident_id, ${from}::date from resident_groups g join bench_pool p on p.center_id = g.center_id and p.n < 50`.execute(db)
}

const centerCount = async (db: Database) => (await sql<{ n: number }>`select count(*)::int as n from centers`.execute(db)).rows[0]!.n
