import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // Failed sign-ins per (name tried, client address) and per client address as a whole (subject '*').
  // Kept in the database rather than in memory so every replica sees the same counts and a restart
  // forgives nobody. The name is stored as a digest: the table holds what strangers typed.
  sql`create table sign_in_throttle (
    scope text not null check (scope in ('staff', 'resident')),
    subject text not null check (length(subject) between 1 and 64),
    client text not null check (length(client) between 1 and 64),
    failures integer not null default 0 check (failures >= 0),
    window_started_at timestamptz not null,
    blocked_until timestamptz,
    primary key (scope, subject, client)
  )`,
  sql`create index sign_in_throttle_window_idx on sign_in_throttle (window_started_at)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
