import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // A resident's private calendar feed: calendar apps fetch it without cookies, so the URL's token
  // is the only key. Kept in the clear (the phone page shows the link again later); replacing the
  // token is how a resident revokes a link they shared, deleting the row turns the feed off.
  sql`create table resident_calendar_feeds (
    resident_id uuid primary key references residents (id) on delete cascade,
    token text not null unique check (token ~ '^[A-Za-z0-9_-]{32}$'),
    created_at timestamptz not null
  )`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
