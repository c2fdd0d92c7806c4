import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  sql`create table screens (
    id uuid primary key default gen_random_uuid(),
    center_id uuid not null references centers (id) on delete restrict,
    room_id uuid references rooms (id) on delete set null,
    name text not null check (length(name) between 1 and 40),
    layout text not null check (layout in ('lobby', 'door', 'week')),
    language text not null check (language in ('zh-CN', 'en')),
    -- SHA-256 of the device token; the token itself lives only on the screen.
    token_hash text not null,
    revoked_at timestamptz,
    last_seen_at timestamptz,
    app_version text,
    created_by uuid references staff (id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint screens_token_key unique (token_hash)
  )`,
  sql`create index screens_center_idx on screens (center_id)`,
  sql`create table screen_pairings (
    id uuid primary key default gen_random_uuid(),
    code text not null,
    secret_hash text not null,
    expires_at timestamptz not null,
    screen_id uuid references screens (id) on delete cascade,
    -- Handed to the screen once on its next poll, then erased.
    pending_token text,
    created_at timestamptz not null default now()
  )`,
  sql`create unique index screen_pairings_open_code_key on screen_pairings (code) where screen_id is null`,
  sql`create table announcements (
    id uuid primary key default gen_random_uuid(),
    text text not null check (length(text) between 1 and 500),
    center_id uuid references centers (id) on delete cascade,
    region_id uuid references regions (id) on delete cascade,
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    priority text not null check (priority in ('normal', 'high')),
    created_by uuid references staff (id) on delete set null,
    created_at timestamptz not null default now(),
    constraint announcements_target check (num_nonnulls(center_id, region_id) = 1),
    constraint announcements_time_range check (ends_at > starts_at)
  )`,
  sql`create table emergencies (
    id uuid primary key default gen_random_uuid(),
    title text not null,
    message text not null,
    center_id uuid references centers (id) on delete cascade,
    region_id uuid references regions (id) on delete cascade,
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    cleared_at timestamptz,
    created_by uuid references staff (id) on delete set null,
    cleared_by uuid references staff (id) on delete set null,
    created_at timestamptz not null default now(),
    constraint emergencies_target check (num_nonnulls(center_id, region_id) = 1),
    constraint emergencies_time_range check (ends_at > starts_at)
  )`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
