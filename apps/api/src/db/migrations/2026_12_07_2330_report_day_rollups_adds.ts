import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
//
// A check-in counted into report_month_resident_days (2026_12_07_2300_report_day_rollups) sets its
// day's bit with one upsert instead of recounting the resident's month from their days (a check-in's
// triggers took ~1.5 ms instead of ~0.5): or-ing a bit in is the same whichever write comes first, so
// concurrent check-ins need no lock. Taking a check-in or an occurrence away still recounts (a day's
// bit stays while another check-in that day holds it). The two functions of 2026_12_07_2300, unchanged
// but for their last statement.

/** The occurrences given to report_count_occurrence_days, with their local days. */
const counted = sql`select u.id, u.center_id, (u.starts_at at time zone c.time_zone)::date as day
  from unnest(ids, centers, starts) u(id, center_id, starts_at) join centers c on c.id = u.center_id`

const statements = [
  sql`create or replace function report_count_occurrence_days(ids uuid[], centers uuid[], starts timestamptz[], cat text, sign integer)
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
      if sign > 0 then
        with o as (${counted})
        insert into report_month_resident_days as r (center_id, month, resident_id, days, all_days)
          select o.center_id, date_trunc('month', o.day)::date, ci.resident_id,
            array_fill(0, array[b]) || bit_or(1 << (o.day - date_trunc('month', o.day)::date)), bit_or(1 << (o.day - date_trunc('month', o.day)::date))
          from o join check_ins ci on ci.occurrence_id = o.id and ci.resident_id is not null
          group by 1, 2, 3 order by 1, 2, 3
          on conflict (center_id, month, resident_id) do update set
            days[b + 1] = coalesce(r.days[b + 1], 0) | excluded.days[b + 1], all_days = r.all_days | excluded.all_days;
      else
        perform report_refresh_resident_months(array_agg(o.center_id), array_agg(date_trunc('month', o.day)::date), array_agg(ci.resident_id))
          from (${counted}) o join check_ins ci on ci.occurrence_id = o.id and ci.resident_id is not null;
      end if;
    end $$`,

  sql`create or replace function report_count_check_in_day(occurrence uuid, resident uuid, heads integer, sign integer) returns void language plpgsql as $$
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
      if sign > 0 then
        insert into report_month_resident_days as r (center_id, month, resident_id, days, all_days)
          values (key.center_id, date_trunc('month', key.day)::date, resident,
            array_fill(0, array[b]) || (1 << (key.day - date_trunc('month', key.day)::date)), 1 << (key.day - date_trunc('month', key.day)::date))
          on conflict (center_id, month, resident_id) do update set
            days[b + 1] = coalesce(r.days[b + 1], 0) | excluded.days[b + 1], all_days = r.all_days | excluded.all_days;
      else
        perform report_refresh_resident_months(array[key.center_id], array[date_trunc('month', key.day)::date], array[resident]);
      end if;
    end $$`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
