import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // The three lists of co-building (三个清单). Resources: what a unit offers (a room, a venue, funds,
  // experts, volunteers). A resource in a project cannot be deleted (restrict), only retired.
  sql`create table co_building_resources (
    id uuid primary key default gen_random_uuid(),
    unit_id uuid not null references co_building_units (id) on delete restrict,
    kind text not null check (kind in ('room', 'venue', 'funds', 'experts', 'volunteers', 'other')),
    description text not null check (length(btrim(description)) between 1 and 500),
    quantity text check (quantity is null or length(btrim(quantity)) between 1 and 80),
    status text not null default 'available' check (status in ('available', 'matched', 'retired')),
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  sql`create index co_building_resources_unit_idx on co_building_resources (unit_id)`,
  // Needs: what a community (a center, or a region's committee) asks for; exactly one of the two.
  sql`create table co_building_needs (
    id uuid primary key default gen_random_uuid(),
    center_id uuid references centers (id) on delete cascade,
    region_id uuid references regions (id) on delete cascade,
    title text not null check (length(btrim(title)) between 1 and 80),
    description text not null default '' check (length(description) <= 1000),
    status text not null default 'open' check (status in ('open', 'matched', 'done', 'closed')),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint co_building_needs_one_owner check ((center_id is null) <> (region_id is null))
  )`,
  sql`create index co_building_needs_center_idx on co_building_needs (center_id) where center_id is not null`,
  sql`create index co_building_needs_region_idx on co_building_needs (region_id) where region_id is not null`,
  // Projects: a match of resources to needs, run by a center or a region. started_on / completed_on
  // are the owner's local dates, kept so the region report counts joint services by day.
  sql`create table co_building_projects (
    id uuid primary key default gen_random_uuid(),
    center_id uuid references centers (id) on delete cascade,
    region_id uuid references regions (id) on delete cascade,
    title text not null check (length(btrim(title)) between 1 and 80),
    description text not null default '' check (length(description) <= 1000),
    status text not null default 'preparing' check (status in ('preparing', 'active', 'completed', 'terminated')),
    started_on date,
    completed_on date,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint co_building_projects_one_owner check ((center_id is null) <> (region_id is null)),
    constraint co_building_projects_completed_on check ((status = 'completed') = (completed_on is not null)),
    constraint co_building_projects_started_on check (status in ('preparing', 'terminated') or started_on is not null)
  )`,
  sql`create index co_building_projects_center_idx on co_building_projects (center_id) where center_id is not null`,
  sql`create index co_building_projects_region_idx on co_building_projects (region_id) where region_id is not null`,
  sql`create table co_building_project_resources (
    project_id uuid not null references co_building_projects (id) on delete cascade,
    resource_id uuid not null references co_building_resources (id) on delete restrict,
    primary key (project_id, resource_id)
  )`,
  sql`create index co_building_project_resources_resource_idx on co_building_project_resources (resource_id)`,
  sql`create table co_building_project_needs (
    project_id uuid not null references co_building_projects (id) on delete cascade,
    need_id uuid not null references co_building_needs (id) on delete restrict,
    primary key (project_id, need_id)
  )`,
  sql`create index co_building_project_needs_need_idx on co_building_project_needs (need_id)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
