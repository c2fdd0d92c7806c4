import { type Static, Type } from '@sinclair/typebox'
import { Id } from './common'
import { ActivityCategory, LocalDate } from './activities'
import { RoomKind } from './rooms'
import { BookingStatus } from './bookings'
import { ServiceRequestCategory } from './service-requests'

/** A period of whole local days, inclusive; months are YYYY-MM in the center's time zone. */
export const ReportQuery = Type.Object(
  { from: LocalDate, to: LocalDate, groupId: Type.Optional(Id) },
  { additionalProperties: false },
)
export type ReportQuery = Static<typeof ReportQuery>

const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', examples: ['2026-11'] })

/** Figures per month and category. `people` counts distinct residents plus walk-in headcount. */
export const ParticipationRow = Type.Object({
  month: Month, category: ActivityCategory, activitiesHeld: Type.Integer(), people: Type.Integer(), personTimes: Type.Integer(),
})
export const RoomUsageRow = Type.Object({
  roomId: Id, roomName: Type.String(), kind: RoomKind, openHours: Type.Number(), bookedHours: Type.Number(), usedHours: Type.Number(),
  /** usedHours / openHours, 0..1 (null when the room's center is never open in the period). */
  utilisation: Type.Union([Type.Number(), Type.Null()]),
})
export const BookingStatusRow = Type.Object({ month: Month, status: BookingStatus, count: Type.Integer() })
export const ServiceFigures = Type.Object({
  received: Type.Integer(), resolvedOnSpot: Type.Integer(), transferred: Type.Integer(), closed: Type.Integer(),
  /** closed / transferred, 0..1 (null with nothing transferred). */
  closingRate: Type.Union([Type.Number(), Type.Null()]),
  byCategory: Type.Array(Type.Object({ category: ServiceRequestCategory, received: Type.Integer() })),
})

export const CenterReport = Type.Object({
  centerId: Id, centerName: Type.String(), timeZone: Type.String(), from: LocalDate, to: LocalDate,
  totals: Type.Object({
    activitiesHeld: Type.Integer(), people: Type.Integer(), personTimes: Type.Integer(),
    bookings: Type.Integer(), noShows: Type.Integer(), lateCancellations: Type.Integer(),
    volunteerHours: Type.Number(), volunteerMembersServed: Type.Integer(),
    /** Share of the chosen target group's members who attended at least once (null without a group). */
    participationRate: Type.Union([Type.Number(), Type.Null()]),
    roomUtilisation: Type.Union([Type.Number(), Type.Null()]),
  }),
  participation: Type.Array(ParticipationRow),
  rooms: Type.Array(RoomUsageRow),
  bookingsByStatus: Type.Array(BookingStatusRow),
  service: ServiceFigures,
  volunteersByMonth: Type.Array(Type.Object({ month: Month, hours: Type.Number(), points: Type.Integer(), members: Type.Integer() })),
  targetGroup: Type.Union([Type.Object({ id: Id, name: Type.String(), members: Type.Integer(), attended: Type.Integer() }), Type.Null()]),
})
export type CenterReport = Static<typeof CenterReport>

/** One line per center of a region, for comparing them. */
export const RegionReport = Type.Object({
  regionId: Id, regionName: Type.String(), from: LocalDate, to: LocalDate,
  centers: Type.Array(Type.Object({
    centerId: Id, centerName: Type.String(), activitiesHeld: Type.Integer(), people: Type.Integer(), personTimes: Type.Integer(),
    roomUtilisation: Type.Union([Type.Number(), Type.Null()]), bookings: Type.Integer(), noShows: Type.Integer(),
    serviceReceived: Type.Integer(), serviceClosingRate: Type.Union([Type.Number(), Type.Null()]), volunteerHours: Type.Number(),
  })),
  byMonth: Type.Array(Type.Object({ month: Month, activitiesHeld: Type.Integer(), personTimes: Type.Integer(), volunteerHours: Type.Number() })),
})
export type RegionReport = Static<typeof RegionReport>

export const REPORT_TABLES = ['participation', 'rooms', 'bookings', 'service', 'volunteers', 'centers'] as const
export const ReportTable = Type.Union(REPORT_TABLES.map((t) => Type.Literal(t)))
export type ReportTable = Static<typeof ReportTable>

export const ReportExportQuery = Type.Composite([
  ReportQuery,
  Type.Object({ table: ReportTable, format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]) }),
], { additionalProperties: false })
export type ReportExportQuery = Static<typeof ReportExportQuery>
