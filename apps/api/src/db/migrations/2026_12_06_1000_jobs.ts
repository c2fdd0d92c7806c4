import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // One row per recurring job (src/jobs). Its next due time lives here, not in a replica's memory,
  // so a restart neither skips nor repeats a run. A replica claims a due job by setting a lease
  // (locked_until, with a token only it knows) in one committed statement; a replica that dies
  // mid-run leaves the lease to run out and the job is claimed again. Times are the database's
  // clock, the one every replica shares.
  sql`create table jobs (
    name text primary key check (length(name) between 1 and 100),
    due_at timestamptz not null,
    locked_until timestamptz,
    lease_token uuid,
    nudged boolean not null default false,
    runs integer not null default 0 check (runs >= 0),
    failures integer not null default 0 check (failures >= 0),
    last_run_at timestamptz,
    last_error text,
    check ((locked_until is null) = (lease_token is null))
  )`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
