import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // A resident barred from new bookings and sign-ups at one center for a while, after too many
  // no-shows under the center's rule (N in D days). The counts that led to it are kept, so the
  // resident and staff can be told why; staff may lift it early.
  sql`create table suspensions (
    id uuid primary key default gen_random_uuid(),
    center_id uuid not null references centers (id) on delete cascade,
    resident_id uuid not null references residents (id) on delete cascade,
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    no_shows integer not null check (no_shows between 1 and 1000),
    window_days integer not null check (window_days between 1 and 3650),
    lifted_at timestamptz,
    lifted_by_staff_id uuid references staff (id) on delete set null,
    created_at timestamptz not null default now(),
    constraint suspensions_span check (ends_at > starts_at),
    constraint suspensions_lift check (lifted_at is not null or lifted_by_staff_id is null),
    constraint suspensions_lift_time check (lifted_at is null or lifted_at >= starts_at)
  )`,
  sql`create index suspensions_resident_idx on suspensions (resident_id, center_id, starts_at)`,
  sql`create index suspensions_center_idx on suspensions (center_id, starts_at)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
