import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
//
// The rest of a region report from monthly roll-ups (issue 17, goal 4), as 2026_12_07_1500_report_rollups
// does for attendance: per center and local month, rooms' booked and used hours (bookings per room and
// status, with the bookings counted in the month they start; held occurrences' hours per room), 民情
// per category, and volunteer service per resident (so distinct volunteers are a count of rows, exact).
// An hour belongs to the local month it falls in: a booking or occurrence over a month's end is split.
// Kept by triggers in the writing transaction: one upsert per booking write (on the rows of the months
// it touches, usually one), per service request, per volunteer service row; recomputed by
// report_rollups_rebuild (`npm run linli -- rebuild-rollups`), which now counts these too. Rows whose
// counts fall to zero stay (a booking changing status moves its count between rows); readers skip them.

/** The local months [a, b) touches in zone tz: the seconds of it in each, and whether a starts in it. */
const monthParts = sql`create function report_month_parts(tz text, a timestamptz, b timestamptz)
  returns table (month date, seconds double precision, first boolean) language sql stable as $$
  select m::date, extract(epoch from least(b, (m + interval '1 month') at time zone tz) - greatest(a, m at time zone tz))::float8,
    m = date_trunc('month', a at time zone tz)
  from generate_series(date_trunc('month', a at time zone tz), date_trunc('month', b at time zone tz), interval '1 month') m
  $$`

/** Rebuild bodies, shared by report_rollups_rebuild_more (for `center`, or every center when null). */
const rebuildBookings = sql`insert into report_month_bookings (center_id, month, room_id, status, bookings, late, seconds)
  select b.center_id, p.month, b.room_id, b.status, count(*) filter (where p.first), count(*) filter (where p.first and b.late_cancellation), sum(p.seconds)
  from bookings b join centers c on c.id = b.center_id cross join report_month_parts(c.time_zone, b.starts_at, b.ends_at) p
  where center is null or b.center_id = center
  group by 1, 2, 3, 4`
const rebuildRoomUse = sql`insert into report_month_room_use (center_id, month, room_id, seconds)
  select o.center_id, p.month, o.room_id, sum(p.seconds)
  from occurrences o join activities a on a.id = o.activity_id join centers c on c.id = o.center_id
  cross join report_month_parts(c.time_zone, o.starts_at, o.ends_at) p
  where (center is null or o.center_id = center) and o.room_id is not null and o.status = 'scheduled' and a.status = 'published'
  group by 1, 2, 3`
const rebuildService = sql`insert into report_month_service (center_id, month, category, received, resolved_on_spot, transferred, closed)
  select r.center_id, date_trunc('month', r.received_at at time zone c.time_zone)::date, r.category, count(*),
    count(*) filter (where r.status = 'resolved_on_spot'), count(*) filter (where r.transferred_at is not null),
    count(*) filter (where r.transferred_at is not null and r.status = 'closed')
  from service_requests r join centers c on c.id = r.center_id
  where center is null or r.center_id = center
  group by 1, 2, 3`
const rebuildVolunteers = sql`insert into report_month_volunteers (center_id, month, resident_id, services, minutes, points)
  select v.center_id, date_trunc('month', v.served_at at time zone c.time_zone)::date, m.resident_id, count(*), sum(v.minutes), sum(v.points)
  from volunteer_service v join volunteer_members m on m.id = v.member_id join centers c on c.id = v.center_id
  where center is null or v.center_id = center
  group by 1, 2, 3`

/** report_rollups_rebuild of 2026_12_07_1500, unchanged but for the call at its end. */
const rebuildAttendance = sql`
      lock table report_month_activity, report_month_residents in share row exclusive mode;
      delete from report_month_activity where center is null or center_id = center;
      delete from report_month_residents where center is null or center_id = center;
      perform report_category_bit(a.category) from (select distinct category from activities where center is null or center_id = center) a;
      create temporary table report_held on commit drop as
        select o.id, o.center_id, date_trunc('month', o.starts_at at time zone c.time_zone)::date as month, a.category, k.bit
        from occurrences o join activities a on a.id = o.activity_id join centers c on c.id = o.center_id
        join report_categories k on k.category = a.category
        where (center is null or o.center_id = center) and o.status = 'scheduled' and a.status = 'published';
      insert into report_month_activity (center_id, month, category, held, check_ins, person_times, walk_ins)
        select h.center_id, h.month, h.category, count(distinct h.id), count(ci.id), coalesce(sum(ci.headcount), 0),
          coalesce(sum(ci.headcount) filter (where ci.id is not null and ci.resident_id is null), 0)
        from report_held h left join check_ins ci on ci.occurrence_id = h.id
        group by 1, 2, 3;
      insert into report_month_residents (center_id, month, resident_id, check_ins, categories)
        select center_id, month, resident_id,
          (select array_agg(coalesce(x.n, 0) order by g.i) from generate_series(0, max(per_bit.bit)) g(i)
            left join unnest(array_agg(per_bit.bit), array_agg(per_bit.n)) x(bit, n) on x.bit = g.i),
          bit_or(1::bigint << per_bit.bit)
        from (select h.center_id, h.month, ci.resident_id, h.bit, count(*)::integer as n
          from report_held h join check_ins ci on ci.occurrence_id = h.id and ci.resident_id is not null
          group by 1, 2, 3, 4) per_bit
        group by 1, 2, 3;
      drop table report_held;`

const statements = [
  monthParts,
  sql`create table report_month_bookings (
    center_id uuid not null,
    month date not null,
    room_id uuid not null,
    status text not null,
    bookings integer not null default 0,
    late integer not null default 0,
    seconds double precision not null default 0,
    primary key (center_id, month, room_id, status)
  )`,
  sql`create table report_month_room_use (
    center_id uuid not null,
    month date not null,
    room_id uuid not null,
    seconds double precision not null default 0,
    primary key (center_id, month, room_id)
  )`,
  sql`create table report_month_service (
    center_id uuid not null,
    month date not null,
    category text not null,
    received integer not null default 0,
    resolved_on_spot integer not null default 0,
    transferred integer not null default 0,
    closed integer not null default 0,
    primary key (center_id, month, category)
  )`,
  sql`create table report_month_volunteers (
    center_id uuid not null,
    month date not null,
    resident_id uuid not null,
    services integer not null default 0,
    minutes integer not null default 0,
    points integer not null default 0,
    primary key (center_id, month, resident_id)
  )`,

  // Bookings: the old row counted out and the new one in, in one upsert. A booking whose center is
  // gone (a center's delete cascading) is skipped: the center's trigger drops its roll-ups.
  sql`create function report_booking_changed() returns trigger language plpgsql as $$
    begin
      insert into report_month_bookings as r (center_id, month, room_id, status, bookings, late, seconds)
        select x.center_id, p.month, x.room_id, x.status, sum(x.sign * p.first::int), sum(x.sign * (p.first and x.late)::int), sum(x.sign * p.seconds)
        from (select old.center_id, old.room_id, old.status, old.late_cancellation as late, old.starts_at, old.ends_at, -1 as sign where tg_op <> 'INSERT'
          union all select new.center_id, new.room_id, new.status, new.late_cancellation, new.starts_at, new.ends_at, 1 where tg_op <> 'DELETE') x
        join centers c on c.id = x.center_id
        cross join report_month_parts(c.time_zone, x.starts_at, x.ends_at) p
        group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict (center_id, month, room_id, status) do update set bookings = r.bookings + excluded.bookings, late = r.late + excluded.late,
          seconds = r.seconds + excluded.seconds;
      return null;
    end $$`,
  sql`create trigger report_booking_written after insert or delete on bookings for each row execute function report_booking_changed()`,
  sql`create trigger report_booking_moved after update on bookings for each row
    when (old.status is distinct from new.status or old.starts_at is distinct from new.starts_at or old.ends_at is distinct from new.ends_at
      or old.room_id is distinct from new.room_id or old.center_id is distinct from new.center_id or old.late_cancellation is distinct from new.late_cancellation)
    execute function report_booking_changed()`,

  // Held occurrences' hours in their rooms, given as arrays (an activity's change counts all its occurrences).
  sql`create function report_count_room_use(room_ids uuid[], center_ids uuid[], starts timestamptz[], ends timestamptz[], sign integer)
    returns void language sql as $$
    insert into report_month_room_use as r (center_id, month, room_id, seconds)
      select u.center_id, p.month, u.room_id, sign * sum(p.seconds)
      from unnest(room_ids, center_ids, starts, ends) u(room_id, center_id, a, b) join centers c on c.id = u.center_id
      cross join report_month_parts(c.time_zone, u.a, u.b) p
      where u.room_id is not null
      group by 1, 2, 3 order by 1, 2, 3
      on conflict (center_id, month, room_id) do update set seconds = r.seconds + excluded.seconds
    $$`,
  // As report_occurrence_changed: a delete counts out before the row goes; an occurrence whose
  // activity is gone (an activity's delete cascading) was counted out by the activity's trigger.
  sql`create function report_occurrence_room_use() returns trigger language plpgsql as $$
    begin
      if tg_op <> 'INSERT' and old.status = 'scheduled' and old.room_id is not null
        and exists (select 1 from activities where id = old.activity_id and status = 'published') then
        perform report_count_room_use(array[old.room_id], array[old.center_id], array[old.starts_at], array[old.ends_at], -1);
      end if;
      if tg_op <> 'DELETE' and new.status = 'scheduled' and new.room_id is not null
        and exists (select 1 from activities where id = new.activity_id and status = 'published') then
        perform report_count_room_use(array[new.room_id], array[new.center_id], array[new.starts_at], array[new.ends_at], 1);
      end if;
      return case when tg_op = 'DELETE' then old else null end;
    end $$`,
  sql`create trigger report_room_use_written after insert on occurrences for each row execute function report_occurrence_room_use()`,
  sql`create trigger report_room_use_deleted before delete on occurrences for each row execute function report_occurrence_room_use()`,
  sql`create trigger report_room_use_moved after update on occurrences for each row
    when (old.status is distinct from new.status or old.starts_at is distinct from new.starts_at or old.ends_at is distinct from new.ends_at
      or old.room_id is distinct from new.room_id or old.center_id is distinct from new.center_id or old.activity_id is distinct from new.activity_id)
    execute function report_occurrence_room_use()`,
  sql`create function report_activity_room_use() returns trigger language plpgsql as $$
    declare
      room_ids uuid[];
      center_ids uuid[];
      starts timestamptz[];
      ends timestamptz[];
    begin
      select array_agg(room_id), array_agg(center_id), array_agg(starts_at), array_agg(ends_at) into room_ids, center_ids, starts, ends
        from occurrences where activity_id = old.id and status = 'scheduled' and room_id is not null;
      if room_ids is not null then
        if old.status = 'published' then perform report_count_room_use(room_ids, center_ids, starts, ends, -1); end if;
        if tg_op = 'UPDATE' and new.status = 'published' then perform report_count_room_use(room_ids, center_ids, starts, ends, 1); end if;
      end if;
      return case when tg_op = 'DELETE' then old else null end;
    end $$`,
  sql`create trigger report_activity_room_use after update on activities for each row
    when (old.status is distinct from new.status) execute function report_activity_room_use()`,
  sql`create trigger report_activity_room_use_deleted before delete on activities for each row execute function report_activity_room_use()`,

  // 民情, by the local month they were received.
  sql`create function report_service_request_changed() returns trigger language plpgsql as $$
    begin
      insert into report_month_service as r (center_id, month, category, received, resolved_on_spot, transferred, closed)
        select x.center_id, date_trunc('month', x.received_at at time zone c.time_zone)::date, x.category, sum(x.sign),
          sum(x.sign * (x.status = 'resolved_on_spot')::int), sum(x.sign * (x.transferred_at is not null)::int),
          sum(x.sign * (x.transferred_at is not null and x.status = 'closed')::int)
        from (select old.center_id, old.received_at, old.category, old.status, old.transferred_at, -1 as sign where tg_op <> 'INSERT'
          union all select new.center_id, new.received_at, new.category, new.status, new.transferred_at, 1 where tg_op <> 'DELETE') x
        join centers c on c.id = x.center_id
        group by 1, 2, 3 order by 1, 2, 3
        on conflict (center_id, month, category) do update set received = r.received + excluded.received,
          resolved_on_spot = r.resolved_on_spot + excluded.resolved_on_spot, transferred = r.transferred + excluded.transferred,
          closed = r.closed + excluded.closed;
      return null;
    end $$`,
  sql`create trigger report_service_request_written after insert or delete on service_requests for each row execute function report_service_request_changed()`,
  sql`create trigger report_service_request_moved after update on service_requests for each row
    when (old.status is distinct from new.status or old.received_at is distinct from new.received_at or old.category is distinct from new.category
      or old.transferred_at is distinct from new.transferred_at or old.center_id is distinct from new.center_id)
    execute function report_service_request_changed()`,

  // Volunteer service, per resident (through the member). A row whose member is gone (a member's
  // delete cascading) is skipped: the member's trigger counted its service out first.
  sql`create function report_volunteer_service_changed() returns trigger language plpgsql as $$
    begin
      insert into report_month_volunteers as r (center_id, month, resident_id, services, minutes, points)
        select x.center_id, date_trunc('month', x.served_at at time zone c.time_zone)::date, m.resident_id, sum(x.sign), sum(x.sign * x.minutes), sum(x.sign * x.points)
        from (select old.center_id, old.member_id, old.served_at, old.minutes, old.points, -1 as sign where tg_op <> 'INSERT'
          union all select new.center_id, new.member_id, new.served_at, new.minutes, new.points, 1 where tg_op <> 'DELETE') x
        join volunteer_members m on m.id = x.member_id join centers c on c.id = x.center_id
        group by 1, 2, 3 order by 1, 2, 3
        on conflict (center_id, month, resident_id) do update set services = r.services + excluded.services,
          minutes = r.minutes + excluded.minutes, points = r.points + excluded.points;
      return null;
    end $$`,
  sql`create trigger report_volunteer_service_written after insert or delete on volunteer_service for each row execute function report_volunteer_service_changed()`,
  sql`create trigger report_volunteer_service_moved after update on volunteer_service for each row
    when (old.served_at is distinct from new.served_at or old.minutes is distinct from new.minutes or old.points is distinct from new.points
      or old.member_id is distinct from new.member_id or old.center_id is distinct from new.center_id)
    execute function report_volunteer_service_changed()`,
  sql`create function report_count_member_service(member uuid, resident uuid, sign integer) returns void language sql as $$
    insert into report_month_volunteers as r (center_id, month, resident_id, services, minutes, points)
      select v.center_id, date_trunc('month', v.served_at at time zone c.time_zone)::date, resident, sign * count(*), sign * sum(v.minutes), sign * sum(v.points)
      from volunteer_service v join centers c on c.id = v.center_id
      where v.member_id = member
      group by 1, 2 order by 1, 2
      on conflict (center_id, month, resident_id) do update set services = r.services + excluded.services,
        minutes = r.minutes + excluded.minutes, points = r.points + excluded.points
    $$`,
  sql`create function report_volunteer_member_changed() returns trigger language plpgsql as $$
    begin
      perform report_count_member_service(old.id, old.resident_id, -1);
      if tg_op = 'UPDATE' then perform report_count_member_service(new.id, new.resident_id, 1); end if;
      return case when tg_op = 'DELETE' then old else null end;
    end $$`,
  sql`create trigger report_volunteer_member_moved after update on volunteer_members for each row
    when (old.resident_id is distinct from new.resident_id) execute function report_volunteer_member_changed()`,
  sql`create trigger report_volunteer_member_deleted before delete on volunteer_members for each row execute function report_volunteer_member_changed()`,

  // The rebuild and the center's triggers, now over these tables too.
  sql`create function report_rollups_rebuild_more(center uuid) returns void language plpgsql as $$
    begin
      lock table report_month_bookings, report_month_room_use, report_month_service, report_month_volunteers in share row exclusive mode;
      delete from report_month_bookings where center is null or center_id = center;
      delete from report_month_room_use where center is null or center_id = center;
      delete from report_month_service where center is null or center_id = center;
      delete from report_month_volunteers where center is null or center_id = center;
      ${rebuildBookings};
      ${rebuildRoomUse};
      ${rebuildService};
      ${rebuildVolunteers};
    end $$`,
  sql`create or replace function report_rollups_rebuild(center uuid) returns void language plpgsql as $$
    begin
      ${rebuildAttendance}
      perform report_rollups_rebuild_more(center);
    end $$`,
  sql`create or replace function report_center_changed() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        delete from report_month_activity where center_id = old.id;
        delete from report_month_residents where center_id = old.id;
        delete from report_month_bookings where center_id = old.id;
        delete from report_month_room_use where center_id = old.id;
        delete from report_month_service where center_id = old.id;
        delete from report_month_volunteers where center_id = old.id;
      else
        perform report_rollups_rebuild(new.id);
      end if;
      return null;
    end $$`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
