import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // Secrets the server makes for itself once (the Web Push VAPID key pair), shared by every
  // replica: the first to start inserts, the others read what it wrote.
  sql`create table server_keys (
    name text primary key check (length(name) between 1 and 100),
    value text not null check (length(value) between 1 and 10000),
    created_at timestamptz not null
  )`,

  // A browser's Web Push subscription (PushSubscription.toJSON()): where its push service takes
  // messages for it, and the keys (RFC 8291) a message is encrypted to. An endpoint names one
  // browser on one device, so it belongs to whoever subscribed it last.
  sql`create table push_subscriptions (
    id uuid primary key default gen_random_uuid(),
    resident_id uuid not null references residents (id) on delete cascade,
    endpoint text not null unique check (endpoint ~ '^https://[^/?#[:space:]]+' and length(endpoint) <= 2048),
    p256dh text not null check (p256dh ~ '^[A-Za-z0-9_-]{87}$'),
    auth text not null check (auth ~ '^[A-Za-z0-9_-]{22}$'),
    user_agent text check (length(user_agent) <= 500),
    created_at timestamptz not null,
    last_success_at timestamptz
  )`,
  sql`create index push_subscriptions_resident_idx on push_subscriptions (resident_id)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
