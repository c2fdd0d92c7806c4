import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  sql`create extension if not exists btree_gist`,
  sql`create table regions (
    id uuid primary key default gen_random_uuid(),
    parent_id uuid references regions (id) on delete restrict,
    level text not null check (level in ('district', 'subdistrict', 'community')),
    name text not null check (length(name) between 1 and 60),
    created_at timestamptz not null default now(),
    constraint regions_district_is_root check ((level = 'district') = (parent_id is null)),
    constraint regions_parent_name_key unique nulls not distinct (parent_id, name)
  )`,
  sql`create index regions_parent_idx on regions (parent_id)`,
  sql`create table centers (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references regions (id) on delete restrict,
    name text not null check (length(name) between 1 and 100),
    address text not null check (length(address) between 1 and 200),
    area_m2 integer not null check (area_m2 > 0),
    time_zone text not null default 'Asia/Shanghai',
    opening_hours jsonb not null default '[]' check (jsonb_typeof(opening_hours) = 'array'),
    contact_name text,
    contact_phone text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint centers_name_key unique (name)
  )`,
  sql`create index centers_region_idx on centers (region_id)`,
  sql`create table rooms (
    id uuid primary key default gen_random_uuid(),
    center_id uuid not null references centers (id) on delete restrict,
    name text not null check (length(name) between 1 and 60),
    kind text not null,
    capacity integer not null check (capacity > 0),
    floor integer not null default 1,
    amenities text[] not null default '{}',
    access text not null check (access in ('resident', 'staff', 'open')),
    requires_approval boolean not null default false,
    description text not null default '',
    active boolean not null default true,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint rooms_center_name_key unique (center_id, name)
  )`,
  sql`create table staff (
    id uuid primary key default gen_random_uuid(),
    username text not null check (username = lower(username) and length(username) between 1 and 64),
    display_name text not null,
    password_hash text not null,
    role text not null check (role in ('district_admin', 'center_manager', 'center_staff')),
    region_id uuid references regions (id) on delete restrict,
    center_id uuid references centers (id) on delete restrict,
    active boolean not null default true,
    created_at timestamptz not null default now(),
    constraint staff_username_key unique (username),
    -- A district admin is scoped to a region, everyone else to exactly one center.
    constraint staff_scope check (
      (role = 'district_admin' and region_id is not null and center_id is null)
      or (role <> 'district_admin' and center_id is not null and region_id is null)
    )
  )`,
  sql`create table sessions (
    id text primary key,
    staff_id uuid not null references staff (id) on delete cascade,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null
  )`,
  sql`create index sessions_staff_idx on sessions (staff_id)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
