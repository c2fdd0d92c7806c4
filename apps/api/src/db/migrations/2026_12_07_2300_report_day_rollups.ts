import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
//
// Daily roll-ups of attendance (issue 17, goal 4), so a report over part of a month — a year up to
// yesterday starts and ends inside one — reads roll-ups instead of every occurrence and check-in of
// those weeks: report_day_activity holds what report_month_activity (2026_12_07_1500_report_rollups)
// holds, per local day; report_day_residents a resident's check-ins per category and day (the counts
// that tell when a day's category is no longer theirs); and report_month_resident_days, from those,
// per center, month and resident the days of the month they checked in on, per category, as bit masks:
// the residents of any part of a month are then one row each, counted exactly, without a row per day.
// Same rules as the monthly ones: an occurrence is held when scheduled, of a published activity, on the
// local day of its start in its center's zone (future ones too: a report reads only the days that are
// over). Kept by triggers of their own beside the monthly ones, on the same writes, in the writing
// transaction; report_rollups_rebuild now recounts them too; filled here from the rows already there.

/** The occurrences given to report_count_occurrence_days, with their local days. */
const counted = sql`select u.id, u.center_id, (u.starts_at at time zone c.time_zone)::date as day
  from unnest(ids, centers, starts) u(id, center_id, starts_at) join centers c on c.id = u.center_id`

const statements = [
  sql`create table report_day_activity (
    center_id uuid not null,
    day date not null,
    category text not null,
    held integer not null default 0,
    check_ins integer not null default 0,
    person_times integer not null default 0,
    walk_ins integer not null default 0,
    primary key (center_id, day, category)
  )`,
  // check_ins[bit + 1]: the resident's check-ins that day at occurrences of that category;
  // categories: the bits whose count is above zero. A row whose counts are all zero is deleted.
  // Keyed by resident first: what reads it is report_refresh_resident_months, one resident's month.
  sql`create table report_day_residents (
    center_id uuid not null,
    day date not null,
    resident_id uuid not null,
    check_ins integer[] not null,
    categories bigint not null,
    primary key (center_id, resident_id, day)
  )`,
  // days[bit + 1]: bit d - 1 set when the resident checked in on day d of the local month at an
  // occurrence of that category; all_days: those masks or'ed. Only residents with a day.
  sql`create table report_month_resident_days (
    center_id uuid not null,
    month date not null,
    resident_id uuid not null,
    days integer[] not null,
    all_days integer not null,
    primary key (center_id, month, resident_id)
  )`,

  // Recounts report_month_resident_days for the given (center, month, resident)s from report_day_residents.
  // Each key's row is locked first (made if missing, in key order): a concurrent write to the same
  // resident's month waits there until the other commits, and this recount's statement then sees its days.
  sql`create function report_refresh_resident_months(cs uuid[], ms date[], rs uuid[]) returns void language plpgsql as $$
    begin
      insert into report_month_resident_days as r (center_id, month, resident_id, days, all_days)
        select distinct c, m, res, '{}'::integer[], 0 from unnest(cs, ms, rs) k(c, m, res) order by 1, 2, 3
        on conflict (center_id, month, resident_id) do update set all_days = r.all_days;
      update report_month_resident_days r set days = coalesce(x.days, '{}'), all_days = x.all_days
        from (select distinct c, m, res from unnest(cs, ms, rs) k(c, m, res)) k
        cross join lateral (
          select array_agg(y.mask order by y.b) as days, coalesce(bit_or(y.mask), 0) as all_days
          from (
            select g.b, bit_or(case when d.categories & (1::bigint << g.b) <> 0 then 1 << (d.day - k.m) else 0 end) as mask
            from report_day_residents d cross join generate_series(0, (select max(bit) from report_categories)) g(b)
            where d.center_id = k.c and d.resident_id = k.res and d.day >= k.m and d.day < (k.m + interval '1 month')::date
            group by g.b) y) x
        where r.center_id = k.c and r.month = k.m and r.resident_id = k.res;
      delete from report_month_resident_days r using unnest(cs, ms, rs) k(c, m, res)
        where r.center_id = k.c and r.month = k.m and r.resident_id = k.res and r.all_days = 0;
    end $$`,

  // As report_count_occurrences, per day.
  sql`create function report_count_occurrence_days(ids uuid[], centers uuid[], starts timestamptz[], cat text, sign integer)
    returns void language plpgsql as $$
    declare b integer := report_category_bit(cat);
    begin
      with o as (${counted})
      insert into report_day_activity as r (center_id, day, category, held, check_ins, person_times, walk_ins)
        select o.center_id, o.day, cat, sign * count(*), sign * coalesce(sum(ci.n), 0), sign * coalesce(sum(ci.pt), 0), sign * coalesce(sum(ci.w), 0)
        from o
        cross join lateral (
          select count(*) as n, sum(headcount) as pt, sum(headcount) filter (where resident_id is null) as w
          from check_ins where occurrence_id = o.id) ci
        group by 1, 2 order by 1, 2
        on conflict (center_id, day, category) do update set held = r.held + excluded.held, check_ins = r.check_ins + excluded.check_ins,
          person_times = r.person_times + excluded.person_times, walk_ins = r.walk_ins + excluded.walk_ins;
      with o as (${counted})
      insert into report_day_residents as r (center_id, day, resident_id, check_ins, categories)
        select o.center_id, o.day, ci.resident_id,
          array_fill(0, array[b]) || (sign * count(*))::integer, case when sign > 0 then 1::bigint << b else 0 end
        from o join check_ins ci on ci.occurrence_id = o.id and ci.resident_id is not null
        group by 1, 2, 3 order by 1, 2, 3
        on conflict (center_id, day, resident_id) do update set
          check_ins[b + 1] = coalesce(r.check_ins[b + 1], 0) + excluded.check_ins[b + 1],
          categories = case when coalesce(r.check_ins[b + 1], 0) + excluded.check_ins[b + 1] > 0
            then r.categories | (1::bigint << b) else r.categories & ~(1::bigint << b) end;
      if sign < 0 then
        delete from report_day_activity r using (select distinct center_id, day from (${counted}) x) o
          where r.center_id = o.center_id and r.day = o.day and r.category = cat and r.held = 0 and r.check_ins = 0;
        delete from report_day_residents r using (select distinct center_id, day from (${counted}) x) o
          where r.center_id = o.center_id and r.day = o.day and r.categories = 0;
      end if;
      perform report_refresh_resident_months(array_agg(o.center_id), array_agg(date_trunc('month', o.day)::date), array_agg(ci.resident_id))
        from (${counted}) o join check_ins ci on ci.occurrence_id = o.id and ci.resident_id is not null;
    end $$`,

  // As report_count_check_in, per day.
  sql`create function report_count_check_in_day(occurrence uuid, resident uuid, heads integer, sign integer) returns void language plpgsql as $$
    declare
      key record;
      b integer;
    begin
      select o.center_id, (o.starts_at at time zone c.time_zone)::date as day, a.category into key
        from occurrences o join activities a on a.id = o.activity_id join centers c on c.id = o.center_id
        where o.id = occurrence and o.status = 'scheduled' and a.status = 'published';
      if key is null then return; end if;
      insert into report_day_activity as r (center_id, day, category, check_ins, person_times, walk_ins)
        values (key.center_id, key.day, key.category, sign, sign * heads, case when resident is null then sign * heads else 0 end)
        on conflict (center_id, day, category) do update set check_ins = r.check_ins + excluded.check_ins,
          person_times = r.person_times + excluded.person_times, walk_ins = r.walk_ins + excluded.walk_ins;
      if sign < 0 then
        delete from report_day_activity where center_id = key.center_id and day = key.day and category = key.category and held = 0 and check_ins = 0;
      end if;
      if resident is null then return; end if;
      b := report_category_bit(key.category);
      insert into report_day_residents as r (center_id, day, resident_id, check_ins, categories)
        values (key.center_id, key.day, resident, array_fill(0, array[b]) || sign, case when sign > 0 then 1::bigint << b else 0 end)
        on conflict (center_id, day, resident_id) do update set
          check_ins[b + 1] = coalesce(r.check_ins[b + 1], 0) + sign,
          categories = case when coalesce(r.check_ins[b + 1], 0) + sign > 0 then r.categories | (1::bigint << b) else r.categories & ~(1::bigint << b) end;
      if sign < 0 then
        delete from report_day_residents where center_id = key.center_id and day = key.day and resident_id = resident and categories = 0;
      end if;
      perform report_refresh_resident_months(array[key.center_id], array[date_trunc('month', key.day)::date], array[resident]);
    end $$`,

  // Recomputes one center's daily roll-ups (or every center's) from the raw rows, in day order (a
  // report reads a center's days as one range of the primary key, so the rows a range holds lie together).
  sql`create function report_rollups_rebuild_days(center uuid) returns void language plpgsql as $$
    begin
      lock table report_day_activity, report_day_residents, report_month_resident_days in share row exclusive mode;
      delete from report_day_activity where center is null or center_id = center;
      delete from report_day_residents where center is null or center_id = center;
      delete from report_month_resident_days where center is null or center_id = center;
      perform report_category_bit(a.category) from (select distinct category from activities where center is null or center_id = center) a;
      create temporary table report_held_days on commit drop as
        select o.id, o.center_id, (o.starts_at at time zone c.time_zone)::date as day, a.category, k.bit
        from occurrences o join activities a on a.id = o.activity_id join centers c on c.id = o.center_id
        join report_categories k on k.category = a.category
        where (center is null or o.center_id = center) and o.status = 'scheduled' and a.status = 'published';
      insert into report_day_activity (center_id, day, category, held, check_ins, person_times, walk_ins)
        select h.center_id, h.day, h.category, count(distinct h.id), count(ci.id), coalesce(sum(ci.headcount), 0),
          coalesce(sum(ci.headcount) filter (where ci.id is not null and ci.resident_id is null), 0)
        from report_held_days h left join check_ins ci on ci.occurrence_id = h.id
        group by 1, 2, 3 order by 1, 2, 3;
      insert into report_day_residents (center_id, day, resident_id, check_ins, categories)
        select center_id, day, resident_id,
          (select array_agg(coalesce(x.n, 0) order by g.i) from generate_series(0, max(per_bit.bit)) g(i)
            left join unnest(array_agg(per_bit.bit), array_agg(per_bit.n)) x(bit, n) on x.bit = g.i),
          bit_or(1::bigint << per_bit.bit)
        from (select h.center_id, h.day, ci.resident_id, h.bit, count(*)::integer as n
          from report_held_days h join check_ins ci on ci.occurrence_id = h.id and ci.resident_id is not null
          group by 1, 2, 3, 4) per_bit
        group by 1, 2, 3 order by 1, 3, 2;
      insert into report_month_resident_days (center_id, month, resident_id, days, all_days)
        select center_id, month, resident_id,
          (select array_agg(coalesce(x.mask, 0) order by g.i) from generate_series(0, max(per_bit.bit)) g(i)
            left join unnest(array_agg(per_bit.bit), array_agg(per_bit.mask)) x(bit, mask) on x.bit = g.i),
          bit_or(per_bit.mask)
        from (select d.center_id, date_trunc('month', d.day)::date as month, d.resident_id, k.bit,
            bit_or(1 << (d.day - date_trunc('month', d.day)::date)) as mask
          from report_day_residents d join report_categories k on d.categories & (1::bigint << k.bit) <> 0
          where center is null or d.center_id = center
          group by 1, 2, 3, 4) per_bit
        group by 1, 2, 3 order by 1, 2, 3;
      drop table report_held_days;
    end $$`,
  // report_rollups_rebuild (2026_12_07_1900's, kept under another name) and the days: what the rebuild
  // command, an import and a center's time-zone change (report_center_changed) call.
  sql`alter function report_rollups_rebuild(uuid) rename to report_rollups_rebuild_months`,
  sql`create function report_rollups_rebuild(center uuid) returns void language plpgsql as $$
    begin
      perform report_rollups_rebuild_months(center);
      perform report_rollups_rebuild_days(center);
    end $$`,

  // The triggers, as the monthly ones (see 2026_12_07_1500 for why deletes count out before the row goes).
  sql`create function report_check_in_days() returns trigger language plpgsql as $$
    begin
      if tg_op in ('UPDATE', 'DELETE') then perform report_count_check_in_day(old.occurrence_id, old.resident_id, old.headcount, -1); end if;
      if tg_op in ('UPDATE', 'INSERT') then perform report_count_check_in_day(new.occurrence_id, new.resident_id, new.headcount, 1); end if;
      return null;
    end $$`,
  sql`create trigger report_check_in_days_written after insert or delete on check_ins
    for each row execute function report_check_in_days()`,
  sql`create trigger report_check_in_days_moved after update on check_ins for each row
    when (old.occurrence_id is distinct from new.occurrence_id or old.resident_id is distinct from new.resident_id or old.headcount is distinct from new.headcount)
    execute function report_check_in_days()`,

  // An occurrence inserted, deleted (before, with its check-ins still there) or updated (counted out
  // with its old values and in with its new ones).
  sql`create function report_occurrence_days() returns trigger language plpgsql as $$
    declare cat text;
    begin
      if tg_op in ('UPDATE', 'DELETE') and old.status = 'scheduled' then
        select category into cat from activities where id = old.activity_id and status = 'published';
        if cat is not null then perform report_count_occurrence_days(array[old.id], array[old.center_id], array[old.starts_at], cat, -1); end if;
      end if;
      if tg_op in ('UPDATE', 'INSERT') and new.status = 'scheduled' then
        select category into cat from activities where id = new.activity_id and status = 'published';
        if cat is not null then perform report_count_occurrence_days(array[new.id], array[new.center_id], array[new.starts_at], cat, 1); end if;
      end if;
      return case when tg_op = 'DELETE' then old else null end;
    end $$`,
  sql`create trigger report_occurrence_days_written after insert on occurrences
    for each row execute function report_occurrence_days()`,
  sql`create trigger report_occurrence_days_deleted before delete on occurrences
    for each row execute function report_occurrence_days()`,
  sql`create trigger report_occurrence_days_moved after update on occurrences for each row
    when (old.status is distinct from new.status or old.starts_at is distinct from new.starts_at
      or old.center_id is distinct from new.center_id or old.activity_id is distinct from new.activity_id)
    execute function report_occurrence_days()`,

  sql`create function report_activity_days() returns trigger language plpgsql as $$
    declare
      ids uuid[];
      centers uuid[];
      starts timestamptz[];
    begin
      select array_agg(id), array_agg(center_id), array_agg(starts_at) into ids, centers, starts
        from occurrences where activity_id = old.id and status = 'scheduled';
      if ids is null then return case when tg_op = 'DELETE' then old else null end; end if;
      if old.status = 'published' then perform report_count_occurrence_days(ids, centers, starts, old.category, -1); end if;
      if tg_op = 'UPDATE' and new.status = 'published' then perform report_count_occurrence_days(ids, centers, starts, new.category, 1); end if;
      return case when tg_op = 'DELETE' then old else null end;
    end $$`,
  sql`create trigger report_activity_days_changed after update on activities for each row
    when (old.status is distinct from new.status or old.category is distinct from new.category)
    execute function report_activity_days()`,
  sql`create trigger report_activity_days_deleted before delete on activities
    for each row execute function report_activity_days()`,

  // A deleted center's days go with it (a time-zone change rebuilds through report_rollups_rebuild).
  sql`create function report_center_days_deleted() returns trigger language plpgsql as $$
    begin
      delete from report_day_activity where center_id = old.id;
      delete from report_day_residents where center_id = old.id;
      delete from report_month_resident_days where center_id = old.id;
      return null;
    end $$`,
  sql`create trigger report_center_days_deleted after delete on centers
    for each row execute function report_center_days_deleted()`,

  sql`select report_rollups_rebuild_days(null)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
