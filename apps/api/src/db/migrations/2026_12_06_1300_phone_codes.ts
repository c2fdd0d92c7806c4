import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // One-time SMS codes. Only a keyed digest of the code is kept. A number nobody registered still
  // gets a row (with a code that was never sent), so rate limits and answers are the same for
  // every number. Rows outlive their use for an hour: they are what the per-number and
  // per-address limits count.
  sql`create table phone_codes (
    id uuid primary key default gen_random_uuid(),
    phone text not null check (phone ~ '^1[3-9][0-9]{9}$'),
    purpose text not null check (purpose in ('sign_up', 'sign_in', 'reset_password')),
    code_hash text not null check (code_hash ~ '^[0-9a-f]{64}$'),
    client text not null check (length(client) between 1 and 64),
    tries integer not null default 0 check (tries between 0 and 5),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    closed_at timestamptz,
    closed_reason text check (closed_reason in ('used', 'replaced')),
    check (expires_at > created_at),
    check ((closed_at is null) = (closed_reason is null))
  )`,
  // One live code per number and purpose: asking again replaces the old one.
  sql`create unique index phone_codes_live_idx on phone_codes (phone, purpose) where closed_at is null`,
  sql`create index phone_codes_phone_idx on phone_codes (phone, created_at)`,
  sql`create index phone_codes_client_idx on phone_codes (client, created_at)`,
  sql`create index phone_codes_created_idx on phone_codes (created_at)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
