import { type Static, Type } from '@sinclair/typebox'
import { Id } from './common'
import { ActivityCategory, Audience, LocalDate, Occurrence, OffsetDateTime } from './activities'
import { BookingStatus } from './bookings'
import { Screen } from './screens'

/**
 * The district view (区级总览): what a district admin reads across every center of a region at once.
 * A calendar asks for at most this many local days: a month view with its leading and trailing week.
 */
export const MAX_DISTRICT_CALENDAR_DAYS = 42
/** At most this many occurrences and this many bookings in one answer; `truncated` says more were left out. */
export const DISTRICT_CALENDAR_LIMIT = 2000

/** Where a center sits: its subdistrict (街道), or null for a center placed on the district itself. */
const placement = {
  centerName: Type.String(),
  subdistrictId: Type.Union([Id, Type.Null()]),
  subdistrictName: Type.Union([Type.String(), Type.Null()]),
}

export const DistrictCalendarQuery = Type.Object(
  {
    from: LocalDate,
    to: LocalDate,
    /** Only centers in this subdistrict of the region (400 unknown_subdistrict otherwise). */
    subdistrictId: Type.Optional(Id),
    category: Type.Optional(ActivityCategory),
    /** Only activities meant for this audience. */
    audience: Type.Optional(Audience),
    /** Add the rooms' bookings; category and audience do not apply to them. */
    bookings: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)
export type DistrictCalendarQuery = Static<typeof DistrictCalendarQuery>

/** A published activity's occurrence (cancelled ones included, marked) with its center's name and subdistrict. */
export const DistrictOccurrence = Type.Composite([
  Type.Pick(Occurrence, ['id', 'activityId', 'centerId', 'title', 'category', 'audiences', 'organiserName', 'roomId', 'roomName', 'location', 'startsAt', 'endsAt', 'status']),
  Type.Object(placement),
])
export type DistrictOccurrence = Static<typeof DistrictOccurrence>

/** A room booking as the district sees it: when, where and what for; not who (that stays with the center). */
export const DistrictBooking = Type.Object({
  id: Id, centerId: Id, roomId: Id, roomName: Type.String(), startsAt: OffsetDateTime, endsAt: OffsetDateTime,
  status: BookingStatus, purpose: Type.String(), headcount: Type.Integer(), ...placement,
})
export type DistrictBooking = Static<typeof DistrictBooking>

export const DistrictCalendar = Type.Object({
  from: LocalDate,
  to: LocalDate,
  items: Type.Array(DistrictOccurrence),
  /** Requested, approved and checked-in bookings; empty unless asked for. */
  bookings: Type.Array(DistrictBooking),
  /** More than DISTRICT_CALENDAR_LIMIT occurrences or bookings matched: the earliest are given; narrow the days or filters. */
  truncated: Type.Boolean(),
})
export type DistrictCalendar = Static<typeof DistrictCalendar>

export const DistrictScreensQuery = Type.Object({ subdistrictId: Type.Optional(Id) }, { additionalProperties: false })
export type DistrictScreensQuery = Static<typeof DistrictScreensQuery>

/** A screen with its center's name and subdistrict, for one list across the region. */
export const DistrictScreen = Type.Composite([Screen, Type.Object(placement)])
export type DistrictScreen = Static<typeof DistrictScreen>
