import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
//
// What the S3 file store deleted: a row per object whose stored_objects row a delete removed,
// written in the same transaction. The sweep deletes such an object from the bucket only once the
// retention period has passed, so it never takes an object it did not delete itself (another
// installation's, or one a restored backup still names), and a rolled-back delete records nothing.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table stored_object_deletions (
    object_key text primary key,
    key text not null,
    deleted_at timestamptz not null
  )`.execute(db)
  await sql`create index stored_object_deletions_deleted_at on stored_object_deletions (deleted_at)`.execute(db)
}
