import type { Generated } from 'kysely'
import type { DeliveryStatus, NotificationChannel, NotificationKind, NotificationParams, NotificationTopic } from '@linli/contracts'
import type { Json, Nullable } from './column-types'

// The notification tables (modules/notifications), apart from schema.ts so each file holds one part of the database.

/** The outbox and inbox (modules/notifications): one row per resident and event. */
export interface NotificationsTable {
  id: Generated<string>
  resident_id: string
  center_id: string
  kind: NotificationKind
  dedupe_key: string
  params: Json<NotificationParams>
  link: string
  created_at: Date
  read_at: Nullable<Date>
  /** When the worker made its push and SMS deliveries (the inbox one is made with the notification). */
  fanned_out_at: Nullable<Date>
}

export interface NotificationDeliveriesTable {
  id: Generated<string>
  notification_id: string
  channel: NotificationChannel
  status: Generated<DeliveryStatus>
  attempts: Generated<number>
  tries_before_resend: Generated<number>
  next_attempt_at: Date
  last_error: Nullable<string>
  sent_at: Nullable<Date>
  created_at: Date
  updated_at: Date
}

export interface NotificationAttemptsTable {
  id: Generated<string>
  delivery_id: string
  channel: NotificationChannel
  attempt: number
  outcome: 'sent' | 'retry' | 'dead' | 'skipped'
  answer: string
  latency_ms: number
  at: Date
}

/** What a resident lets us send beyond the inbox (modules/notifications); no row means the defaults. */
export interface ResidentNotificationSettingsTable {
  resident_id: string
  reminders: Generated<boolean>
  push_topics: Generated<NotificationTopic[]>
  sms_topics: Generated<NotificationTopic[]>
  /** 'HH:MM:SS', the center's wall clock. */
  quiet_start: Generated<string>
  quiet_end: Generated<string>
  updated_at: Date
}

/** A browser's Web Push subscription (modules/notifications/push.ts); the endpoint is unique. */
export interface PushSubscriptionsTable {
  id: Generated<string>
  resident_id: string
  endpoint: string
  /** The browser's P-256 public key and auth secret, unpadded base64url (RFC 8291). */
  p256dh: string
  auth: string
  user_agent: Nullable<string>
  created_at: Date
  last_success_at: Nullable<Date>
}

/** Secrets the server makes for itself once, shared by every replica (the VAPID key pair). */
export interface ServerKeysTable {
  name: string
  value: string
  created_at: Date
}
