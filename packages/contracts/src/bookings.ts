import { type Static, Type } from '@sinclair/typebox'
import { Id, Text, Timestamp } from './common'
import { LocalTime } from './centers'
import { HolderNamed, LocalDate, LocalDateTime, OffsetDateTime } from './activities'
import { BookingApproval } from './approvals'

/** Rules for residents' bookings: a center's defaults, which a room may override field by field. */
export const BookingPolicy = Type.Object(
  {
    minMinutes: Type.Integer({ minimum: 5, maximum: 24 * 60 }),
    maxMinutes: Type.Integer({ minimum: 5, maximum: 24 * 60 }),
    slotMinutes: Type.Integer({ minimum: 5, maximum: 240, description: 'starts and ends fall on this grid' }),
    minNoticeMinutes: Type.Integer({ minimum: 0, maximum: 30 * 24 * 60 }),
    maxAdvanceDays: Type.Integer({ minimum: 0, maximum: 365 }),
    /** The local time at which a new day becomes bookable, maxAdvanceDays ahead. */
    releaseTime: LocalTime,
    bufferMinutes: Type.Integer({ minimum: 0, maximum: 240, description: 'kept free after each booking (cleaning)' }),
    weeklyQuota: Type.Integer({ minimum: 1, maximum: 100, description: 'bookings per resident per week in this center' }),
    maxUpcoming: Type.Integer({ minimum: 1, maximum: 100, description: 'upcoming bookings a resident may hold at once in this center' }),
    cancelDeadlineMinutes: Type.Integer({ minimum: 0, maximum: 7 * 24 * 60, description: 'later cancellations count as late' }),
    checkInOpensMinutes: Type.Integer({ minimum: 0, maximum: 240, description: 'check-in opens this long before the start' }),
    noShowAfterMinutes: Type.Integer({ minimum: 5, maximum: 240, description: 'no check-in by start + this releases the room' }),
    pendingExpiresMinutes: Type.Integer({ minimum: 0, maximum: 7 * 24 * 60, description: 'an undecided request expires this long before its start' }),
  },
  { additionalProperties: false },
)
export type BookingPolicy = Static<typeof BookingPolicy>

export const DEFAULT_BOOKING_POLICY: BookingPolicy = {
  minMinutes: 30, maxMinutes: 240, slotMinutes: 30, minNoticeMinutes: 60, maxAdvanceDays: 7, releaseTime: '08:00',
  bufferMinutes: 15, weeklyQuota: 3, maxUpcoming: 2, cancelDeadlineMinutes: 120, checkInOpensMinutes: 15,
  noShowAfterMinutes: 15, pendingExpiresMinutes: 60,
}

export const BookingPolicyPatch = Type.Partial(BookingPolicy, { additionalProperties: false })
export type BookingPolicyPatch = Static<typeof BookingPolicyPatch>

/** A room's overrides: a value sets one, null drops it so the room follows the center again. */
export const RoomPolicyPatch = Type.Object(
  Object.fromEntries(Object.entries(BookingPolicy.properties).map(([k, v]) => [k, Type.Optional(Type.Union([v, Type.Null()]))])),
  { additionalProperties: false },
)
export type RoomPolicyPatch = { [K in keyof BookingPolicy]?: BookingPolicy[K] | null }

export const BOOKING_STATUSES = ['requested', 'approved', 'rejected', 'cancelled', 'expired', 'checked_in', 'completed', 'no_show'] as const
export const BookingStatus = Type.Union(BOOKING_STATUSES.map((s) => Type.Literal(s)))
export type BookingStatus = Static<typeof BookingStatus>
/** The statuses in which a booking holds its room. */
export const HOLDING_STATUSES: BookingStatus[] = ['requested', 'approved', 'checked_in']

/** Mainland China mobile number. */
export const MobilePhone = Type.String({ pattern: '^1[3-9][0-9]{9}$', description: '11-digit mainland mobile number' })

/**
 * The fields a resident's account is made of, which sign-up with a code (SignUpWithCode) and the
 * password forms reuse. No route takes it whole: sign-up without a proven number is gone.
 */
export const ResidentSignup = Type.Object(
  {
    name: Text(40),
    phone: MobilePhone,
    password: Type.String({ minLength: 8, maxLength: 200 }),
    organisationName: Type.Optional(Type.Union([Text(80), Type.Null()])),
  },
  { additionalProperties: false },
)
export type ResidentSignup = Static<typeof ResidentSignup>

export const ResidentLogin = Type.Object({ phone: MobilePhone, password: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false })
export type ResidentLogin = Static<typeof ResidentLogin>

export const Resident = Type.Object({ id: Id, name: Type.String(), phone: Type.String(), organisationName: Type.Union([Type.String(), Type.Null()]) })
export type Resident = Static<typeof Resident>

export const BookingCreate = Type.Object(
  {
    startsLocal: LocalDateTime,
    endsLocal: LocalDateTime,
    purpose: Text(200),
    headcount: Type.Integer({ minimum: 1, maximum: 5000 }),
    /** The organisation it is for (GET …/organisations); residents pick one they are a member of. */
    organisationId: Type.Optional(Type.Union([Id, Type.Null()])),
    /** Older clients name the organisation instead: staff's unknown name becomes a new organisation of the center. */
    organisationName: Type.Optional(Type.Union([Text(80), Type.Null()])),
    /** Show the organisation's name on lobby screens instead of just "occupied". */
    publishOrganisation: Type.Optional(Type.Boolean()),
    /** Staff booking for a walk-in resident without an account. */
    walkIn: Type.Optional(Type.Object({ name: Text(40), phone: MobilePhone }, { additionalProperties: false })),
  },
  { additionalProperties: false },
)
export type BookingCreate = Static<typeof BookingCreate>

/** A resident books for themselves or, with forResidentId, for a family member they act for (family.ts). */
export const ResidentBookingCreate = Type.Composite([BookingCreate, Type.Object({ forResidentId: Type.Optional(Id) })], { additionalProperties: false })
export type ResidentBookingCreate = Static<typeof ResidentBookingCreate>

export const BookingSeriesCreate = Type.Composite([
  BookingCreate,
  Type.Object({
    weeks: Type.Integer({ minimum: 2, maximum: 26 }),
    /** Book the dates that are free and report the rest, instead of refusing the whole series. */
    skipConflicts: Type.Optional(Type.Boolean()),
  }),
], { additionalProperties: false })
export type BookingSeriesCreate = Static<typeof BookingSeriesCreate>

export const Booking = Type.Object({
  id: Id,
  roomId: Id,
  roomName: Type.String(),
  centerId: Id,
  centerName: Type.String(),
  startsAt: OffsetDateTime,
  endsAt: OffsetDateTime,
  status: BookingStatus,
  /** What the resident shows at the desk for staff to check them in (核销): 8 digits, see formatBookingCode. */
  code: Type.String({ pattern: '^[0-9]{8}$' }),
  purpose: Type.String(),
  headcount: Type.Integer(),
  /** The organisation's display name, read through organisationId. */
  organisationName: Type.Union([Type.String(), Type.Null()]),
  organisationId: Type.Optional(Type.Union([Id, Type.Null()])),
  publishOrganisation: Type.Boolean(),
  /** Who it is for: shown to staff and to the resident, never on public screens. */
  bookerName: Type.String(),
  bookerPhone: Type.String(),
  residentId: Type.Union([Id, Type.Null()]),
  seriesId: Type.Union([Id, Type.Null()]),
  rejectReason: Type.Union([Type.String(), Type.Null()]),
  lateCancellation: Type.Boolean(),
  checkedInAt: Type.Union([Timestamp, Type.Null()]),
  createdAt: Timestamp,
  /** The family proxy who booked for the resident (「由 X 代办」), or null when they booked themselves. */
  actedByResidentId: Type.Optional(Type.Union([Id, Type.Null()])),
  actedByName: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  /** Where a request of a room with an approval chain stands (step, who decides, deadline); null without a chain. */
  approval: Type.Optional(Type.Union([BookingApproval, Type.Null()])),
})
export type Booking = Static<typeof Booking>

export const BookingDecision = Type.Object(
  { ids: Type.Array(Id, { minItems: 1, maxItems: 200, uniqueItems: true }), decision: Type.Union([Type.Literal('approve'), Type.Literal('reject')]), reason: Type.Optional(Text(200)) },
  { additionalProperties: false },
)
export type BookingDecision = Static<typeof BookingDecision>

export const BookingListQuery = Type.Object(
  { status: Type.Optional(BookingStatus), from: Type.Optional(LocalDate), to: Type.Optional(LocalDate), roomId: Type.Optional(Id) },
  { additionalProperties: false },
)
export type BookingListQuery = Static<typeof BookingListQuery>

/** Free and busy time of one room for residents: busy is only "occupied", never whose. */
export const RoomAvailability = Type.Object({
  roomId: Id,
  date: LocalDate,
  timeZone: Type.String(),
  policy: BookingPolicy,
  opening: Type.Array(Type.Object({ opens: OffsetDateTime, closes: OffsetDateTime })),
  busy: Type.Array(Type.Object({ startsAt: OffsetDateTime, endsAt: OffsetDateTime, label: Type.String(), named: HolderNamed })),
  /** Closed times (闭馆 closures, statutory holidays the center follows), with the reason residents are shown. */
  closed: Type.Optional(Type.Array(Type.Object({ startsAt: OffsetDateTime, endsAt: OffsetDateTime, reason: Type.String() }))),
})
export type RoomAvailability = Static<typeof RoomAvailability>

/**
 * How many more bookings the signed-in resident may make in a room's center, before they pick a
 * slot: the smaller of what is left of the week's quota (the week of `date`) and of the upcoming limit.
 */
export const BookingQuota = Type.Object({
  weekStart: LocalDate,
  weeklyQuota: Type.Integer(),
  bookedInWeek: Type.Integer(),
  maxUpcoming: Type.Integer(),
  upcoming: Type.Integer(),
  remaining: Type.Integer({ minimum: 0 }),
  /** Which limit `remaining` comes from (the upcoming one when both leave the same). */
  limitedBy: Type.Union([Type.Literal('week'), Type.Literal('upcoming')]),
})
export type BookingQuota = Static<typeof BookingQuota>

export const BookingQuotaQuery = Type.Object({ date: Type.Optional(LocalDate), /** A family member's quota (family.ts). */ forResidentId: Type.Optional(Id) }, { additionalProperties: false })
export type BookingQuotaQuery = Static<typeof BookingQuotaQuery>
