import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
// The per-account lock let anyone who knew a username lock its owner out; sign-in is now slowed per
// (name, client) in sign_in_throttle, so the lock's columns only mislead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table staff drop column failed_logins, drop column locked_until`.execute(db)
}
