import { createHash, randomBytes } from 'node:crypto'
import { type RawBuilder, sql } from 'kysely'
import { RESIDENT_COOKIE, SESSION_COOKIE } from '@linli/contracts'
import type { Database } from '@linli/api/src/db/database'
import { TIME_ZONE } from './world'

/*
 * A province for the scale gate, generated in bulk SQL and grown in steps: districts of
 * CENTERS_PER_DISTRICT centers (two subdistricts of five), every center with 12 rooms and
 * RESIDENTS_PER_CENTER residents, and, from a year ago to three months ahead: four daily
 * activities (rooms 01-04), bookings twice a day in rooms 05-10 by the center's residents, three
 * check-ins per held occurrence, three sign-ups per coming one, a service request and an audit
 * entry a day. Rooms 11 and 12 are left free for the bookings the load makes. Every district has
 * the same size, so a district's report covers the same ten centers at every scale: what grows is
 * the data around it.
 */

export const CENTERS_PER_DISTRICT = 10
export const ROOMS_PER_CENTER = 12
export const RESIDENTS_PER_CENTER = 500
/** Rooms the generated bookings leave alone (the load books them). */
export const FREE_ROOMS = ['活动室 11', '活动室 12']

const NO_PASSWORD = '$argon2id$v=19$m=19456,t=2,p=1$bm90LWEtcmVhbC1oYXNo$bm90LWEtcmVhbC1oYXNoLWF0LWFsbA'
const HOURS = JSON.stringify([1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '22:00' })))
const KINDS = ['multi_function', 'meeting_room', 'party_activity', 'chess', 'seniors_home', 'youth_home']
const CATEGORIES = ['party_day', 'science', 'seniors', 'children', 'youth', 'women', 'volunteer', 'health', 'culture_sports', 'lecture', 'festival', 'meeting']

/** A deterministic 0..n-1 from SQL text. */
const h = (text: RawBuilder<unknown>, n: number) => sql`(abs(hashtext(${text})) % ${sql.lit(n)})`

export interface ScaleSpan { from: string; to: string }

/**
 * Adds centers [first, first + count) (count a multiple of CENTERS_PER_DISTRICT) with their
 * districts, rooms, residents and the span's use, in one transaction without per-row trigger and
 * foreign-key work, then recounts their report roll-ups (the triggers that keep them were off).
 */
export async function addCenters(db: Database, first: number, count: number, span: ScaleSpan): Promise<Record<string, number>> {
  const [k0, k1] = [first, first + count - 1]
  const phases: Record<string, number> = {}
  let t = performance.now()
  const lap = (phase: string) => {
    const now = performance.now()
    phases[phase] = Math.round((phases[phase] ?? 0) + (now - t))
    t = now
  }
  await db.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx)
    await sql`create table if not exists scale_centers (k int primary key, center_id uuid not null, district_id uuid not null)`.execute(trx)
    await sql`create table if not exists scale_pool (center_id uuid not null, n int not null, resident_id uuid not null, primary key (center_id, n))`.execute(trx)
    await sql`insert into regions (parent_id, level, name)
      select null, 'district', '规模区 ' || lpad(d::text, 4, '0') from generate_series(${Math.floor(k0 / CENTERS_PER_DISTRICT)}::int, ${Math.floor(k1 / CENTERS_PER_DISTRICT)}::int) d`.execute(trx)
    await sql`insert into regions (parent_id, level, name)
      select r.id, 'subdistrict', r.name || ' 街道 ' || s from regions r cross join generate_series(1, 2) s
      where r.level = 'district' and r.name like '规模区 %' and not exists (select 1 from regions x where x.parent_id = r.id)`.execute(trx)
    await sql`insert into centers (region_id, name, address, area_m2, time_zone, opening_hours)
      select sub.id, '规模党群服务中心 ' || lpad(k::text, 5, '0'), '河南省', 3000, ${TIME_ZONE}, ${HOURS}::jsonb
      from generate_series(${k0}::int, ${k1}::int) k
      join regions sub on sub.name = '规模区 ' || lpad((k / ${sql.lit(CENTERS_PER_DISTRICT)})::text, 4, '0') || ' 街道 ' || (1 + (k % ${sql.lit(CENTERS_PER_DISTRICT)}) * 2 / ${sql.lit(CENTERS_PER_DISTRICT)})`.execute(trx)
    await sql`insert into scale_centers (k, center_id, district_id)
      select substring(c.name from 10)::int, c.id, sub.parent_id from centers c join regions sub on sub.id = c.region_id
      where c.name like '规模党群服务中心 %' and substring(c.name from 10)::int between ${k0} and ${k1}`.execute(trx)
    await sql`insert into rooms (center_id, name, kind, capacity, floor, access)
      select s.center_id, '活动室 ' || lpad(r::text, 2, '0'), (${sql.val(KINDS)}::text[])[1 + r % ${sql.lit(KINDS.length)}], 40, 1 + r % 3, 'resident'
      from scale_centers s cross join generate_series(1, ${sql.lit(ROOMS_PER_CENTER)}) r where s.k between ${k0} and ${k1}`.execute(trx)
    await sql`insert into residents (name, phone, password_hash)
      select '居民' || n, '15' || lpad(n::text, 9, '0'), ${NO_PASSWORD}
      from generate_series(${k0 * RESIDENTS_PER_CENTER}::int, ${(k1 + 1) * RESIDENTS_PER_CENTER - 1}::int) n`.execute(trx)
    await sql`insert into scale_pool (center_id, n, resident_id)
      select s.center_id, substring(r.phone from 3)::int % ${sql.lit(RESIDENTS_PER_CENTER)}, r.id
      from residents r join scale_centers s on s.k = substring(r.phone from 3)::int / ${sql.lit(RESIDENTS_PER_CENTER)}
      where r.phone like '15%' and substring(r.phone from 3)::int between ${k0 * RESIDENTS_PER_CENTER} and ${(k1 + 1) * RESIDENTS_PER_CENTER - 1}`.execute(trx)
    // The tables were empty when the session began: without fresh statistics the joins below plan as nested loops.
    await sql`analyze scale_centers, scale_pool, rooms`.execute(trx)
    lap('centers, rooms, residents')
    await fillUse(trx, k0, k1, span, lap)
  })
  lap('commit')
  await sql`analyze`.execute(db)
  lap('analyze')
  // The roll-ups, recounted from the rows (the triggers were off). All centers in one pass: the
  // function's one-center form reads the whole of occurrences each time (its filter is `center is
  // null or center_id = center`, which no index serves), so a call per new center grows as n².
  await db.transaction().execute((trx) => sql`select report_rollups_rebuild(null)`.execute(trx))
  await sql`analyze report_month_activity, report_month_residents, report_month_bookings, report_month_room_use, report_month_service, report_month_volunteers`.execute(db)
  lap('report roll-ups')
  return phases
}

async function fillUse(db: Database, k0: number, k1: number, span: ScaleSpan, lap: (phase: string) => void) {
  const days = sql`generate_series(${span.from}::date, ${span.to}::date, interval '1 day') as d(day)`
  const fresh = sql`(select center_id from scale_centers where k between ${k0} and ${k1})`
  await sql`insert into activities (center_id, title, category, organiser_kind, organiser_name, room_id, starts_local, ends_local, rrule, status, capacity)
    select r.center_id, '规模-' || substring(r.name from 5), (${sql.val(CATEGORIES)}::text[])[1 + ${h(sql`r.id::text`, CATEGORIES.length)}],
      'center', '中心', r.id, ${span.from}::date + t, ${span.from}::date + t + interval '2 hours', 'FREQ=DAILY', 'published', 40
    from rooms r cross join lateral (select case when r.name <= '活动室 02' then time '09:00' else time '14:00' end as t) s
    where r.center_id in ${fresh} and r.name <= '活动室 04'`.execute(db)
  lap('activities')
  await sql`insert into occurrences (activity_id, center_id, room_id, recurrence_local, starts_at, ends_at, status)
    select a.id, a.center_id, a.room_id, l, l at time zone ${TIME_ZONE}, (l + interval '2 hours') at time zone ${TIME_ZONE},
      case when ${h(sql`a.id::text || d.day::text`, 33)} = 0 then 'cancelled' else 'scheduled' end
    from activities a cross join ${days}
    cross join lateral (select d.day + case when right(a.title, 2) <= '02' then time '09:00' else time '14:00' end as l) s
    where a.center_id in ${fresh}`.execute(db)
  await sql`analyze occurrences`.execute(db)
  lap('occurrences')
  await sql`insert into room_reservations (room_id, during, occurrence_id)
    select o.room_id, tstzrange(o.starts_at, o.ends_at), o.id from occurrences o
    where o.center_id in ${fresh} and o.status = 'scheduled'`.execute(db)
  lap('room_reservations')
  await sql`insert into check_ins (occurrence_id, center_id, resident_id, method, checked_in_at)
    select o.id, o.center_id, p.resident_id, 'qr', o.starts_at
    from occurrences o cross join generate_series(0, 2) j
    join scale_pool p on p.center_id = o.center_id and p.n = (${h(sql`o.id::text`, RESIDENTS_PER_CENTER)} + j * 37) % ${sql.lit(RESIDENTS_PER_CENTER)}
    where o.center_id in ${fresh} and o.status = 'scheduled' and o.starts_at < now()`.execute(db)
  lap('check_ins')
  await sql`insert into registrations (occurrence_id, activity_id, center_id, resident_id, status, source)
    select o.id, o.activity_id, o.center_id, p.resident_id, 'confirmed', 'resident'
    from occurrences o cross join generate_series(0, 2) j
    join scale_pool p on p.center_id = o.center_id and p.n = (${h(sql`o.id::text || 'r'`, RESIDENTS_PER_CENTER)} + j * 41) % ${sql.lit(RESIDENTS_PER_CENTER)}
    where o.center_id in ${fresh} and o.status = 'scheduled' and o.starts_at >= now()`.execute(db)
  lap('registrations')
  await sql`insert into bookings (room_id, center_id, resident_id, purpose, headcount, starts_at, ends_at, status, late_cancellation)
    select r.id, r.center_id, p.resident_id, '议事', 6, t, t + interval '90 minutes',
      case when t >= now() then (case when x < 90 then 'approved' else 'cancelled' end)
        when x < 70 then 'completed' when x < 76 then 'no_show' when x < 88 then 'cancelled' when x < 92 then 'rejected' when x < 95 then 'expired' else 'completed' end,
      t < now() and x >= 76 and x < 80
    from rooms r cross join ${days} cross join (values (time '09:00'), (time '14:00')) s(st)
    cross join lateral (select (d.day + s.st) at time zone ${TIME_ZONE} as t) w
    cross join lateral (select ${h(sql`r.id::text || d.day::text || s.st::text`, 100)} as x) roll
    join scale_pool p on p.center_id = r.center_id and p.n = ${h(sql`r.id::text || d.day::text || s.st::text || 'p'`, RESIDENTS_PER_CENTER)}
    where r.center_id in ${fresh} and r.name between '活动室 05' and '活动室 10'`.execute(db)
  await sql`analyze bookings`.execute(db)
  lap('bookings')
  await sql`insert into room_reservations (room_id, during, booking_id)
    select b.room_id, tstzrange(b.starts_at, b.ends_at + interval '15 minutes'), b.id from bookings b
    where b.center_id in ${fresh} and b.status in ('requested', 'approved', 'checked_in')`.execute(db)
  lap('room_reservations')
  await sql`insert into service_requests (center_id, received_at, category, description, status, closed_at)
    select s.center_id, t, (array['policy','social_security','legal_aid','property','environment','elderly_care','other'])[1 + ${h(sql`s.center_id::text || t::text`, 7)}], '来访',
      'resolved_on_spot', t
    from scale_centers s cross join ${days} cross join lateral (select (d.day + time '10:00') at time zone ${TIME_ZONE} as t) w
    where s.k between ${k0} and ${k1} and t < now()`.execute(db)
  lap('service_requests')
  await sql`insert into audit_log (at, actor_kind, actor_id, center_id, entity, entity_id, action, before, after)
    select b.starts_at - interval '2 days', 'resident', b.resident_id, b.center_id, 'booking', b.id::text, 'create', null, jsonb_build_object('status', b.status)
    from bookings b where b.center_id in ${fresh} and right(b.id::text, 1) < '4'`.execute(db)
  lap('audit_log')
}

/** Table sizes for the notes: rows and the database's bytes. */
export async function sizes(db: Database) {
  const tables = ['centers', 'rooms', 'residents', 'activities', 'occurrences', 'check_ins', 'registrations', 'bookings', 'room_reservations', 'service_requests', 'audit_log'] as const
  const out: Record<string, number> = {}
  for (const t of tables) out[t] = (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(db)).rows[0]!.n
  out.bytes = Number((await sql<{ b: string }>`select pg_database_size(current_database())::text as b`.execute(db)).rows[0]!.b)
  return out
}

export interface ScaleCenter { k: number; centerId: string; districtId: string }

export async function scaleCenters(db: Database): Promise<ScaleCenter[]> {
  const { rows } = await sql<{ k: number; center_id: string; district_id: string }>`select k, center_id, district_id from scale_centers order by k`.execute(db)
  return rows.map((r) => ({ k: r.k, centerId: r.center_id, districtId: r.district_id }))
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex')
const farFuture = () => new Date(Date.now() + 30 * 86_400_000)

/** Live sessions for residents, as Cookie headers: `count` of the generated ones (with their history), or new ones with none (for bookings and sign-ups, whose quotas the generated ones may have used). */
export async function residentSessions(db: Database, count: number, fresh?: { offset: number }) {
  const { rows } = fresh
    ? await sql<{ id: string }>`insert into residents (name, phone, password_hash)
        select '新居民' || n, '16' || lpad(n::text, 9, '0'), ${NO_PASSWORD} from generate_series(${fresh.offset}::int, ${fresh.offset + count - 1}::int) n returning id`.execute(db)
    : await sql<{ id: string }>`select id from residents where phone like '15%' order by md5(id::text) limit ${count}`.execute(db)
  const tokens = rows.map(() => randomBytes(32).toString('base64url'))
  await sql`insert into sessions (id, resident_id, expires_at)
    select t, r, ${farFuture()} from unnest(${tokens.map(digest)}::text[], ${rows.map((r) => r.id)}::uuid[]) as x(t, r)`.execute(db)
  return rows.map((r, i) => ({ residentId: r.id, cookie: `${RESIDENT_COOKIE}=${tokens[i]}` }))
}

/** A staff member with a live session (district admin of a district, or manager of a center); returns the Cookie header. */
export async function staffSession(db: Database, who: { role: 'district_admin'; regionId: string } | { role: 'center_manager'; centerId: string }, username: string) {
  const { rows } = await sql<{ id: string }>`insert into staff (username, display_name, password_hash, role, region_id, center_id)
    values (${username}, '规模测试', ${NO_PASSWORD}, ${who.role}, ${'regionId' in who ? who.regionId : null}, ${'centerId' in who ? who.centerId : null}) returning id`.execute(db)
  const token = randomBytes(32).toString('base64url')
  await sql`insert into sessions (id, staff_id, expires_at) values (${digest(token)}, ${rows[0]!.id}, ${farFuture()})`.execute(db)
  return `${SESSION_COOKIE}=${token}`
}
