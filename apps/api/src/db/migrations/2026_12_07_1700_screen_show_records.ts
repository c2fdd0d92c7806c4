import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
//
// Whether a lobby screen shows 活动风采 (issue 18). True for every screen already paired, so each
// keeps showing the center's records as it did; staff turn it off per screen.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table screens add column show_records boolean not null default true`.execute(db)
}
