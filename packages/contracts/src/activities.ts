import { type Static, Type } from '@sinclair/typebox'
import { Id, Text, Timestamp } from './common'
import { TimeZone } from './centers'

export const ACTIVITY_CATEGORIES = [
  'party_day', 'science', 'seniors', 'children', 'youth', 'women', 'volunteer', 'health',
  'culture_sports', 'lecture', 'festival', 'meeting',
] as const
export const ActivityCategory = Type.Union(ACTIVITY_CATEGORIES.map((c) => Type.Literal(c)))
export type ActivityCategory = Static<typeof ActivityCategory>

export const AUDIENCES = ['residents', 'seniors', 'children', 'parents', 'youth', 'women', 'party_members', 'volunteers'] as const
export const Audience = Type.Union(AUDIENCES.map((a) => Type.Literal(a)))
export type Audience = Static<typeof Audience>

export const ORGANISER_KINDS = ['center', 'party_branch', 'resident_unit', 'social_organisation', 'volunteer_team'] as const
export const OrganiserKind = Type.Union(ORGANISER_KINDS.map((o) => Type.Literal(o)))
export type OrganiserKind = Static<typeof OrganiserKind>

export const ACTIVITY_STATUSES = ['draft', 'published', 'cancelled'] as const
export const ActivityStatus = Type.Union(ACTIVITY_STATUSES.map((s) => Type.Literal(s)))
export type ActivityStatus = Static<typeof ActivityStatus>

export const OCCURRENCE_STATUSES = ['scheduled', 'cancelled'] as const
export const OccurrenceStatus = Type.Union(OCCURRENCE_STATUSES.map((s) => Type.Literal(s)))
export type OccurrenceStatus = Static<typeof OccurrenceStatus>

/** A wall-clock time in the center's time zone, without offset: `2026-12-11T09:00`. */
export const LocalDateTime = Type.String({
  format: 'local-date-time',
  description: 'wall-clock YYYY-MM-DDTHH:mm in the center time zone',
  examples: ['2026-12-11T09:00'],
})
/** A calendar date `YYYY-MM-DD`. */
export const LocalDate = Type.String({ format: 'local-date', description: 'calendar date YYYY-MM-DD', examples: ['2026-12-11'] })
/** An RFC 5545 RRULE value without the `RRULE:` prefix, e.g. `FREQ=MONTHLY;BYDAY=2FR`. */
export const RRuleText = Type.String({ minLength: 6, maxLength: 500, examples: ['FREQ=MONTHLY;BYDAY=2FR'] })
/** An instant with the center's UTC offset, e.g. `2026-12-11T09:00:00+08:00`. */
export const OffsetDateTime = Type.String({ format: 'date-time', examples: ['2026-12-11T09:00:00+08:00'] })

const activityFields = {
  title: Text(80),
  description: Type.String({ maxLength: 2000 }),
  category: ActivityCategory,
  audiences: Type.Array(Audience, { maxItems: AUDIENCES.length, uniqueItems: true }),
  organiserKind: OrganiserKind,
  organiserName: Text(80),
  /** The room it reserves, or null for an off-site activity with `location`. */
  roomId: Type.Union([Id, Type.Null()]),
  location: Type.Union([Text(120), Type.Null()]),
  startsLocal: LocalDateTime,
  endsLocal: LocalDateTime,
  rrule: Type.Union([RRuleText, Type.Null()]),
  exdates: Type.Array(LocalDateTime, { maxItems: 366, uniqueItems: true }),
  status: ActivityStatus,
  capacity: Type.Union([Type.Integer({ minimum: 1, maximum: 100_000 }), Type.Null()]),
  kioskVisible: Type.Boolean(),
  staffNotes: Type.String({ maxLength: 2000 }),
}

const f = activityFields
export const ActivityCreate = Type.Object(
  {
    ...f,
    description: Type.Optional(f.description),
    audiences: Type.Optional(f.audiences),
    location: Type.Optional(f.location),
    rrule: Type.Optional(f.rrule),
    exdates: Type.Optional(f.exdates),
    status: Type.Optional(f.status),
    capacity: Type.Optional(f.capacity),
    kioskVisible: Type.Optional(f.kioskVisible),
    staffNotes: Type.Optional(f.staffNotes),
  },
  { additionalProperties: false },
)
export type ActivityCreate = Static<typeof ActivityCreate>

export const ActivityUpdate = Type.Partial(Type.Object(activityFields), { additionalProperties: false, minProperties: 1 })
export type ActivityUpdate = Static<typeof ActivityUpdate>

export const Activity = Type.Object({
  id: Id,
  centerId: Id,
  timeZone: TimeZone,
  ...activityFields,
  roomName: Type.Union([Type.String(), Type.Null()]),
  /** The series this one was split from by a "this and following" edit. */
  splitFromId: Type.Union([Id, Type.Null()]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Activity = Static<typeof Activity>

/** One dated instance of an activity, as staff see it (drafts and cancellations included). */
export const Occurrence = Type.Object({
  id: Id,
  activityId: Id,
  centerId: Id,
  title: Type.String(),
  category: ActivityCategory,
  audiences: Type.Array(Audience),
  organiserName: Type.String(),
  roomId: Type.Union([Id, Type.Null()]),
  roomName: Type.Union([Type.String(), Type.Null()]),
  location: Type.Union([Type.String(), Type.Null()]),
  startsAt: OffsetDateTime,
  endsAt: OffsetDateTime,
  /** The wall-clock start the series rule gave this occurrence (RFC 5545 RECURRENCE-ID). */
  recurrenceLocal: LocalDateTime,
  status: OccurrenceStatus,
  activityStatus: ActivityStatus,
  /** Edited on its own: series edits leave its time and room alone. */
  overridden: Type.Boolean(),
  recurring: Type.Boolean(),
  capacity: Type.Union([Type.Integer(), Type.Null()]),
  kioskVisible: Type.Boolean(),
  /** On a closed time (闭馆 closure of the center or its room, or a followed statutory holiday): the reason. Staff lists only. */
  closure: Type.Optional(Type.String()),
})
export type Occurrence = Static<typeof Occurrence>

export const OccurrenceUpdate = Type.Object(
  {
    startsLocal: Type.Optional(LocalDateTime),
    endsLocal: Type.Optional(LocalDateTime),
    roomId: Type.Optional(Type.Union([Id, Type.Null()])),
    status: Type.Optional(OccurrenceStatus),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type OccurrenceUpdate = Static<typeof OccurrenceUpdate>

/** "This and following": end the series before an occurrence and continue it with changes. */
export const ActivitySplit = Type.Object(
  { fromOccurrenceId: Id, changes: ActivityUpdate },
  { additionalProperties: false },
)
export type ActivitySplit = Static<typeof ActivitySplit>

export const RangeQuery = Type.Object(
  {
    from: Type.Optional(LocalDate),
    to: Type.Optional(LocalDate),
    roomId: Type.Optional(Id),
    category: Type.Optional(ActivityCategory),
  },
  { additionalProperties: false },
)
export type RangeQuery = Static<typeof RangeQuery>

/** What a lobby screen or a resident may see of an occurrence: no staff notes, no drafts. */
export const ScheduleItem = Type.Composite([
  Type.Pick(Occurrence, [
    'id', 'activityId', 'title', 'category', 'audiences', 'organiserName', 'roomId', 'roomName', 'location',
    'startsAt', 'endsAt', 'status', 'capacity',
  ]),
  Type.Object({ description: Type.String() }),
])
export type ScheduleItem = Static<typeof ScheduleItem>

/**
 * Whether a busy time's label is the organisation's own published name (`named`), or only the
 * Chinese word 已占用 kept for older clients: apps show their own word for "occupied" then.
 */
export const HolderNamed = Type.Boolean({ description: 'true: label is an organisation\'s published name; false: the holder is anonymous, show your own word for "occupied"' })

/** A room held by a resident's booking: "occupied", or the organisation if it chose to be named. */
export const OccupiedSlot = Type.Object({
  roomId: Id,
  roomName: Type.String(),
  startsAt: OffsetDateTime,
  endsAt: OffsetDateTime,
  label: Type.String(),
  named: HolderNamed,
})
export type OccupiedSlot = Static<typeof OccupiedSlot>

/**
 * A closed time in a schedule's range, as residents are told: the whole center (roomId null) or one
 * room, 闭馆 / 暂停开放 with the reason. Statutory holidays the center follows come as whole-day ones.
 */
export const ScheduleClosure = Type.Object({
  roomId: Type.Union([Id, Type.Null()]),
  roomName: Type.Union([Type.String(), Type.Null()]),
  startsAt: OffsetDateTime,
  endsAt: OffsetDateTime,
  allDay: Type.Boolean(),
  reason: Type.String(),
})
export type ScheduleClosure = Static<typeof ScheduleClosure>

export const Schedule = Type.Object({
  centerId: Id,
  timeZone: TimeZone,
  from: LocalDate,
  to: LocalDate,
  items: Type.Array(ScheduleItem),
  occupied: Type.Array(OccupiedSlot),
  /** Closures and followed holidays overlapping the range, earliest first (optional: older servers and stored snapshots lack it). */
  closures: Type.Optional(Type.Array(ScheduleClosure)),
})
export type Schedule = Static<typeof Schedule>

export const RecurrencePreviewBody = Type.Object(
  {
    dtstart: LocalDateTime,
    timezone: TimeZone,
    rrule: RRuleText,
    exdates: Type.Optional(Type.Array(LocalDateTime, { maxItems: 366 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  },
  { additionalProperties: false },
)
export type RecurrencePreviewBody = Static<typeof RecurrencePreviewBody>

export const RecurrencePreview = Type.Object({ occurrences: Type.Array(OffsetDateTime) })
export type RecurrencePreview = Static<typeof RecurrencePreview>

/** One date on which a new or moved occurrence would collide with something holding the room. */
export const Conflict = Type.Object({
  date: LocalDate,
  roomId: Id,
  roomName: Type.String(),
  startsAt: OffsetDateTime,
  endsAt: OffsetDateTime,
  /** What already holds the room then (a title for activities; never a resident's name). */
  withTitle: Type.String(),
  withStartsAt: OffsetDateTime,
  withEndsAt: OffsetDateTime,
})
export type Conflict = Static<typeof Conflict>

export const ConflictCheck = Type.Object({ conflicts: Type.Array(Conflict) })
export type ConflictCheck = Static<typeof ConflictCheck>
