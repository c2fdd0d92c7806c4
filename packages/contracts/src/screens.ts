import { type Static, Type } from '@sinclair/typebox'
import { Id, Text, Timestamp } from './common'
import { RoomHoursToday } from './room-hours'
import { RoomOccupancy } from './occupancy'

export const SCREEN_LAYOUTS = ['lobby', 'door', 'week'] as const
export const ScreenLayout = Type.Union(SCREEN_LAYOUTS.map((l) => Type.Literal(l)))
export type ScreenLayout = Static<typeof ScreenLayout>

export const SCREEN_LANGUAGES = ['zh-CN', 'en'] as const
export const ScreenLanguage = Type.Union(SCREEN_LANGUAGES.map((l) => Type.Literal(l)))
export type ScreenLanguage = Static<typeof ScreenLanguage>

/**
 * How large the panel is (inches diagonal) and how far away people read it (metres): the screen
 * sizes its text from these so the smallest text meets the 25 mm per 3 m legibility rule.
 */
export const PanelInches = Type.Number({ minimum: 7, maximum: 150, description: 'panel diagonal in inches' })
export const ViewingDistance = Type.Number({ minimum: 0.3, maximum: 30, description: 'viewing distance in metres' })
export const SCREEN_VIEWING_DEFAULTS = { panelInches: 55, viewingDistanceM: 3 } as const

/** A lobby screen shows 活动风采 (the center's published records with photos) unless staff turn it off. */
export const ShowRecords = Type.Boolean({ description: "lobby layout: show the center's activity records (活动风采)" })

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

/** The pairing code as the screen shows it: six of these letters and digits, no 0/O or 1/I. */
export const PAIRING_CODE_LENGTH = 6

/**
 * A code as staff type or paste it ('mgf 56v', 'MGF-56V') in the form the screen generated it
 * ('MGF56V'): spaces (also full-width ones) and dashes dropped, upper-cased. Done before any length
 * check, so a space read off the screen never costs a character.
 */
export const normalizePairingCode = (input: string) => input.replace(/[\s\-‐-―－]/gu, '').toUpperCase()

export const PairingPoll = Type.Object({ secret: Type.String({ minLength: 10, maxLength: 200 }) }, { additionalProperties: false })

export const ScreenCreate = Type.Object(
  {
    code: Type.String({
      maxLength: 40,
      // Six letters or digits, with spaces and dashes allowed anywhere (as the screen groups it).
      pattern: '^[\\s\\-‐-―－]*(?:[A-Za-z0-9][\\s\\-‐-―－]*){6}$',
      description: "the code the screen shows, in any case, with or without its spaces or dashes ('MGF 56V')",
    }),
    name: Text(40),
    layout: ScreenLayout,
    language: ScreenLanguage,
    /** For the door panel: the room it stands at. */
    roomId: Type.Optional(Type.Union([Id, Type.Null()])),
    panelInches: Type.Optional(PanelInches),
    viewingDistanceM: Type.Optional(ViewingDistance),
    showRecords: Type.Optional(ShowRecords),
  },
  { additionalProperties: false },
)
export type ScreenCreate = Static<typeof ScreenCreate>

export const ScreenUpdate = Type.Partial(
  Type.Object({
    name: Text(40), layout: ScreenLayout, language: ScreenLanguage, roomId: Type.Union([Id, Type.Null()]), centerId: Id,
    panelInches: PanelInches, viewingDistanceM: ViewingDistance, showRecords: ShowRecords,
  }),
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
  panelInches: Type.Number(),
  viewingDistanceM: Type.Number(),
  showRecords: Type.Boolean(),
  online: Type.Boolean(),
  /** No heartbeat for over two minutes (a screen never seen counts from its pairing): flagged in admin. */
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
  panelInches: Type.Number(),
  viewingDistanceM: Type.Number(),
  showRecords: Type.Boolean(),
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
  /** Each active room's opening hours today in the center's zone (its own, an exception, or the center's). */
  roomHours: Type.Optional(Type.Array(Type.Composite([Type.Object({ roomId: Id }), RoomHoursToday]))),
  /** People in each active open-access room, from today's latest count (rooms without one today are left out). */
  occupancy: Type.Optional(Type.Array(RoomOccupancy)),
})
export type ScreenBoard = Static<typeof ScreenBoard>
