import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // 驻区单位: the offices, enterprises, schools and hospitals inside a region that work with its
  // centers (区域化党建). A unit is registered under a region (usually a subdistrict) and may work
  // with several centers and regions; everything co-building (agreements, the three lists, joint
  // meetings) hangs off a unit.
  sql`create table co_building_units (
    id uuid primary key default gen_random_uuid(),
    region_id uuid not null references regions (id) on delete restrict,
    name text not null check (length(btrim(name)) between 1 and 80),
    kind text not null check (kind in ('government', 'enterprise', 'school', 'hospital', 'social_organisation', 'public_institution', 'other')),
    contact_name text check (contact_name is null or length(btrim(contact_name)) between 1 and 40),
    contact_phone text check (contact_phone is null or contact_phone ~ '^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$'),
    address text check (address is null or length(address) <= 200),
    active boolean not null default true,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint co_building_units_region_name_key unique (region_id, name)
  )`,
  sql`create index co_building_units_region_idx on co_building_units (region_id)`,
  // The centers and regions a unit works with (结对共建): exactly one of the two per row.
  sql`create table co_building_partners (
    id uuid primary key default gen_random_uuid(),
    unit_id uuid not null references co_building_units (id) on delete cascade,
    center_id uuid references centers (id) on delete cascade,
    region_id uuid references regions (id) on delete cascade,
    constraint co_building_partners_one_side check ((center_id is null) <> (region_id is null))
  )`,
  sql`create unique index co_building_partners_center_key on co_building_partners (unit_id, center_id) where center_id is not null`,
  sql`create unique index co_building_partners_region_key on co_building_partners (unit_id, region_id) where region_id is not null`,
  sql`create index co_building_partners_center_idx on co_building_partners (center_id) where center_id is not null`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
