import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
//
// The S3-compatible file store (issue 18): a row per object in the bucket, written in the
// transaction of the record or agreement the file belongs to. The object is put before the commit
// under a name of its own (object_key), so a rolled-back upload leaves an object no row names and a
// replaced file never overwrites the one a rolled-back change still shows; a sweep deletes objects
// no row names once they are older than a grace period.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table stored_objects (
    key text primary key check (length(key) between 1 and 200),
    object_key text not null unique check (length(object_key) between 1 and 1024),
    content_type text not null,
    bytes_size integer not null check (bytes_size > 0),
    created_at timestamptz not null default now()
  )`.execute(db)
}
