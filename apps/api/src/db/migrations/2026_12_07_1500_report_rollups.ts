import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
//
// Monthly roll-ups of attendance for the reports (issue 17): per center, local month and category,
// the held occurrences and their check-ins; and per center, month and resident, how often the
// resident checked in per category, so "distinct residents" is a count of rows, exact. They are kept
// by the triggers below in the same transaction as every write to what they count (occurrences,
// activities, check-ins, a center's time zone), whichever module writes it; `report_rollups_rebuild`
// recomputes them from the raw rows (`npm run linli -- rebuild-rollups`). What counts is the reports'
// "held": an occurrence still scheduled, of a published activity; its month is the local month of its
// start in its center's time zone. Future occurrences are counted too: a report reads only the months
// that are over (see modules/reports/rollup.repository.ts).
/** The occurrences given to report_count_occurrences, with their local months. */
const counted = sql`select u.id, u.center_id, date_trunc('month', u.starts_at at time zone c.time_zone)::date as month
  from unnest(ids, centers, starts) u(id, center_id, starts_at) join centers c on c.id = u.center_id`

const statements = [
  // A bit per activity category, in the order of the contracts' list; a category not listed yet gets
  // the next bit when first counted.
  sql`create table report_categories (
    category text primary key,
    bit smallint not null unique check (bit between 0 and 62)
  )`,
  sql`insert into report_categories (category, bit)
    select c, i - 1 from unnest(array['party_day', 'science', 'seniors', 'children', 'youth', 'women', 'volunteer', 'health',
      'culture_sports', 'lecture', 'festival', 'meeting']) with ordinality u(c, i)`,
  sql`create table report_month_activity (
    center_id uuid not null,
    month date not null,
    category text not null,
    held integer not null default 0,
    check_ins integer not null default 0,
    person_times integer not null default 0,
    walk_ins integer not null default 0,
    primary key (center_id, month, category)
  )`,
  // check_ins[bit + 1]: the resident's check-ins in the month at occurrences of that category;
  // categories: the bits whose count is above zero. A row whose counts are all zero is deleted.
  sql`create table report_month_residents (
    center_id uuid not null,
    month date not null,
    resident_id uuid not null,
    check_ins integer[] not null,
    categories bigint not null,
    primary key (center_id, month, resident_id)
  )`,

  sql`create function report_category_bit(cat text) returns integer language plpgsql as $$
    declare b integer;
    begin
      select bit into b from report_categories where category = cat;
      if b is null then
        insert into report_categories (category, bit) select cat, coalesce(max(bit), -1) + 1 from report_categories on conflict do nothing;
        select bit into b from report_categories where category = cat;
      end if;
      return b;
    end $$`,

  // Adds (sign 1) or takes away (sign -1) occurrences as held, with category cat, and all their
  // check-ins: each given by id, center and start (an update counts out the old center and start).
  // The callers decide which occurrences are held.
  sql`create function report_count_occurrences(ids uuid[], centers uuid[], starts timestamptz[], cat text, sign integer)
    returns void language plpgsql as $$
    declare b integer := report_category_bit(cat);
    begin
      with o as (${counted})
      insert into report_month_activity as r (center_id, month, category, held, check_ins, person_times, walk_ins)
        select o.center_id, o.month, cat, sign * count(*), sign * coalesce(sum(ci.n), 0), sign * coalesce(sum(ci.pt), 0), sign * coalesce(sum(ci.w), 0)
        from o
        cross join lateral (
          select count(*) as n, sum(headcount) as pt, sum(headcount) filter (where resident_id is null) as w
          from check_ins where occurrence_id = o.id) ci
        group by 1, 2 order by 1, 2
        on conflict (center_id, month, category) do update set held = r.held + excluded.held, check_ins = r.check_ins + excluded.check_ins,
          person_times = r.person_times + excluded.person_times, walk_ins = r.walk_ins + excluded.walk_ins;
      with o as (${counted})
      insert into report_month_residents as r (center_id, month, resident_id, check_ins, categories)
        select o.center_id, o.month, ci.resident_id,
          array_fill(0, array[b]) || (sign * count(*))::integer, case when sign > 0 then 1::bigint << b else 0 end
        from o join check_ins ci on ci.occurrence_id = o.id and ci.resident_id is not null
        group by 1, 2, 3 order by 1, 2, 3
        on conflict (center_id, month, resident_id) do update set
          check_ins[b + 1] = coalesce(r.check_ins[b + 1], 0) + excluded.check_ins[b + 1],
          categories = case when coalesce(r.check_ins[b + 1], 0) + excluded.check_ins[b + 1] > 0
            then r.categories | (1::bigint << b) else r.categories & ~(1::bigint << b) end;
      if sign < 0 then
        delete from report_month_activity r using (select distinct center_id, month from (${counted}) x) o
          where r.center_id = o.center_id and r.month = o.month and r.category = cat and r.held = 0 and r.check_ins = 0;
        delete from report_month_residents r using (select distinct center_id, month from (${counted}) x) o
          where r.center_id = o.center_id and r.month = o.month and r.categories = 0;
      end if;
    end $$`,

  // One check-in added or taken away, if its occurrence is held.
  sql`create function report_count_check_in(occurrence uuid, resident uuid, heads integer, sign integer) returns void language plpgsql as $$
    declare
      key record;
      b integer;
    begin
      select o.center_id, date_trunc('month', o.starts_at at time zone c.time_zone)::date as month, a.category into key
        from occurrences o join activities a on a.id = o.activity_id join centers c on c.id = o.center_id
        where o.id = occurrence and o.status = 'scheduled' and a.status = 'published';
      if key is null then return; end if;
      insert into report_month_activity as r (center_id, month, category, check_ins, person_times, walk_ins)
        values (key.center_id, key.month, key.category, sign, sign * heads, case when resident is null then sign * heads else 0 end)
        on conflict (center_id, month, category) do update set check_ins = r.check_ins + excluded.check_ins,
          person_times = r.person_times + excluded.person_times, walk_ins = r.walk_ins + excluded.walk_ins;
      if sign < 0 then
        delete from report_month_activity where center_id = key.center_id and month = key.month and category = key.category and held = 0 and check_ins = 0;
      end if;
      if resident is null then return; end if;
      b := report_category_bit(key.category);
      insert into report_month_residents as r (center_id, month, resident_id, check_ins, categories)
        values (key.center_id, key.month, resident, array_fill(0, array[b]) || sign, case when sign > 0 then 1::bigint << b else 0 end)
        on conflict (center_id, month, resident_id) do update set
          check_ins[b + 1] = coalesce(r.check_ins[b + 1], 0) + sign,
          categories = case when coalesce(r.check_ins[b + 1], 0) + sign > 0 then r.categories | (1::bigint << b) else r.categories & ~(1::bigint << b) end;
      if sign < 0 then
        delete from report_month_residents where center_id = key.center_id and month = key.month and resident_id = resident and categories = 0;
      end if;
    end $$`,

  // Recomputes one center's roll-ups (or every center's) from the raw rows.
  sql`create function report_rollups_rebuild(center uuid) returns void language plpgsql as $$
    begin
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
      drop table report_held;
    end $$`,

  // The triggers. Row-level AFTER triggers run at the end of their statement, when only the table
  // being written has changed; deletes count out before the row goes, since an activity's or an
  // occurrence's delete cascades to the rows its trigger needs to read.
  sql`create function report_check_in_changed() returns trigger language plpgsql as $$
    begin
      if tg_op in ('UPDATE', 'DELETE') then perform report_count_check_in(old.occurrence_id, old.resident_id, old.headcount, -1); end if;
      if tg_op in ('UPDATE', 'INSERT') then perform report_count_check_in(new.occurrence_id, new.resident_id, new.headcount, 1); end if;
      return null;
    end $$`,
  sql`create trigger report_check_in_written after insert or delete on check_ins
    for each row execute function report_check_in_changed()`,
  sql`create trigger report_check_in_moved after update on check_ins for each row
    when (old.occurrence_id is distinct from new.occurrence_id or old.resident_id is distinct from new.resident_id or old.headcount is distinct from new.headcount)
    execute function report_check_in_changed()`,

  sql`create function report_occurrence_changed() returns trigger language plpgsql as $$
    declare cat text;
    begin
      if tg_op in ('UPDATE', 'DELETE') and old.status = 'scheduled' then
        select category into cat from activities where id = old.activity_id and status = 'published';
        if cat is not null then perform report_count_occurrences(array[old.id], array[old.center_id], array[old.starts_at], cat, -1); end if;
      end if;
      if tg_op in ('UPDATE', 'INSERT') and new.status = 'scheduled' then
        select category into cat from activities where id = new.activity_id and status = 'published';
        if cat is not null then perform report_count_occurrences(array[new.id], array[new.center_id], array[new.starts_at], cat, 1); end if;
      end if;
      return case when tg_op = 'DELETE' then old else null end;
    end $$`,
  sql`create trigger report_occurrence_written after insert on occurrences
    for each row execute function report_occurrence_changed()`,
  sql`create trigger report_occurrence_deleted before delete on occurrences
    for each row execute function report_occurrence_changed()`,
  // An UPDATE counts the occurrence out with its old values and in with its new ones; its check-ins
  // are the same rows both times.
  sql`create function report_occurrence_moved() returns trigger language plpgsql as $$
    declare cat text;
    begin
      if old.status = 'scheduled' then
        select category into cat from activities where id = old.activity_id and status = 'published';
        if cat is not null then
          perform report_count_occurrences(array[old.id], array[old.center_id], array[old.starts_at], cat, -1);
        end if;
      end if;
      if new.status = 'scheduled' then
        select category into cat from activities where id = new.activity_id and status = 'published';
        if cat is not null then perform report_count_occurrences(array[new.id], array[new.center_id], array[new.starts_at], cat, 1); end if;
      end if;
      return null;
    end $$`,
  sql`create trigger report_occurrence_moved after update on occurrences for each row
    when (old.status is distinct from new.status or old.starts_at is distinct from new.starts_at
      or old.center_id is distinct from new.center_id or old.activity_id is distinct from new.activity_id)
    execute function report_occurrence_moved()`,

  sql`create function report_activity_changed() returns trigger language plpgsql as $$
    declare
      ids uuid[];
      centers uuid[];
      starts timestamptz[];
    begin
      select array_agg(id), array_agg(center_id), array_agg(starts_at) into ids, centers, starts
        from occurrences where activity_id = old.id and status = 'scheduled';
      if ids is null then return case when tg_op = 'DELETE' then old else null end; end if;
      if old.status = 'published' then perform report_count_occurrences(ids, centers, starts, old.category, -1); end if;
      if tg_op = 'UPDATE' and new.status = 'published' then perform report_count_occurrences(ids, centers, starts, new.category, 1); end if;
      return case when tg_op = 'DELETE' then old else null end;
    end $$`,
  sql`create trigger report_activity_changed after update on activities for each row
    when (old.status is distinct from new.status or old.category is distinct from new.category)
    execute function report_activity_changed()`,
  sql`create trigger report_activity_deleted before delete on activities
    for each row execute function report_activity_changed()`,

  sql`create function report_center_changed() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        delete from report_month_activity where center_id = old.id;
        delete from report_month_residents where center_id = old.id;
      else
        perform report_rollups_rebuild(new.id);
      end if;
      return null;
    end $$`,
  sql`create trigger report_center_zone_changed after update of time_zone on centers for each row
    when (old.time_zone is distinct from new.time_zone) execute function report_center_changed()`,
  sql`create trigger report_center_deleted after delete on centers
    for each row execute function report_center_changed()`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
