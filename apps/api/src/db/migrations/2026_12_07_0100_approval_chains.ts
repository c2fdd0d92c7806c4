import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // Who decides a request for a room, step by step: for one room, or for every room of a kind in a
  // center (a room's own chain wins). steps is a JSON array of { approver, deadlineHours, onLapse, when? }.
  sql`create table approval_chains (
    id uuid primary key default gen_random_uuid(),
    center_id uuid not null references centers (id) on delete cascade,
    room_id uuid,
    room_kind text,
    steps jsonb not null,
    updated_by_staff_id uuid references staff (id) on delete set null,
    updated_at timestamptz not null default now(),
    constraint approval_chains_room_fkey foreign key (room_id, center_id) references rooms (id, center_id) on delete cascade,
    constraint approval_chains_target check ((room_id is null) <> (room_kind is null)),
    constraint approval_chains_steps check (jsonb_typeof(steps) = 'array' and jsonb_array_length(steps) between 1 and 2)
  )`,
  sql`create unique index approval_chains_room_key on approval_chains (room_id) where room_id is not null`,
  sql`create unique index approval_chains_kind_key on approval_chains (center_id, room_kind) where room_kind is not null`,
  // A request's own copy of the steps it must pass (a chain edited later does not move it), the
  // step it waits at (1-based) and when that step lapses (null: no deadline).
  sql`alter table bookings
    add column approval_steps jsonb,
    add column approval_step smallint,
    add column approval_due_at timestamptz,
    add constraint bookings_approval_step check (
      (approval_steps is null and approval_step is null and approval_due_at is null)
      or (approval_steps is not null and approval_step between 1 and jsonb_array_length(approval_steps)))`,
  sql`create index bookings_approval_due_idx on bookings (approval_due_at) where status = 'requested' and approval_due_at is not null`,
  // Which step an entry of a booking's history concerns (a step approved, a step lapsed).
  sql`alter table booking_events add column approval_step smallint`,
  // The requester hears when a step passes to the next approver and when a lapsed step escalates.
  sql`alter table notifications drop constraint notifications_kind_check`,
  sql`alter table notifications add constraint notifications_kind_check check (kind in ('seat_offered', 'offer_lapsed',
    'booking_approved', 'booking_rejected', 'booking_cancelled', 'booking_expired', 'booking_no_show', 'activity_date_cancelled',
    'booking_received', 'booking_reminder', 'signup_confirmed', 'offer_lapsing', 'activity_date_moved', 'activity_reminder',
    'check_in_open', 'center_emergency', 'proposal_question', 'proposal_accepted', 'proposal_declined',
    'booking_step_approved', 'booking_escalated'))`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
