import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // Each screen's panel size and viewing distance: the screen scales its text from them.
  sql`alter table screens
    add column panel_inches double precision not null default 55 check (panel_inches between 7 and 150),
    add column viewing_distance_m double precision not null default 3 check (viewing_distance_m between 0.3 and 30)`,
  // When screens were told that an announcement started or ended. What is still null and due is
  // pushed by whichever replica gets to it first, also after a restart.
  sql`alter table announcements add column start_pushed_at timestamptz, add column end_pushed_at timestamptz`,
  // What has already started or ended was shown by the screens' own re-reads: nothing to replay.
  sql`update announcements set start_pushed_at = starts_at where starts_at <= now()`,
  sql`update announcements set end_pushed_at = ends_at where ends_at <= now()`,
  sql`create index announcements_start_push_idx on announcements (starts_at) where start_pushed_at is null`,
  sql`create index announcements_end_push_idx on announcements (ends_at) where end_pushed_at is null`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
