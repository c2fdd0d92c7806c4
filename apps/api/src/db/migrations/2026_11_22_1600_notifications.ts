import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // Notification texts are rendered in the language the resident reads.
  sql`alter table residents add column language text not null default 'zh-CN' check (language in ('zh-CN', 'en'))`,

  // The outbox and the resident's inbox in one: written in the same transaction as what caused it.
  // (resident, kind, dedupe_key) is the idempotency key: recording the same event twice keeps one.
  sql`create table notifications (
    id uuid primary key default gen_random_uuid(),
    resident_id uuid not null references residents (id) on delete cascade,
    center_id uuid not null references centers (id) on delete cascade,
    kind text not null check (kind in ('seat_offered', 'offer_lapsed', 'booking_approved', 'booking_rejected',
      'booking_cancelled', 'booking_expired', 'booking_no_show', 'activity_date_cancelled')),
    dedupe_key text not null check (length(dedupe_key) between 1 and 200),
    params jsonb not null check (jsonb_typeof(params) = 'object'),
    link text not null check (link like '/%'),
    created_at timestamptz not null,
    read_at timestamptz,
    constraint notifications_event_key unique (resident_id, kind, dedupe_key)
  )`,
  sql`create index notifications_inbox_idx on notifications (resident_id, created_at desc, id desc)`,
  sql`create index notifications_unread_idx on notifications (resident_id) where read_at is null`,
  sql`create index notifications_center_idx on notifications (center_id, created_at desc)`,

  // One delivery per notification and channel; the worker moves it from pending to sent, or
  // (failed, retried with backoff) to dead. next_attempt_at doubles as the claim's lease.
  sql`create table notification_deliveries (
    id uuid primary key default gen_random_uuid(),
    notification_id uuid not null references notifications (id) on delete cascade,
    channel text not null check (channel in ('in_app', 'web_push', 'sms')),
    status text not null default 'pending' check (status in ('pending', 'sent', 'failed', 'dead')),
    attempts integer not null default 0 check (attempts >= 0),
    -- Tries made before staff last resent it: a resend gets a fresh count of tries, the record keeps them all.
    tries_before_resend integer not null default 0 check (tries_before_resend between 0 and attempts),
    next_attempt_at timestamptz not null,
    last_error text,
    sent_at timestamptz,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint notification_deliveries_channel_key unique (notification_id, channel),
    constraint notification_deliveries_sent check ((status = 'sent') = (sent_at is not null))
  )`,
  sql`create index notification_deliveries_due_idx on notification_deliveries (next_attempt_at) where status in ('pending', 'failed')`,
  sql`create index notification_deliveries_dead_idx on notification_deliveries (created_at) where status = 'dead'`,

  // Every try, with what the channel or provider answered and how long it took.
  sql`create table notification_attempts (
    id uuid primary key default gen_random_uuid(),
    delivery_id uuid not null references notification_deliveries (id) on delete cascade,
    channel text not null,
    attempt integer not null check (attempt > 0),
    outcome text not null check (outcome in ('sent', 'retry', 'dead')),
    answer text not null,
    latency_ms integer not null check (latency_ms >= 0),
    at timestamptz not null,
    constraint notification_attempts_key unique (delivery_id, attempt)
  )`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
