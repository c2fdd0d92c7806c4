import { type Static, Type } from '@sinclair/typebox'
import { Id, Text, Timestamp } from './common'
import { ActivityCategory, Audience, LocalDate, OccurrenceStatus, OffsetDateTime, ScheduleItem } from './activities'
import { MobilePhone } from './bookings'
import { LocalTime, TimeZone } from './centers'

/** A center's rules for sign-ups, check-in, volunteer points and the reminders its residents get. */
export const ParticipationPolicy = Type.Object(
  {
    /** How long a waitlisted resident, offered a freed seat, has to confirm it before the next one is offered. */
    offerHoldMinutes: Type.Integer({ minimum: 5, maximum: 7 * 24 * 60 }),
    /** Sign-ups close this long before the start. */
    signupClosesMinutes: Type.Integer({ minimum: 0, maximum: 7 * 24 * 60 }),
    /** Cancelling later than this before the start counts as a late cancellation. */
    lateCancelMinutes: Type.Integer({ minimum: 0, maximum: 7 * 24 * 60 }),
    /** Check-in opens this long before the start and closes this long after the end. */
    checkInOpensMinutes: Type.Integer({ minimum: 0, maximum: 240 }),
    checkInClosesMinutes: Type.Integer({ minimum: 0, maximum: 240 }),
    /** Volunteer points per hour of service (积分制). */
    pointsPerHour: Type.Integer({ minimum: 0, maximum: 1000 }),
    /** Points needed for star levels 1, 2, …; ascending (星级评定, up to ten stars). */
    starThresholds: Type.Array(Type.Integer({ minimum: 1, maximum: 10_000_000 }), { minItems: 1, maxItems: 10 }),
    /** Show the volunteer leaderboard on this center's lobby screens (aliases of consenting members only). */
    kioskLeaderboard: Type.Boolean(),
    /** Residents are reminded of a room booking at this local time the day before; null sends no such reminder. */
    reminderDayBeforeAt: Type.Union([LocalTime, Type.Null()]),
    /** …and of a booking or an activity date this long before its start; null sends none. */
    reminderLeadMinutes: Type.Union([Type.Integer({ minimum: 5, maximum: 24 * 60 }), Type.Null()]),
    /**
     * 爽约规则: this many no-shows (bookings and activity sign-ups neither cancelled nor checked in)
     * within noShowWindowDays suspend new bookings and sign-ups at the center for suspensionDays.
     * All three set, or all three null (off, the default).
     */
    noShowLimit: Type.Union([Type.Integer({ minimum: 1, maximum: 20 }), Type.Null()]),
    noShowWindowDays: Type.Union([Type.Integer({ minimum: 1, maximum: 365 }), Type.Null()]),
    suspensionDays: Type.Union([Type.Integer({ minimum: 1, maximum: 365 }), Type.Null()]),
  },
  { additionalProperties: false },
)
export type ParticipationPolicy = Static<typeof ParticipationPolicy>

export const DEFAULT_PARTICIPATION_POLICY: ParticipationPolicy = {
  offerHoldMinutes: 120, signupClosesMinutes: 0, lateCancelMinutes: 120, checkInOpensMinutes: 30, checkInClosesMinutes: 30,
  pointsPerHour: 10, starThresholds: [10, 30, 60, 100, 200, 400, 700, 1000, 1500, 2000], kioskLeaderboard: false,
  reminderDayBeforeAt: '18:00', reminderLeadMinutes: 60, noShowLimit: null, noShowWindowDays: null, suspensionDays: null,
}

export const ParticipationPolicyPatch = Type.Partial(ParticipationPolicy, { additionalProperties: false, minProperties: 1 })
export type ParticipationPolicyPatch = Static<typeof ParticipationPolicyPatch>

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'offered', 'cancelled', 'expired'] as const
export const RegistrationStatus = Type.Union(REGISTRATION_STATUSES.map((s) => Type.Literal(s)))
export type RegistrationStatus = Static<typeof RegistrationStatus>
/** The statuses that hold a seat (count against capacity). */
export const SEAT_STATUSES: RegistrationStatus[] = ['confirmed', 'offered']

/** A resident signs up for one occurrence, or for every future occurrence of its series. */
export const RegistrationCreate = Type.Object(
  { wholeSeries: Type.Optional(Type.Boolean()), /** A family member the signed-in resident acts for (family.ts). */ forResidentId: Type.Optional(Id) },
  { additionalProperties: false },
)
export type RegistrationCreate = Static<typeof RegistrationCreate>

/** Staff put a resident on the list (by id, or by phone for a resident with an account). */
export const StaffRegistrationCreate = Type.Object(
  { residentId: Type.Optional(Id), phone: Type.Optional(MobilePhone), wholeSeries: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1 },
)
export type StaffRegistrationCreate = Static<typeof StaffRegistrationCreate>

export const Registration = Type.Object({
  id: Id,
  occurrenceId: Id,
  activityId: Id,
  centerId: Id,
  title: Type.String(),
  category: ActivityCategory,
  roomName: Type.Union([Type.String(), Type.Null()]),
  location: Type.Union([Type.String(), Type.Null()]),
  startsAt: OffsetDateTime,
  endsAt: OffsetDateTime,
  status: RegistrationStatus,
  /** 'cancelled' when the occurrence or its whole activity was called off (the registration itself is kept). */
  occurrenceStatus: OccurrenceStatus,
  /** 1-based place in the queue while waitlisted, else null. */
  waitlistPosition: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
  offerExpiresAt: Type.Union([OffsetDateTime, Type.Null()]),
  lateCancellation: Type.Boolean(),
  checkedInAt: Type.Union([Timestamp, Type.Null()]),
  createdAt: Timestamp,
  /** The family proxy who signed the resident up (「由 X 代办」), or null. */
  actedByResidentId: Type.Optional(Type.Union([Id, Type.Null()])),
  actedByName: Type.Optional(Type.Union([Type.String(), Type.Null()])),
})
export type Registration = Static<typeof Registration>

/** What staff see on an occurrence's list: the registration plus who it is. Never on public screens. */
export const RosterEntry = Type.Composite([
  Registration,
  Type.Object({ residentId: Id, residentName: Type.String(), residentPhone: Type.String(), source: Type.Union([Type.Literal('resident'), Type.Literal('staff')]) }),
])
export type RosterEntry = Static<typeof RosterEntry>

export const Roster = Type.Object({
  occurrenceId: Id,
  capacity: Type.Union([Type.Integer(), Type.Null()]),
  /** Seats taken (confirmed + offered). */
  seatsTaken: Type.Integer(),
  waitlisted: Type.Integer(),
  entries: Type.Array(RosterEntry),
  checkIns: Type.Array(Type.Object({
    id: Id, residentId: Type.Union([Id, Type.Null()]), residentName: Type.Union([Type.String(), Type.Null()]),
    method: Type.Union([Type.Literal('qr'), Type.Literal('staff'), Type.Literal('walk_in')]), headcount: Type.Integer(), checkedInAt: Timestamp,
  })),
  /** People (residents + walk-in headcount) checked in. */
  attendance: Type.Integer(),
})
export type Roster = Static<typeof Roster>

/** Public seat counts for an occurrence (phone pages and lobby screens): numbers only, no names. */
export const Seats = Type.Object({
  occurrenceId: Id,
  capacity: Type.Union([Type.Integer(), Type.Null()]),
  seatsTaken: Type.Integer(),
  waitlisted: Type.Integer(),
  signupOpen: Type.Boolean(),
})
export type Seats = Static<typeof Seats>

/** One upcoming occurrence on a center's phone sign-up page: what is on, and how full (numbers only). */
export const SignupItem = Type.Composite([
  ScheduleItem,
  Type.Object({
    recurring: Type.Boolean(),
    seatsTaken: Type.Integer(),
    waitlisted: Type.Integer(),
    signupOpen: Type.Boolean(),
    /** Sign-ups close at this instant (the start minus the center's signupClosesMinutes). */
    signupClosesAt: OffsetDateTime,
    /** The date falls on a closed time (闭馆 closure or statutory holiday): the reason residents are shown. */
    closure: Type.Optional(Type.String()),
  }),
])
export type SignupItem = Static<typeof SignupItem>

export const SignupListing = Type.Object({
  centerId: Id,
  timeZone: TimeZone,
  from: LocalDate,
  to: LocalDate,
  items: Type.Array(SignupItem),
  /**
   * The center's windows, so phones and lobby screens can explain them (check-in opens at …, a late
   * cancellation): numbers only, the API still enforces them. Optional: clients fall back to
   * DEFAULT_PARTICIPATION_POLICY without it.
   */
  rules: Type.Optional(Type.Pick(ParticipationPolicy, ['checkInOpensMinutes', 'checkInClosesMinutes', 'lateCancelMinutes', 'offerHoldMinutes'])),
})
export type SignupListing = Static<typeof SignupListing>

export const CHECK_IN_METHODS = ['qr', 'staff', 'walk_in'] as const
export const CheckInMethod = Type.Union(CHECK_IN_METHODS.map((m) => Type.Literal(m)))
export type CheckInMethod = Static<typeof CheckInMethod>

/** Staff tick a resident (by registration or resident id) or count walk-ins without accounts. */
export const StaffCheckIn = Type.Union([
  Type.Object({ residentId: Id }, { additionalProperties: false }),
  Type.Object({ walkIns: Type.Integer({ minimum: 1, maximum: 10_000 }) }, { additionalProperties: false }),
])
export type StaffCheckIn = Static<typeof StaffCheckIn>

export const CheckIn = Type.Object({
  id: Id,
  occurrenceId: Id,
  title: Type.String(),
  method: CheckInMethod,
  headcount: Type.Integer(),
  checkedInAt: Timestamp,
  /** Volunteer service recorded with this check-in, if the resident volunteers on a volunteer activity. */
  volunteerMinutes: Type.Union([Type.Integer(), Type.Null()]),
})
export type CheckIn = Static<typeof CheckIn>

export const ResidentGroupCreate = Type.Object(
  {
    name: Text(40), description: Type.Optional(Type.String({ maxLength: 500 })),
    /** The audience the group stands for (its members count as that audience's residents in the region report), or null. */
    audience: Type.Optional(Type.Union([Audience, Type.Null()])),
  },
  { additionalProperties: false },
)
export type ResidentGroupCreate = Static<typeof ResidentGroupCreate>

export const ResidentGroupUpdate = Type.Partial(ResidentGroupCreate, { additionalProperties: false, minProperties: 1 })
export type ResidentGroupUpdate = Static<typeof ResidentGroupUpdate>

export const ResidentGroup = Type.Object({
  id: Id, centerId: Id, name: Type.String(), description: Type.String(), audience: Type.Union([Audience, Type.Null()]), memberCount: Type.Integer(), createdAt: Timestamp,
})
export type ResidentGroup = Static<typeof ResidentGroup>

/** Add members by resident id or by phone. */
export const GroupMembersAdd = Type.Object(
  {
    residentIds: Type.Optional(Type.Array(Id, { maxItems: 1000, uniqueItems: true })),
    phones: Type.Optional(Type.Array(MobilePhone, { maxItems: 1000, uniqueItems: true })),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type GroupMembersAdd = Static<typeof GroupMembersAdd>

export const GroupMemberParams = Type.Object({ id: Id, residentId: Id }, { additionalProperties: false })
export type GroupMemberParams = Static<typeof GroupMemberParams>

export const GroupMember = Type.Object({ residentId: Id, name: Type.String(), phone: Type.String(), joinedAt: Timestamp })
export type GroupMember = Static<typeof GroupMember>

export const DateRangeQuery = Type.Object(
  { from: Type.Optional(LocalDate), to: Type.Optional(LocalDate) },
  { additionalProperties: false },
)
export type DateRangeQuery = Static<typeof DateRangeQuery>
