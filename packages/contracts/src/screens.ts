import { type Static, Type } from '@sinclair/typebox'
import { Id, Text, Timestamp } from './common'

export const SCREEN_LAYOUTS = ['lobby', 'door', 'week'] as const
export const ScreenLayout = Type.Union(SCREEN_LAYOUTS.map((l) => Type.Literal(l)))
export type ScreenLayout = Static<typeof ScreenLayout>

export const SCREEN_LANGUAGES = ['zh-CN', 'en'] as const
export const ScreenLanguage = Type.Union(SCREEN_LANGUAGES.map((l) => Type.Literal(l)))
export type ScreenLanguage = Static<typeof ScreenLanguage>

/** What a fresh lobby screen shows so staff can pair it: a short code, and a secret only it knows. */
export const PairingStart = Type.Object({
  pairingId: Id,
  code: Type.String({ pattern: '^[A-Z0-9]{6}$' }),
  /** The screen polls with this; whoever only sees the code on screen cannot claim the device token. */
  secret: Type.String(),
  expiresAt: Timestamp,
  /** How long the code lives; a screen with a wrong clock counts from when it got the code. */
  ttlSeconds: Type.Integer(),
})
export type PairingStart = Static<typeof PairingStart>

export const PairingStatus = Type.Union([
  Type.Object({ status: Type.Literal('waiting') }),
  Type.Object({ status: Type.Literal('paired'), deviceToken: Type.String(), screenId: Id }),
  Type.Object({ status: Type.Literal('expired') }),
])
export type PairingStatus = Static<typeof PairingStatus>

export const PairingPoll = Type.Object({ secret: Type.String({ minLength: 10, maxLength: 200 }) }, { additionalProperties: false })

export const ScreenCreate = Type.Object(
  {
    code: Type.String({ pattern: '^[A-Za-z0-9]{6}$', description: 'the code the screen shows' }),
    name: Text(40),
    layout: ScreenLayout,
    language: ScreenLanguage,
    /** For the door panel: the room it stands at. */
    roomId: Type.Optional(Type.Union([Id, Type.Null()])),
  },
  { additionalProperties: false },
)
export type ScreenCreate = Static<typeof ScreenCreate>

export const ScreenUpdate = Type.Partial(
  Type.Object({ name: Text(40), layout: ScreenLayout, language: ScreenLanguage, roomId: Type.Union([Id, Type.Null()]), centerId: Id }),
  { additionalProperties: false, minProperties: 1 },
)
export type ScreenUpdate = Static<typeof ScreenUpdate>

export const Screen = Type.Object({
  id: Id,
  centerId: Id,
  name: Type.String(),
  layout: ScreenLayout,
  language: ScreenLanguage,
  roomId: Type.Union([Id, Type.Null()]),
  online: Type.Boolean(),
  /** No heartbeat for over two minutes: flagged in admin. */
  stale: Type.Boolean(),
  lastSeenAt: Type.Union([Timestamp, Type.Null()]),
  appVersion: Type.Union([Type.String(), Type.Null()]),
  createdAt: Timestamp,
})
export type Screen = Static<typeof Screen>

/** What a paired screen learns about itself when it connects. */
export const ScreenConfig = Type.Object({
  screenId: Id,
  centerId: Id,
  name: Type.String(),
  layout: ScreenLayout,
  language: ScreenLanguage,
  roomId: Type.Union([Id, Type.Null()]),
})
export type ScreenConfig = Static<typeof ScreenConfig>

export const ANNOUNCEMENT_PRIORITIES = ['normal', 'high'] as const
export const AnnouncementCreate = Type.Object(
  {
    text: Text(500),
    /** A center, or a region (district/subdistrict) for all its centers. */
    centerId: Type.Optional(Type.Union([Id, Type.Null()])),
    regionId: Type.Optional(Type.Union([Id, Type.Null()])),
    startsAt: Timestamp,
    endsAt: Timestamp,
    priority: Type.Union(ANNOUNCEMENT_PRIORITIES.map((p) => Type.Literal(p))),
  },
  { additionalProperties: false },
)
export type AnnouncementCreate = Static<typeof AnnouncementCreate>

export const Announcement = Type.Object({
  id: Id,
  text: Type.String(),
  centerId: Type.Union([Id, Type.Null()]),
  regionId: Type.Union([Id, Type.Null()]),
  startsAt: Timestamp,
  endsAt: Timestamp,
  priority: Type.Union(ANNOUNCEMENT_PRIORITIES.map((p) => Type.Literal(p))),
  createdAt: Timestamp,
})
export type Announcement = Static<typeof Announcement>

export const EmergencyCreate = Type.Object(
  {
    title: Text(40),
    message: Text(300),
    centerId: Type.Optional(Type.Union([Id, Type.Null()])),
    regionId: Type.Optional(Type.Union([Id, Type.Null()])),
    endsAt: Timestamp,
  },
  { additionalProperties: false },
)
export type EmergencyCreate = Static<typeof EmergencyCreate>

export const Emergency = Type.Object({
  id: Id,
  title: Type.String(),
  message: Type.String(),
  centerId: Type.Union([Id, Type.Null()]),
  regionId: Type.Union([Id, Type.Null()]),
  startsAt: Timestamp,
  endsAt: Timestamp,
  clearedAt: Type.Union([Timestamp, Type.Null()]),
})
export type Emergency = Static<typeof Emergency>

/** Everything a lobby screen of a center shows besides the schedule. */
export const ScreenBoard = Type.Object({
  announcements: Type.Array(Announcement),
  emergency: Type.Union([Emergency, Type.Null()]),
  /** The server's clock when it answered: screens with a wrong clock still end a takeover on time. */
  serverTime: Type.Optional(Timestamp),
})
export type ScreenBoard = Static<typeof ScreenBoard>
