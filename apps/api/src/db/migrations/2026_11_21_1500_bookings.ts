import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  sql`create table residents (
    id uuid primary key default gen_random_uuid(),
    name text not null check (length(name) between 1 and 40),
    phone text not null check (phone ~ '^1[3-9][0-9]{9}$'),
    password_hash text not null,
    organisation_name text,
    active boolean not null default true,
    created_at timestamptz not null default now(),
    constraint residents_phone_key unique (phone)
  )`,
  // A session belongs to a staff member or to a resident.
  sql`alter table sessions alter column staff_id drop not null`,
  sql`alter table sessions add column resident_id uuid references residents (id) on delete cascade`,
  sql`alter table sessions add constraint sessions_owner check (num_nonnulls(staff_id, resident_id) = 1)`,
  sql`create index sessions_resident_idx on sessions (resident_id)`,
  // Booking rules: the center's defaults, and per-room overrides of single fields.
  sql`alter table centers add column booking_policy jsonb not null default '{}' check (jsonb_typeof(booking_policy) = 'object')`,
  sql`alter table rooms add column booking_policy jsonb not null default '{}' check (jsonb_typeof(booking_policy) = 'object')`,
  sql`create table bookings (
    id uuid primary key default gen_random_uuid(),
    room_id uuid not null references rooms (id) on delete restrict,
    center_id uuid not null references centers (id) on delete restrict,
    resident_id uuid references residents (id) on delete restrict,
    booked_by_staff_id uuid references staff (id) on delete set null,
    -- For a walk-in without an account; otherwise the resident's own name and phone are used.
    walk_in_name text,
    walk_in_phone text,
    purpose text not null check (length(purpose) between 1 and 200),
    headcount integer not null check (headcount > 0),
    organisation_name text,
    publish_organisation boolean not null default false,
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    status text not null check (status in ('requested', 'approved', 'rejected', 'cancelled', 'expired', 'checked_in', 'completed', 'no_show')),
    series_id uuid,
    reject_reason text,
    late_cancellation boolean not null default false,
    decided_by uuid references staff (id) on delete set null,
    decided_at timestamptz,
    checked_in_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint bookings_time_range check (ends_at > starts_at),
    -- Someone answers for every booking: a resident account, a walk-in's name and phone, or an organisation.
    constraint bookings_booker check (
      resident_id is not null or (walk_in_name is not null and walk_in_phone is not null) or organisation_name is not null
    )
  )`,
  sql`create index bookings_center_time_idx on bookings (center_id, starts_at)`,
  sql`create index bookings_resident_idx on bookings (resident_id, starts_at)`,
  sql`create index bookings_open_idx on bookings (status, starts_at) where status in ('requested', 'approved')`,
  // Who changed a booking's status, when, from what to what.
  sql`create table booking_events (
    id bigint generated always as identity primary key,
    booking_id uuid not null references bookings (id) on delete cascade,
    at timestamptz not null default now(),
    actor_kind text not null check (actor_kind in ('staff', 'resident', 'system')),
    actor_id uuid,
    from_status text,
    to_status text not null,
    note text
  )`,
  sql`create index booking_events_booking_idx on booking_events (booking_id)`,
  // Bookings hold rooms through the same reservation table and exclusion constraint as activities.
  sql`alter table room_reservations add column booking_id uuid unique references bookings (id) on delete cascade`,
  sql`alter table room_reservations drop constraint room_reservations_source`,
  sql`alter table room_reservations add constraint room_reservations_source check (num_nonnulls(occurrence_id, booking_id) = 1)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
