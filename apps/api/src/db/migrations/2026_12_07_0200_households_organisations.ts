import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.

/** The centers a resident is tied to: where they booked, registered at the desk or signed up. */
const residentCenters = sql`(
  select resident_id, center_id from bookings where resident_id is not null
  union select resident_id, center_id from center_residents
  union select resident_id, center_id from registrations
)`

const statements = [
  // A household: residents at one address, made by a center's staff (or from a family link). A
  // resident belongs to at most one household anywhere, which the unique key on members guards.
  sql`create table households (
    id uuid primary key default gen_random_uuid(),
    center_id uuid not null references centers (id) on delete cascade,
    name text not null check (length(btrim(name)) between 1 and 80),
    weekly_quota integer check (weekly_quota > 0),
    created_by_staff_id uuid references staff (id) on delete set null,
    created_at timestamptz not null default now()
  )`,
  sql`create index households_center_idx on households (center_id)`,
  sql`create table household_members (
    household_id uuid not null references households (id) on delete cascade,
    resident_id uuid not null references residents (id) on delete cascade,
    added_at timestamptz not null default now(),
    primary key (household_id, resident_id),
    constraint household_members_one_household unique (resident_id)
  )`,
  // An organisation (resident unit, social organisation, volunteer team, choir) of one center or
  // of a region's centers; publish_name says whether lobby screens may show its name at all.
  sql`create table organisations (
    id uuid primary key default gen_random_uuid(),
    center_id uuid references centers (id) on delete cascade,
    region_id uuid references regions (id) on delete cascade,
    name text not null check (length(btrim(name)) between 1 and 80),
    contact_name text check (contact_name is null or length(contact_name) <= 40),
    contact_phone text check (contact_phone is null or contact_phone ~ '^1[3-9][0-9]{9}$'),
    publish_name boolean not null default false,
    weekly_quota integer check (weekly_quota > 0),
    created_at timestamptz not null default now(),
    constraint organisations_one_scope check ((center_id is null) <> (region_id is null))
  )`,
  sql`create unique index organisations_center_name_key on organisations (center_id, name) where center_id is not null`,
  sql`create unique index organisations_region_name_key on organisations (region_id, name) where region_id is not null`,
  sql`create table organisation_members (
    organisation_id uuid not null references organisations (id) on delete cascade,
    resident_id uuid not null references residents (id) on delete cascade,
    added_at timestamptz not null default now(),
    primary key (organisation_id, resident_id)
  )`,
  sql`create index organisation_members_resident_idx on organisation_members (resident_id)`,
  sql`alter table bookings add column organisation_id uuid references organisations (id)`,
  sql`create index bookings_organisation_idx on bookings (organisation_id, starts_at) where organisation_id is not null`,

  // The free text becomes entities: one organisation per distinct name per center. A name any of
  // whose bookings was published may be published, so the lobby shows exactly what it showed.
  sql`insert into organisations (center_id, name, publish_name)
    select center_id, btrim(organisation_name), bool_or(publish_organisation) from bookings
    where btrim(coalesce(organisation_name, '')) <> '' group by center_id, btrim(organisation_name)`,
  sql`insert into organisations (center_id, name)
    select distinct t.center_id, btrim(r.organisation_name) from residents r join ${residentCenters} t on t.resident_id = r.id
    where btrim(coalesce(r.organisation_name, '')) <> ''
    on conflict (center_id, name) where center_id is not null do nothing`,
  sql`update bookings b set organisation_id = o.id from organisations o
    where o.center_id = b.center_id and o.name = btrim(b.organisation_name)`,
  // Who said they act for it (at sign-up) or booked for it is a member.
  sql`insert into organisation_members (organisation_id, resident_id)
    select o.id, r.id from residents r join ${residentCenters} t on t.resident_id = r.id
      join organisations o on o.center_id = t.center_id and o.name = btrim(r.organisation_name)
    union select organisation_id, resident_id from bookings where organisation_id is not null and resident_id is not null
    on conflict do nothing`,
  // What remains on residents is only a statement no center could place yet (signed up, never
  // seen at a center); staff turn it into a membership when the resident turns up.
  sql`update residents set organisation_name = null
    where id in (select resident_id from organisation_members) or btrim(coalesce(organisation_name, '')) = ''`,
  sql`alter table bookings drop constraint bookings_booker`,
  sql`alter table bookings drop column organisation_name`,
  sql`alter table bookings add constraint bookings_booker check (
    resident_id is not null or (walk_in_name is not null and walk_in_phone is not null) or organisation_id is not null
  )`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
