import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
//
// Roll-ups a bulk writer may count once at the end instead of row by row (issue 17). The demo seed
// and an import write thousands of occurrences, check-ins and bookings in one transaction, and the
// row triggers of 2026_12_07_1500, _1900 and _2300 recounted the roll-ups for each of them: seven of
// the demo seed's ten seconds on PGlite, then the import recounted the imported centers anyway. A
// writer that says `linli.rollups = later` for its transaction (set_config(…, true), never a session)
// skips them and must run report_rollups_rebuild for the centers it wrote before it commits. Every
// other transaction counts as before. The statement triggers on report_month_residents stay as they
// are: the rebuild itself relies on them.

const statements = [
  sql`create function report_rollups_live() returns boolean language sql stable as $$
    select coalesce(current_setting('linli.rollups', true), '') <> 'later'
  $$`,
  // The same triggers as before, named the same (so they fire in the same order), each now only while the roll-ups are live.
  sql`drop trigger report_activity_changed on activities`,
  sql`create trigger report_activity_changed after update on activities for each row when (report_rollups_live() and (((old.status is distinct from new.status) or (old.category is distinct from new.category)))) execute function report_activity_changed()`,
  sql`drop trigger report_activity_days_changed on activities`,
  sql`create trigger report_activity_days_changed after update on activities for each row when (report_rollups_live() and (((old.status is distinct from new.status) or (old.category is distinct from new.category)))) execute function report_activity_days()`,
  sql`drop trigger report_activity_days_deleted on activities`,
  sql`create trigger report_activity_days_deleted before delete on activities for each row when (report_rollups_live()) execute function report_activity_days()`,
  sql`drop trigger report_activity_deleted on activities`,
  sql`create trigger report_activity_deleted before delete on activities for each row when (report_rollups_live()) execute function report_activity_changed()`,
  sql`drop trigger report_activity_room_use on activities`,
  sql`create trigger report_activity_room_use after update on activities for each row when (report_rollups_live() and ((old.status is distinct from new.status))) execute function report_activity_room_use()`,
  sql`drop trigger report_activity_room_use_deleted on activities`,
  sql`create trigger report_activity_room_use_deleted before delete on activities for each row when (report_rollups_live()) execute function report_activity_room_use()`,
  sql`drop trigger report_booking_moved on bookings`,
  sql`create trigger report_booking_moved after update on bookings for each row when (report_rollups_live() and (((old.status is distinct from new.status) or (old.starts_at is distinct from new.starts_at) or (old.ends_at is distinct from new.ends_at) or (old.room_id is distinct from new.room_id) or (old.center_id is distinct from new.center_id) or (old.late_cancellation is distinct from new.late_cancellation)))) execute function report_booking_changed()`,
  sql`drop trigger report_booking_written on bookings`,
  sql`create trigger report_booking_written after insert or delete on bookings for each row when (report_rollups_live()) execute function report_booking_changed()`,
  sql`drop trigger report_check_in_days_moved on check_ins`,
  sql`create trigger report_check_in_days_moved after update on check_ins for each row when (report_rollups_live() and (((old.occurrence_id is distinct from new.occurrence_id) or (old.resident_id is distinct from new.resident_id) or (old.headcount is distinct from new.headcount)))) execute function report_check_in_days()`,
  sql`drop trigger report_check_in_days_written on check_ins`,
  sql`create trigger report_check_in_days_written after insert or delete on check_ins for each row when (report_rollups_live()) execute function report_check_in_days()`,
  sql`drop trigger report_check_in_moved on check_ins`,
  sql`create trigger report_check_in_moved after update on check_ins for each row when (report_rollups_live() and (((old.occurrence_id is distinct from new.occurrence_id) or (old.resident_id is distinct from new.resident_id) or (old.headcount is distinct from new.headcount)))) execute function report_check_in_changed()`,
  sql`drop trigger report_check_in_written on check_ins`,
  sql`create trigger report_check_in_written after insert or delete on check_ins for each row when (report_rollups_live()) execute function report_check_in_changed()`,
  sql`drop trigger report_occurrence_days_deleted on occurrences`,
  sql`create trigger report_occurrence_days_deleted before delete on occurrences for each row when (report_rollups_live()) execute function report_occurrence_days()`,
  sql`drop trigger report_occurrence_days_moved on occurrences`,
  sql`create trigger report_occurrence_days_moved after update on occurrences for each row when (report_rollups_live() and (((old.status is distinct from new.status) or (old.starts_at is distinct from new.starts_at) or (old.center_id is distinct from new.center_id) or (old.activity_id is distinct from new.activity_id)))) execute function report_occurrence_days()`,
  sql`drop trigger report_occurrence_days_written on occurrences`,
  sql`create trigger report_occurrence_days_written after insert on occurrences for each row when (report_rollups_live()) execute function report_occurrence_days()`,
  sql`drop trigger report_occurrence_deleted on occurrences`,
  sql`create trigger report_occurrence_deleted before delete on occurrences for each row when (report_rollups_live()) execute function report_occurrence_changed()`,
  sql`drop trigger report_occurrence_moved on occurrences`,
  sql`create trigger report_occurrence_moved after update on occurrences for each row when (report_rollups_live() and (((old.status is distinct from new.status) or (old.starts_at is distinct from new.starts_at) or (old.center_id is distinct from new.center_id) or (old.activity_id is distinct from new.activity_id)))) execute function report_occurrence_moved()`,
  sql`drop trigger report_occurrence_written on occurrences`,
  sql`create trigger report_occurrence_written after insert on occurrences for each row when (report_rollups_live()) execute function report_occurrence_changed()`,
  sql`drop trigger report_room_use_deleted on occurrences`,
  sql`create trigger report_room_use_deleted before delete on occurrences for each row when (report_rollups_live()) execute function report_occurrence_room_use()`,
  sql`drop trigger report_room_use_moved on occurrences`,
  sql`create trigger report_room_use_moved after update on occurrences for each row when (report_rollups_live() and (((old.status is distinct from new.status) or (old.starts_at is distinct from new.starts_at) or (old.ends_at is distinct from new.ends_at) or (old.room_id is distinct from new.room_id) or (old.center_id is distinct from new.center_id) or (old.activity_id is distinct from new.activity_id)))) execute function report_occurrence_room_use()`,
  sql`drop trigger report_room_use_written on occurrences`,
  sql`create trigger report_room_use_written after insert on occurrences for each row when (report_rollups_live()) execute function report_occurrence_room_use()`,
  sql`drop trigger report_service_request_moved on service_requests`,
  sql`create trigger report_service_request_moved after update on service_requests for each row when (report_rollups_live() and (((old.status is distinct from new.status) or (old.received_at is distinct from new.received_at) or (old.category is distinct from new.category) or (old.transferred_at is distinct from new.transferred_at) or (old.center_id is distinct from new.center_id)))) execute function report_service_request_changed()`,
  sql`drop trigger report_service_request_written on service_requests`,
  sql`create trigger report_service_request_written after insert or delete on service_requests for each row when (report_rollups_live()) execute function report_service_request_changed()`,
  sql`drop trigger report_volunteer_member_deleted on volunteer_members`,
  sql`create trigger report_volunteer_member_deleted before delete on volunteer_members for each row when (report_rollups_live()) execute function report_volunteer_member_changed()`,
  sql`drop trigger report_volunteer_member_moved on volunteer_members`,
  sql`create trigger report_volunteer_member_moved after update on volunteer_members for each row when (report_rollups_live() and ((old.resident_id is distinct from new.resident_id))) execute function report_volunteer_member_changed()`,
  sql`drop trigger report_volunteer_service_moved on volunteer_service`,
  sql`create trigger report_volunteer_service_moved after update on volunteer_service for each row when (report_rollups_live() and (((old.served_at is distinct from new.served_at) or (old.minutes is distinct from new.minutes) or (old.points is distinct from new.points) or (old.member_id is distinct from new.member_id) or (old.center_id is distinct from new.center_id)))) execute function report_volunteer_service_changed()`,
  sql`drop trigger report_volunteer_service_written on volunteer_service`,
  sql`create trigger report_volunteer_service_written after insert or delete on volunteer_service for each row when (report_rollups_live()) execute function report_volunteer_service_changed()`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
