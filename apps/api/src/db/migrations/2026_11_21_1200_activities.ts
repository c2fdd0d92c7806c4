import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  sql`create table activities (
    id uuid primary key default gen_random_uuid(),
    center_id uuid not null references centers (id) on delete restrict,
    title text not null check (length(title) between 1 and 80),
    description text not null default '',
    category text not null,
    audiences text[] not null default '{}',
    organiser_kind text not null,
    organiser_name text not null,
    room_id uuid references rooms (id) on delete restrict,
    location text,
    -- Wall-clock start and end of the first occurrence in the center's time zone (RFC 5545 DTSTART;TZID).
    starts_local timestamp not null,
    ends_local timestamp not null,
    rrule text,
    exdates text[] not null default '{}',  -- wall-clock YYYY-MM-DDTHH:mm values
    status text not null default 'published' check (status in ('draft', 'published', 'cancelled')),
    capacity integer check (capacity > 0),
    kiosk_visible boolean not null default true,
    staff_notes text not null default '',
    split_from_id uuid references activities (id) on delete set null,
    -- Open-ended rules are materialized up to here and extended later.
    materialized_until timestamptz,
    created_by uuid references staff (id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint activities_time_range check (ends_local > starts_local),
    constraint activities_place check (room_id is not null or location is not null)
  )`,
  sql`create index activities_center_idx on activities (center_id)`,
  sql`create table occurrences (
    id uuid primary key default gen_random_uuid(),
    activity_id uuid not null references activities (id) on delete cascade,
    center_id uuid not null references centers (id) on delete restrict,
    room_id uuid references rooms (id) on delete restrict,
    recurrence_local timestamp not null,
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    status text not null default 'scheduled' check (status in ('scheduled', 'cancelled')),
    overridden boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint occurrences_time_range check (ends_at > starts_at),
    constraint occurrences_recurrence_key unique (activity_id, recurrence_local)
  )`,
  sql`create index occurrences_center_time_idx on occurrences (center_id, starts_at)`,
  sql`create index occurrences_room_time_idx on occurrences (room_id, starts_at)`,
  // Everything that holds a room has one row here while it holds it: activity occurrences now,
  // residents' bookings later. One exclusion constraint makes double booking impossible.
  sql`create table room_reservations (
    id uuid primary key default gen_random_uuid(),
    room_id uuid not null references rooms (id) on delete restrict,
    during tstzrange not null check (not isempty(during)),
    occurrence_id uuid unique references occurrences (id) on delete cascade,
    constraint room_reservations_source check (occurrence_id is not null),
    constraint room_reservations_no_overlap exclude using gist (room_id with =, during with &&)
  )`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
