import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // A resident proves a new number with a code of its own purpose before it replaces the old one.
  sql`alter table phone_codes drop constraint phone_codes_purpose_check`,
  sql`alter table phone_codes add constraint phone_codes_purpose_check check (purpose in ('sign_up', 'sign_in', 'reset_password', 'change_phone'))`,
  // A deleted account keeps its row (bookings and sign-ups still count in reports) but gives its
  // number up: a placeholder that can never be a real number, so whoever gets it next can sign up.
  sql`alter table residents drop constraint residents_phone_check`,
  sql`alter table residents add constraint residents_phone_check check (phone ~ '^1[3-9][0-9]{9}$' or (not active and phone ~ '^deleted:[0-9a-f-]{36}$'))`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
