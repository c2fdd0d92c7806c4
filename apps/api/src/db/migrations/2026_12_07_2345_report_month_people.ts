import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
//
// In how many centers each resident checked in, per local month (issue 17, goal 4): a region's report
// counts its people per month across centers exactly, and a resident seen at one center only that
// month is counted from that center's rows as they are. Only the residents seen at several centers
// (few) need their rows gathered, instead of every resident-month of the region (77,000 for a district's
// year, most of the report's time in bench/reports.bench.ts). Kept by statement triggers on
// report_month_residents (2026_12_07_1500_report_rollups), whose rows are a resident's month at a
// center: counted in when one is made, out when one goes, whatever writes them (the triggers there,
// the rebuild); filled here from the rows already there.

const statements = [
  sql`create table report_month_people (
    month date not null,
    resident_id uuid not null,
    centers integer not null,
    primary key (month, resident_id)
  )`,
  sql`create index report_month_people_shared on report_month_people (month, resident_id) where centers > 1`,

  // Counts in (sign 1) or out (-1) the residents' months of a statement's rows, in key order; a month
  // whose count falls to zero goes (its rows were locked by the upsert just before).
  sql`create function report_count_month_people(sign integer, rows_month date[], rows_resident uuid[]) returns void language plpgsql as $$
    begin
      insert into report_month_people as p (month, resident_id, centers)
        select month, resident_id, sign * count(*) from unnest(rows_month, rows_resident) u(month, resident_id) group by 1, 2 order by 1, 2
        on conflict (month, resident_id) do update set centers = p.centers + excluded.centers;
      if sign < 0 then
        delete from report_month_people p using (select distinct month, resident_id from unnest(rows_month, rows_resident) u(month, resident_id)) x
          where p.month = x.month and p.resident_id = x.resident_id and p.centers <= 0;
      end if;
    end $$`,
  sql`create function report_month_people_added() returns trigger language plpgsql as $$
    begin
      perform report_count_month_people(1, array_agg(month), array_agg(resident_id)) from added having count(*) > 0;
      return null;
    end $$`,
  sql`create function report_month_people_removed() returns trigger language plpgsql as $$
    begin
      perform report_count_month_people(-1, array_agg(month), array_agg(resident_id)) from removed having count(*) > 0;
      return null;
    end $$`,
  sql`create trigger report_month_people_added after insert on report_month_residents
    referencing new table as added for each statement execute function report_month_people_added()`,
  sql`create trigger report_month_people_removed after delete on report_month_residents
    referencing old table as removed for each statement execute function report_month_people_removed()`,

  sql`insert into report_month_people (month, resident_id, centers)
    select month, resident_id, count(*) from report_month_residents group by 1, 2 order by 1, 2`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
