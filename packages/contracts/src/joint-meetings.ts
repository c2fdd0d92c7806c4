import { type Static, Type } from '@sinclair/typebox'
import { Id, Text, Timestamp } from './common'
import { LocalDate, LocalDateTime, OffsetDateTime } from './activities'

/** Joint meetings (联席会议) of a center or region with its co-building units, and the problems raised there. */
export const PROBLEM_STATUSES = ['raised', 'assigned', 'solved'] as const
export const ProblemStatus = Type.Union(PROBLEM_STATUSES.map((s) => Type.Literal(s)))
export type ProblemStatus = Static<typeof ProblemStatus>

const Units = Type.Array(Id, { maxItems: 100, uniqueItems: true })

export const JointMeetingCreate = Type.Object({
  centerId: Type.Optional(Id), regionId: Type.Optional(Id), title: Text(80),
  /** Wall-clock time in the center's (or region's) zone. */
  startsLocal: LocalDateTime,
  location: Type.Optional(Type.String({ maxLength: 100 })), minutes: Type.Optional(Type.String({ maxLength: 20000 })),
  unitIds: Type.Optional(Units),
}, { additionalProperties: false })
export type JointMeetingCreate = Static<typeof JointMeetingCreate>

export const JointMeetingUpdate = Type.Object({
  title: Type.Optional(Text(80)), startsLocal: Type.Optional(LocalDateTime), location: Type.Optional(Type.String({ maxLength: 100 })),
  minutes: Type.Optional(Type.String({ maxLength: 20000 })), unitIds: Type.Optional(Units),
}, { additionalProperties: false, minProperties: 1 })
export type JointMeetingUpdate = Static<typeof JointMeetingUpdate>

export const JointMeetingSummary = Type.Object({
  id: Id, centerId: Type.Union([Id, Type.Null()]), regionId: Type.Union([Id, Type.Null()]), ownerName: Type.String(),
  title: Type.String(), startsAt: OffsetDateTime, location: Type.String(),
  attendeeCount: Type.Integer(), problemCount: Type.Integer(), solvedCount: Type.Integer(),
})
export type JointMeetingSummary = Static<typeof JointMeetingSummary>

export const JointMeetingProblem = Type.Object({
  id: Id, description: Type.String(), status: ProblemStatus,
  assignedUnitId: Type.Union([Id, Type.Null()]), assignedCenterId: Type.Union([Id, Type.Null()]), assigneeName: Type.Union([Type.String(), Type.Null()]),
  owner: Type.Union([Type.String(), Type.Null()]), resolution: Type.Union([Type.String(), Type.Null()]), solvedOn: Type.Union([LocalDate, Type.Null()]),
  createdAt: Timestamp,
})
export type JointMeetingProblem = Static<typeof JointMeetingProblem>

export const JointMeeting = Type.Object({
  id: Id, centerId: Type.Union([Id, Type.Null()]), regionId: Type.Union([Id, Type.Null()]), ownerName: Type.String(),
  title: Type.String(), startsAt: OffsetDateTime, startsLocal: LocalDateTime, timeZone: Type.String(), location: Type.String(), minutes: Type.String(),
  attendees: Type.Array(Type.Object({ id: Id, name: Type.String() })),
  problems: Type.Array(JointMeetingProblem),
  /** The units this meeting's owner works with: who may attend or be assigned a problem. */
  units: Type.Array(Type.Object({ id: Id, name: Type.String() })),
  /** The centers a problem may be assigned to. */
  centers: Type.Array(Type.Object({ id: Id, name: Type.String() })),
})
export type JointMeeting = Static<typeof JointMeeting>

export const ProblemCreate = Type.Object({ description: Text(500) }, { additionalProperties: false })
export type ProblemCreate = Static<typeof ProblemCreate>

/** raised → assigned (to one unit or one center, with who owns it) → solved (how, and on which day). */
export const ProblemAction = Type.Union([
  Type.Object({ action: Type.Literal('assign'), unitId: Type.Optional(Id), centerId: Type.Optional(Id), owner: Type.Optional(Type.Union([Text(40), Type.Null()])) }, { additionalProperties: false }),
  Type.Object({ action: Type.Literal('solve'), resolution: Text(1000), solvedOn: LocalDate }, { additionalProperties: false }),
])
export type ProblemAction = Static<typeof ProblemAction>

export const MeetingProblemParams = Type.Object({ id: Id, problemId: Id }, { additionalProperties: false })
export type MeetingProblemParams = Static<typeof MeetingProblemParams>
