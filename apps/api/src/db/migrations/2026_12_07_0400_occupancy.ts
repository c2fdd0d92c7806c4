import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // People counted in an open-access room (书吧, 阅览室), by staff or a counter device through its
  // paired screen: a number and when, never who. The latest of the day is what the lobby shows.
  sql`create table occupancy_readings (
    id uuid primary key default gen_random_uuid(),
    room_id uuid not null references rooms (id) on delete cascade,
    at timestamptz not null default now(),
    count integer not null,
    staff_id uuid references staff (id) on delete set null,
    screen_id uuid references screens (id) on delete set null,
    constraint occupancy_readings_count_range check (count >= 0 and count <= 5000),
    constraint occupancy_readings_one_source check (num_nonnulls(staff_id, screen_id) <= 1)
  )`,
  sql`create index occupancy_readings_room_at_idx on occupancy_readings (room_id, at desc)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
