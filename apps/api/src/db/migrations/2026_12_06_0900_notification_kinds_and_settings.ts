import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  sql`alter table notifications drop constraint notifications_kind_check`,
  sql`alter table notifications add constraint notifications_kind_check check (kind in ('seat_offered', 'offer_lapsed',
    'booking_approved', 'booking_rejected', 'booking_cancelled', 'booking_expired', 'booking_no_show', 'activity_date_cancelled',
    'booking_received', 'booking_reminder', 'signup_confirmed', 'offer_lapsing', 'activity_date_moved', 'activity_reminder',
    'check_in_open', 'center_emergency'))`,

  // skipped: deliberately not sent (channel turned off, daily cap, deactivated account, no provider), with the reason.
  sql`alter table notification_deliveries drop constraint notification_deliveries_status_check`,
  sql`alter table notification_deliveries add constraint notification_deliveries_status_check
    check (status in ('pending', 'sent', 'failed', 'dead', 'skipped'))`,
  sql`alter table notification_attempts drop constraint notification_attempts_outcome_check`,
  sql`alter table notification_attempts add constraint notification_attempts_outcome_check check (outcome in ('sent', 'retry', 'dead', 'skipped'))`,

  // Push and SMS deliveries are made by the worker, which knows this server's channels and reads the
  // resident's choices; null until it has. Notifications before this had the inbox only.
  sql`alter table notifications add column fanned_out_at timestamptz`,
  sql`update notifications set fanned_out_at = created_at`,
  sql`create index notifications_fan_out_idx on notifications (created_at) where fanned_out_at is null`,

  // The secret in every push and SMS unsubscribe link: it names the resident without a sign-in, so
  // it is random (122 bits), not derived from the id.
  sql`alter table residents add column notify_token text not null unique default replace(gen_random_uuid()::text, '-', '')`,

  // What a resident lets us send beyond the inbox. No row means the defaults. Topics are
  // offers / changes / decisions / reminders; quiet hours are the center's local wall clock.
  sql`create table resident_notification_settings (
    resident_id uuid primary key references residents (id) on delete cascade,
    reminders boolean not null default true,
    push_topics text[] not null default '{offers,changes,decisions,reminders}'
      check (push_topics <@ '{offers,changes,decisions,reminders}'::text[]),
    sms_topics text[] not null default '{offers,changes,decisions}'
      check (sms_topics <@ '{offers,changes,decisions,reminders}'::text[]),
    quiet_start time not null default '21:00',
    quiet_end time not null default '08:00',
    updated_at timestamptz not null
  )`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
