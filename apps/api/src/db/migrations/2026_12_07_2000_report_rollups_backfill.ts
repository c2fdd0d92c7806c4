import { type Kysely, sql } from 'kysely'

// The roll-ups of 2026_12_07_1500 and 2026_12_07_1900 were created empty, with triggers that count
// only later writes: on an installation that already had a year of check-ins, bookings, 民情 and
// volunteer service, its reports' whole months would read as zero, and a later change to an old row
// would count down from zero. Counted once here from the raw rows (the same recount as
// `npm run linli -- rebuild-rollups`), in the migration's transaction.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`select report_rollups_rebuild(null)`.execute(db)
}
