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

/** Every row trigger of the roll-ups as it stood: name, table, when it fires, its condition, its function. */
const triggers: [name: string, table: string, fires: string, condition: string | null, fn: string][] = [
  ['report_activity_changed', 'activities', 'after update', '(old.status is distinct from new.status) or (old.category is distinct from new.category)', 'report_activity_changed'],
  ['report_activity_days_changed', 'activities', 'after update', '(old.status is distinct from new.status) or (old.category is distinct from new.category)', 'report_activity_days'],
  ['report_activity_days_deleted', 'activities', 'before delete', null, 'report_activity_days'],
  ['report_activity_deleted', 'activities', 'before delete', null, 'report_activity_changed'],
  ['report_activity_room_use', 'activities', 'after update', 'old.status is distinct from new.status', 'report_activity_room_use'],
  ['report_activity_room_use_deleted', 'activities', 'before delete', null, 'report_activity_room_use'],
  ['report_booking_moved', 'bookings', 'after update', '(old.status is distinct from new.status) or (old.starts_at is distinct from new.starts_at) or (old.ends_at is distinct from new.ends_at) or (old.room_id is distinct from new.room_id) or (old.center_id is distinct from new.center_id) or (old.late_cancellation is distinct from new.late_cancellation)', 'report_booking_changed'],
  ['report_booking_written', 'bookings', 'after insert or delete', null, 'report_booking_changed'],
  ['report_check_in_days_moved', 'check_ins', 'after update', '(old.occurrence_id is distinct from new.occurrence_id) or (old.resident_id is distinct from new.resident_id) or (old.headcount is distinct from new.headcount)', 'report_check_in_days'],
  ['report_check_in_days_written', 'check_ins', 'after insert or delete', null, 'report_check_in_days'],
  ['report_check_in_moved', 'check_ins', 'after update', '(old.occurrence_id is distinct from new.occurrence_id) or (old.resident_id is distinct from new.resident_id) or (old.headcount is distinct from new.headcount)', 'report_check_in_changed'],
  ['report_check_in_written', 'check_ins', 'after insert or delete', null, 'report_check_in_changed'],
  ['report_occurrence_days_deleted', 'occurrences', 'before delete', null, 'report_occurrence_days'],
  ['report_occurrence_days_moved', 'occurrences', 'after update', '(old.status is distinct from new.status) or (old.starts_at is distinct from new.starts_at) or (old.center_id is distinct from new.center_id) or (old.activity_id is distinct from new.activity_id)', 'report_occurrence_days'],
  ['report_occurrence_days_written', 'occurrences', 'after insert', null, 'report_occurrence_days'],
  ['report_occurrence_deleted', 'occurrences', 'before delete', null, 'report_occurrence_changed'],
  ['report_occurrence_moved', 'occurrences', 'after update', '(old.status is distinct from new.status) or (old.starts_at is distinct from new.starts_at) or (old.center_id is distinct from new.center_id) or (old.activity_id is distinct from new.activity_id)', 'report_occurrence_moved'],
  ['report_occurrence_written', 'occurrences', 'after insert', null, 'report_occurrence_changed'],
  ['report_room_use_deleted', 'occurrences', 'before delete', null, 'report_occurrence_room_use'],
  ['report_room_use_moved', 'occurrences', 'after update', '(old.status is distinct from new.status) or (old.starts_at is distinct from new.starts_at) or (old.ends_at is distinct from new.ends_at) or (old.room_id is distinct from new.room_id) or (old.center_id is distinct from new.center_id) or (old.activity_id is distinct from new.activity_id)', 'report_occurrence_room_use'],
  ['report_room_use_written', 'occurrences', 'after insert', null, 'report_occurrence_room_use'],
  ['report_service_request_moved', 'service_requests', 'after update', '(old.status is distinct from new.status) or (old.received_at is distinct from new.received_at) or (old.category is distinct from new.category) or (old.transferred_at is distinct from new.transferred_at) or (old.center_id is distinct from new.center_id)', 'report_service_request_changed'],
  ['report_service_request_written', 'service_requests', 'after insert or delete', null, 'report_service_request_changed'],
  ['report_volunteer_member_deleted', 'volunteer_members', 'before delete', null, 'report_volunteer_member_changed'],
  ['report_volunteer_member_moved', 'volunteer_members', 'after update', 'old.resident_id is distinct from new.resident_id', 'report_volunteer_member_changed'],
  ['report_volunteer_service_moved', 'volunteer_service', 'after update', '(old.served_at is distinct from new.served_at) or (old.minutes is distinct from new.minutes) or (old.points is distinct from new.points) or (old.member_id is distinct from new.member_id) or (old.center_id is distinct from new.center_id)', 'report_volunteer_service_changed'],
  ['report_volunteer_service_written', 'volunteer_service', 'after insert or delete', null, 'report_volunteer_service_changed'],
]

const statements = [
  sql`create function report_rollups_live() returns boolean language sql stable as $$
    select coalesce(current_setting('linli.rollups', true), '') <> 'later'
  $$`,
  // The same triggers, named the same (so they fire in the same order), each now only while the roll-ups are live.
  ...triggers.flatMap(([name, table, fires, condition, fn]) => [
    sql.raw(`drop trigger ${name} on ${table}`),
    sql.raw(`create trigger ${name} ${fires} on ${table} for each row
      when (report_rollups_live()${condition ? ` and (${condition})` : ''}) execute function ${fn}()`),
  ]),
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
