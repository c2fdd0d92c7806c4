import { type Static, Type } from '@sinclair/typebox'
import { Id, Text, Timestamp } from './common'
import { LocalDate, OffsetDateTime } from './activities'
import { MobilePhone } from './bookings'

export const VolunteerTeamCreate = Type.Object(
  { name: Text(60), description: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
)
export type VolunteerTeamCreate = Static<typeof VolunteerTeamCreate>

export const VolunteerTeamUpdate = Type.Partial(
  Type.Object({ name: Text(60), description: Type.String({ maxLength: 500 }), active: Type.Boolean() }),
  { additionalProperties: false, minProperties: 1 },
)
export type VolunteerTeamUpdate = Static<typeof VolunteerTeamUpdate>

export const VolunteerTeam = Type.Object({
  id: Id, centerId: Id, name: Type.String(), description: Type.String(), active: Type.Boolean(),
  memberCount: Type.Integer(), totalMinutes: Type.Integer(), totalPoints: Type.Integer(), createdAt: Timestamp,
})
export type VolunteerTeam = Static<typeof VolunteerTeam>

/** Join a resident (by id or by phone of an existing account) to a team. */
export const VolunteerMemberCreate = Type.Object(
  {
    residentId: Type.Optional(Id),
    phone: Type.Optional(MobilePhone),
    publicAlias: Type.Optional(Type.Union([Text(20), Type.Null()])),
    leaderboardConsent: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type VolunteerMemberCreate = Static<typeof VolunteerMemberCreate>

export const VolunteerMemberUpdate = Type.Partial(
  Type.Object({ publicAlias: Type.Union([Text(20), Type.Null()]), leaderboardConsent: Type.Boolean(), active: Type.Boolean() }),
  { additionalProperties: false, minProperties: 1 },
)
export type VolunteerMemberUpdate = Static<typeof VolunteerMemberUpdate>

export const VolunteerMember = Type.Object({
  id: Id, teamId: Id, teamName: Type.String(), centerId: Id, residentId: Id,
  /** Staff-only: the registered name and phone. */
  name: Type.String(), phone: Type.String(),
  publicAlias: Type.Union([Type.String(), Type.Null()]), leaderboardConsent: Type.Boolean(), active: Type.Boolean(),
  totalMinutes: Type.Integer(), totalPoints: Type.Integer(),
  /** 0 to 10, from the center's star thresholds. */
  stars: Type.Integer({ minimum: 0, maximum: 10 }),
  joinedAt: Timestamp,
})
export type VolunteerMember = Static<typeof VolunteerMember>

/** Staff record service by hand (or correct it); check-ins on volunteer activities record it themselves. */
export const VolunteerServiceCreate = Type.Object(
  {
    memberId: Id,
    servedAt: OffsetDateTime,
    minutes: Type.Integer({ minimum: 1, maximum: 1440 }),
    occurrenceId: Type.Optional(Type.Union([Id, Type.Null()])),
    note: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
)
export type VolunteerServiceCreate = Static<typeof VolunteerServiceCreate>

export const VolunteerService = Type.Object({
  id: Id, memberId: Id, memberName: Type.String(), teamName: Type.String(), occurrenceId: Type.Union([Id, Type.Null()]),
  activityTitle: Type.Union([Type.String(), Type.Null()]), servedAt: OffsetDateTime, minutes: Type.Integer(), points: Type.Integer(),
  note: Type.String(), fromCheckIn: Type.Boolean(),
})
export type VolunteerService = Static<typeof VolunteerService>

/** What a lobby screen may show: aliases of members who consented, never a registered name. */
export const Leaderboard = Type.Object({
  centerId: Id,
  enabled: Type.Boolean(),
  members: Type.Array(Type.Object({ alias: Type.String(), teamName: Type.String(), points: Type.Integer(), stars: Type.Integer() })),
  teams: Type.Array(Type.Object({ name: Type.String(), memberCount: Type.Integer(), hours: Type.Number(), points: Type.Integer() })),
})
export type Leaderboard = Static<typeof Leaderboard>

/** Staff lists: one team's members, or the whole center's; inactive members on request. */
export const VolunteerMemberListQuery = Type.Object(
  { teamId: Type.Optional(Id), includeInactive: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
)
export type VolunteerMemberListQuery = Static<typeof VolunteerMemberListQuery>

/** Service served on these local days (both inclusive; default the last 30 days), newest first. */
export const VolunteerServiceListQuery = Type.Object(
  { from: Type.Optional(LocalDate), to: Type.Optional(LocalDate), memberId: Type.Optional(Id) },
  { additionalProperties: false },
)
export type VolunteerServiceListQuery = Static<typeof VolunteerServiceListQuery>

/** The signed-in resident's own volunteering: per team membership, under that center's rules. */
export const MyVolunteering = Type.Object({
  memberships: Type.Array(Type.Object({
    memberId: Id, teamId: Id, teamName: Type.String(), centerId: Id, centerName: Type.String(),
    active: Type.Boolean(), publicAlias: Type.Union([Type.String(), Type.Null()]), leaderboardConsent: Type.Boolean(),
    totalMinutes: Type.Integer(), hours: Type.Number(), totalPoints: Type.Integer(),
    stars: Type.Integer({ minimum: 0, maximum: 10 }),
    /** Points needed for the next star (the threshold itself), or null at the top level. */
    nextStarPoints: Type.Union([Type.Integer(), Type.Null()]),
  })),
  /** The latest service across all memberships (at most 20). */
  recentService: Type.Array(Type.Object({
    teamName: Type.String(), activityTitle: Type.Union([Type.String(), Type.Null()]), servedAt: OffsetDateTime,
    minutes: Type.Integer(), points: Type.Integer(),
  })),
})
export type MyVolunteering = Static<typeof MyVolunteering>

/** A volunteer's own say over the lobby leaderboard: their alias, and whether it may be shown. */
export const MyVolunteeringUpdate = Type.Partial(
  Type.Object({ publicAlias: Type.Union([Text(20), Type.Null()]), leaderboardConsent: Type.Boolean() }),
  { additionalProperties: false, minProperties: 1 },
)
export type MyVolunteeringUpdate = Static<typeof MyVolunteeringUpdate>
