import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // A room's own week replaces its center's for that room (null: follows the center); dated
  // exceptions ({date, intervals}, none = closed) beat either. The API checks times and dates.
  sql`alter table rooms add column weekly_hours jsonb
    check (weekly_hours is null or jsonb_typeof(weekly_hours) = 'array')`,
  sql`alter table rooms add column hours_exceptions jsonb not null default '[]'
    check (jsonb_typeof(hours_exceptions) = 'array' and jsonb_array_length(hours_exceptions) <= 60)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
