import { type Static, Type } from '@sinclair/typebox'
import { Id, Timestamp } from './common'
import { LocalDate, Occurrence } from './activities'
import { Booking } from './bookings'
import { Screen } from './screens'
import { ServiceRequest } from './service-requests'

/** An activity of the day with its sign-up list in figures; the list itself is one click away. */
export const TodayActivity = Type.Composite([
  Occurrence,
  Type.Object({
    /** Seats taken (confirmed + offered), as on the sign-up list. */
    seatsTaken: Type.Integer(),
    waitlisted: Type.Integer(),
    /** People checked in so far: signed-up residents, others who scanned, and walk-ins. */
    attendance: Type.Integer(),
  }),
])
export type TodayActivity = Static<typeof TodayActivity>

/** An approved booking of the day still to be checked in, and when its check-in opens. */
export const TodayBooking = Type.Composite([Booking, Type.Object({ checkInOpensAt: Timestamp })])
export type TodayBooking = Static<typeof TodayBooking>

/**
 * 今日: what a center's staff need at the start of a shift and through the day. Activities running
 * now and those still to start today (cancelled and draft ones left out), bookings to check in,
 * the service hall's open requests (registered or transferred, oldest first) and screens not online.
 */
export const Today = Type.Object({
  centerId: Id,
  centerName: Type.String(),
  timeZone: Type.String(),
  /** Today in the center's zone. */
  date: LocalDate,
  now: Timestamp,
  activities: Type.Object({ now: Type.Array(TodayActivity), next: Type.Array(TodayActivity) }),
  bookingsToCheckIn: Type.Array(TodayBooking),
  serviceRequests: Type.Object({
    /** All open requests; `items` holds the oldest few. */
    open: Type.Integer(),
    items: Type.Array(ServiceRequest),
  }),
  screensOffline: Type.Array(Screen),
  /**
   * The center's 签到码 of the day (6 digits, a new one each local day): staff read it out to a
   * resident checking in at a room or activity whose code no screen shows (a printed door code).
   */
  deskCode: Type.String({ pattern: '^[0-9]{6}$' }),
})
export type Today = Static<typeof Today>
