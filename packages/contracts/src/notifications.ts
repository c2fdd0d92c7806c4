import { type Static, Type } from '@sinclair/typebox'
import { Id, Timestamp } from './common'
import { LocalDate } from './activities'
import { LocalTime } from './centers'

/** What a notification is about; its texts are rendered from the kind and its params. */
export const NOTIFICATION_KINDS = [
  'seat_offered', 'offer_lapsed', 'booking_approved', 'booking_rejected', 'booking_cancelled', 'booking_expired', 'booking_no_show',
  'activity_date_cancelled',
  'booking_received', 'booking_reminder', 'signup_confirmed', 'offer_lapsing', 'activity_date_moved', 'activity_reminder',
  'check_in_open', 'center_emergency',
  'proposal_question', 'proposal_accepted', 'proposal_declined',
  'booking_step_approved', 'booking_escalated', 'booking_moved',
] as const
export const NotificationKind = Type.Union(NOTIFICATION_KINDS.map((k) => Type.Literal(k)))
export type NotificationKind = Static<typeof NotificationKind>

/**
 * What residents choose by: kinds grouped as a person thinks of them. Offers and changes (a seat
 * held for you, something you counted on is off or moved) are what the product promises to tell.
 */
export const NOTIFICATION_TOPICS = ['offers', 'changes', 'decisions', 'reminders'] as const
export const NotificationTopic = Type.Union(NOTIFICATION_TOPICS.map((t) => Type.Literal(t)))
export type NotificationTopic = Static<typeof NotificationTopic>

export const KIND_TOPIC: Record<NotificationKind, NotificationTopic> = {
  seat_offered: 'offers', offer_lapsing: 'offers', offer_lapsed: 'offers',
  activity_date_cancelled: 'changes', activity_date_moved: 'changes', center_emergency: 'changes', booking_cancelled: 'changes',
  booking_no_show: 'changes', booking_moved: 'changes',
  booking_received: 'decisions', booking_approved: 'decisions', booking_rejected: 'decisions', booking_expired: 'decisions',
  signup_confirmed: 'decisions',
  booking_reminder: 'reminders', activity_reminder: 'reminders', check_in_open: 'reminders',
  proposal_question: 'decisions', proposal_accepted: 'decisions', proposal_declined: 'decisions',
  booking_step_approved: 'decisions', booking_escalated: 'decisions',
}

export const NOTIFICATION_CHANNELS = ['in_app', 'web_push', 'sms'] as const
export const NotificationChannel = Type.Union(NOTIFICATION_CHANNELS.map((c) => Type.Literal(c)))
export type NotificationChannel = Static<typeof NotificationChannel>

/**
 * pending: not tried yet; failed: tried, tried again at nextAttemptAt; dead: given up (lastError says
 * why); skipped: deliberately not sent (the resident turned the channel off, the daily cap, a
 * deactivated account, a channel this server has no provider for), lastError says which.
 */
export const DELIVERY_STATUSES = ['pending', 'sent', 'failed', 'dead', 'skipped'] as const
export const DeliveryStatus = Type.Union(DELIVERY_STATUSES.map((s) => Type.Literal(s)))
export type DeliveryStatus = Static<typeof DeliveryStatus>

export const NotificationLanguage = Type.Union([Type.Literal('zh-CN'), Type.Literal('en')])
export type NotificationLanguage = Static<typeof NotificationLanguage>

/** Template parameters: ids, names and instants with the center's offset, e.g. `holdUntil` of a seat offer. */
export const NotificationParams = Type.Record(Type.String(), Type.Union([Type.String(), Type.Null()]))
export type NotificationParams = Static<typeof NotificationParams>

/**
 * One notification in a resident's inbox, in the resident's language. `link` is a path of the phone
 * pages: `/m/registrations?confirm=<id>` confirms an offered seat in one tap; `/m/registrations?registration=<id>`
 * and `/m/bookings?booking=<id>` open the registration or booking concerned.
 */
export const Notification = Type.Object({
  id: Id,
  kind: NotificationKind,
  centerId: Id,
  title: Type.String(),
  body: Type.String(),
  link: Type.String(),
  params: NotificationParams,
  createdAt: Timestamp,
  readAt: Type.Union([Timestamp, Type.Null()]),
})
export type Notification = Static<typeof Notification>

export const InboxQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
    unreadOnly: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)
export type InboxQuery = Static<typeof InboxQuery>

/** One page of the inbox, newest first; `unread` counts the whole inbox, for the bell. */
export const InboxPage = Type.Object({ items: Type.Array(Notification), total: Type.Integer(), unread: Type.Integer() })
export type InboxPage = Static<typeof InboxPage>

export const InboxCounts = Type.Object({ unread: Type.Integer() })
export type InboxCounts = Static<typeof InboxCounts>

const Topics = Type.Array(NotificationTopic, { uniqueItems: true, maxItems: NOTIFICATION_TOPICS.length })

/**
 * What reaches a resident beyond the inbox. The inbox keeps everything (it is the record); push and
 * SMS carry the topics chosen; `reminders: false` stops reminders everywhere. SMS waits out the quiet
 * hours (center-local wall clock; start = end means none), except a seat offer whose hold would
 * lapse before they end.
 */
export const NotificationSettings = Type.Object({
  language: NotificationLanguage,
  reminders: Type.Boolean(),
  pushTopics: Topics,
  smsTopics: Topics,
  quietHours: Type.Object({ start: LocalTime, end: LocalTime }),
})
export type NotificationSettings = Static<typeof NotificationSettings>
export const NotificationSettingsPatch = Type.Object(
  {
    language: Type.Optional(NotificationLanguage),
    reminders: Type.Optional(Type.Boolean()),
    pushTopics: Type.Optional(Topics),
    smsTopics: Type.Optional(Topics),
    quietHours: Type.Optional(Type.Object({ start: LocalTime, end: LocalTime }, { additionalProperties: false })),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type NotificationSettingsPatch = Static<typeof NotificationSettingsPatch>

/** The channels an unsubscribe link can turn off. */
export const ExternalChannel = Type.Union([Type.Literal('web_push'), Type.Literal('sms')])
export type ExternalChannel = Static<typeof ExternalChannel>
const NotifyToken = Type.String({ pattern: '^[0-9a-f]{32}$', description: 'the token of an unsubscribe link' })

export const UnsubscribeQuery = Type.Object({ t: NotifyToken, channel: ExternalChannel }, { additionalProperties: false })
export type UnsubscribeQuery = Static<typeof UnsubscribeQuery>
export const UnsubscribeBody = UnsubscribeQuery
export type UnsubscribeBody = UnsubscribeQuery

/** What an unsubscribe link shows before and after: whose (masked phone) and whether the channel still carries anything. */
export const UnsubscribeState = Type.Object({
  channel: ExternalChannel,
  /** e.g. 138****5678, so a resident sees it is their number without the link telling anyone the number. */
  phone: Type.String(),
  subscribed: Type.Boolean(),
})
export type UnsubscribeState = Static<typeof UnsubscribeState>

/** One delivery of a notification over one channel, as staff see it in 通知记录. */
export const DeliveryRecord = Type.Object({
  id: Id,
  notificationId: Id,
  centerId: Id,
  residentId: Id,
  residentName: Type.String(),
  kind: NotificationKind,
  /** The text as sent, in Chinese. */
  title: Type.String(),
  channel: NotificationChannel,
  status: DeliveryStatus,
  attempts: Type.Integer(),
  nextAttemptAt: Type.Union([Timestamp, Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
  sentAt: Type.Union([Timestamp, Type.Null()]),
  readAt: Type.Union([Timestamp, Type.Null()]),
  createdAt: Timestamp,
})
export type DeliveryRecord = Static<typeof DeliveryRecord>

/** Filters of a center's delivery log; dates are the center's local days, inclusive. */
export const DeliveryQuery = Type.Object(
  {
    residentId: Type.Optional(Id), kind: Type.Optional(NotificationKind), channel: Type.Optional(NotificationChannel),
    status: Type.Optional(DeliveryStatus), from: Type.Optional(LocalDate), to: Type.Optional(LocalDate),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })), offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  },
  { additionalProperties: false },
)
export type DeliveryQuery = Static<typeof DeliveryQuery>

export const DeliveryPage = Type.Object({ items: Type.Array(DeliveryRecord), total: Type.Integer() })
export type DeliveryPage = Static<typeof DeliveryPage>

/** not_configured: no provider or keys are set, so no deliveries are made for the channel at all. */
export const ChannelState = Type.Union([Type.Literal('on'), Type.Literal('not_configured')])
export type ChannelState = Static<typeof ChannelState>

/** Whether each channel can send, and how far the outbox is behind. */
export const NotificationHealth = Type.Object({
  channels: Type.Object({ in_app: ChannelState, web_push: ChannelState, sms: ChannelState }),
  /** Deliveries due or waiting for a retry. */
  backlog: Type.Integer(),
  /** Age of the oldest of those, in seconds; null when there are none. */
  oldestUndeliveredSeconds: Type.Union([Type.Integer(), Type.Null()]),
  dead: Type.Integer(),
})
export type NotificationHealth = Static<typeof NotificationHealth>
