import { type Static, Type } from '@sinclair/typebox'
import { Id } from './common'
import { ActivityCategory, Audience, LocalDate } from './activities'
import { RoomKind } from './rooms'
import { BookingStatus } from './bookings'
import { ServiceRequestCategory } from './service-requests'

/** A period of whole local days, inclusive; months are YYYY-MM in the center's time zone. */
export const ReportQuery = Type.Object(
  { from: LocalDate, to: LocalDate, groupId: Type.Optional(Id) },
  { additionalProperties: false },
)
export type ReportQuery = Static<typeof ReportQuery>

/** A region's report has no target group: groups belong to one center. */
export const RegionReportQuery = Type.Object({ from: LocalDate, to: LocalDate }, { additionalProperties: false })
export type RegionReportQuery = Static<typeof RegionReportQuery>

const Month = Type.String({ format: 'year-month', description: 'YYYY-MM', examples: ['2026-11'] })

/** Figures per month and category. `people` counts distinct residents plus walk-in headcount. */
export const ParticipationRow = Type.Object({
  month: Month, category: ActivityCategory, activitiesHeld: Type.Integer(), people: Type.Integer(), personTimes: Type.Integer(),
})
export const RoomUsageRow = Type.Object({
  roomId: Id, roomName: Type.String(), kind: RoomKind, openHours: Type.Number(), bookedHours: Type.Number(), usedHours: Type.Number(),
  /** usedHours / openHours, 0..1 (null when the room's center is never open in the period). */
  utilisation: Type.Union([Type.Number(), Type.Null()]),
})
/** The rooms of one kind added up (utilisation = their used hours / their open hours). */
export const RoomKindUsageRow = Type.Object({
  kind: RoomKind, rooms: Type.Integer(), openHours: Type.Number(), bookedHours: Type.Number(), usedHours: Type.Number(),
  utilisation: Type.Union([Type.Number(), Type.Null()]),
})
/**
 * An open-access room's people counts in the period (staff or a counter reported them; see
 * occupancy.ts): how many counts, the highest, their average and the share at or over capacity
 * (null without counts).
 */
export const RoomOccupancyRow = Type.Object({
  roomId: Id, roomName: Type.String(), capacity: Type.Integer(), readings: Type.Integer(),
  peak: Type.Union([Type.Integer(), Type.Null()]), average: Type.Union([Type.Number(), Type.Null()]),
  fullShare: Type.Union([Type.Number(), Type.Null()]),
})
export const BookingStatusRow = Type.Object({ month: Month, status: BookingStatus, count: Type.Integer() })
const serviceCounts = {
  received: Type.Integer(), resolvedOnSpot: Type.Integer(), transferred: Type.Integer(), closed: Type.Integer(),
  /** closed / transferred, 0..1 (null with nothing transferred). */
  closingRate: Type.Union([Type.Number(), Type.Null()]),
}
export const ServiceFigures = Type.Object({
  ...serviceCounts,
  byCategory: Type.Array(Type.Object({ category: ServiceRequestCategory, received: Type.Integer() })),
  byMonth: Type.Array(Type.Object({ month: Month, ...serviceCounts })),
})

export const CenterReport = Type.Object({
  centerId: Id, centerName: Type.String(), timeZone: Type.String(), from: LocalDate, to: LocalDate,
  /** Every month the period touches; the monthly series below have one entry for each. */
  months: Type.Array(Month),
  totals: Type.Object({
    activitiesHeld: Type.Integer(), people: Type.Integer(), personTimes: Type.Integer(),
    bookings: Type.Integer(), noShows: Type.Integer(),
    /** lateCancelledBookings + lateCancelledRegistrations. */
    lateCancellations: Type.Integer(), lateCancelledBookings: Type.Integer(), lateCancelledRegistrations: Type.Integer(),
    volunteerHours: Type.Number(), volunteerMembersServed: Type.Integer(),
    /** Share of the chosen target group's members who attended at least once (null without a group). */
    participationRate: Type.Union([Type.Number(), Type.Null()]),
    roomUtilisation: Type.Union([Type.Number(), Type.Null()]),
  }),
  participation: Type.Array(ParticipationRow),
  rooms: Type.Array(RoomUsageRow),
  roomsByKind: Type.Array(RoomKindUsageRow),
  /** Open-access rooms (no bookings, so no hours booked): their people counts instead. */
  occupancy: Type.Optional(Type.Array(RoomOccupancyRow)),
  bookingsByStatus: Type.Array(BookingStatusRow),
  service: ServiceFigures,
  volunteersByMonth: Type.Array(Type.Object({ month: Month, hours: Type.Number(), points: Type.Integer(), members: Type.Integer() })),
  targetGroup: Type.Union([Type.Object({ id: Id, name: Type.String(), members: Type.Integer(), attended: Type.Integer() }), Type.Null()]),
})
export type CenterReport = Static<typeof CenterReport>

/**
 * The participation rate of a target audience (e.g. 老年人) in a region. Residents carry no age or
 * other audience of their own, so the denominator is what the centers know: the distinct residents
 * in the target groups (参与群体) of the region's centers that staff tagged with this audience, who
 * joined before the period ended. `attended` is how many of them checked in at least once to an
 * activity held in the period at any center of the region; rate = attended / members (null with no
 * members: no group of the region is tagged with the audience).
 */
export const AudienceParticipation = Type.Object({
  audience: Audience, groups: Type.Integer(), members: Type.Integer(), attended: Type.Integer(),
  rate: Type.Union([Type.Number(), Type.Null()]),
})
export type AudienceParticipation = Static<typeof AudienceParticipation>

/**
 * The platform's figures for a region (see reports/platform.repository.ts): residents registered at,
 * signed up or booked at its centers (each once) as of the period's end, and staff accounts now; records (活动纪实) published in
 * the period and still public, and the views its records had on the period's days.
 */
export const PlatformFigures = Type.Object({
  residents: Type.Integer(), staff: Type.Integer(), recordsPublished: Type.Integer(), recordViews: Type.Integer(),
})
export type PlatformFigures = Static<typeof PlatformFigures>

/**
 * Co-building in a region (区域化党建, the seeds' figures): units working in its subtree and agreements
 * signed in the period or in force at its end; joint meetings held in the period, the problems raised
 * at them and problems solved in it; joint services (co-building projects) completed in the period.
 */
export const CoBuildingFigures = Type.Object({
  units: Type.Integer(), agreementsSigned: Type.Integer(), agreementsInForce: Type.Integer(),
  jointMeetings: Type.Integer(), problemsRaised: Type.Integer(), problemsSolved: Type.Integer(), jointServices: Type.Integer(),
})
export type CoBuildingFigures = Static<typeof CoBuildingFigures>

/** One line per center of a region, for comparing them. */
export const RegionReport = Type.Object({
  regionId: Id, regionName: Type.String(), from: LocalDate, to: LocalDate, months: Type.Array(Month),
  centers: Type.Array(Type.Object({
    centerId: Id, centerName: Type.String(), activitiesHeld: Type.Integer(), people: Type.Integer(), personTimes: Type.Integer(),
    roomUtilisation: Type.Union([Type.Number(), Type.Null()]), bookings: Type.Integer(), noShows: Type.Integer(),
    serviceReceived: Type.Integer(), serviceClosingRate: Type.Union([Type.Number(), Type.Null()]), volunteerHours: Type.Number(),
  })),
  byMonth: Type.Array(Type.Object({ month: Month, activitiesHeld: Type.Integer(), personTimes: Type.Integer(), volunteerHours: Type.Number() })),
  /** The region's figures per month and category, as a center's report has them; people are distinct across the region's centers. */
  participation: Type.Array(ParticipationRow),
  /** One row per audience, in AUDIENCES order: see AudienceParticipation. */
  audiences: Type.Array(AudienceParticipation),
  platform: PlatformFigures,
  coBuilding: CoBuildingFigures,
})
export type RegionReport = Static<typeof RegionReport>

export const REPORT_TABLES = ['participation', 'rooms', 'bookings', 'service', 'volunteers', 'centers'] as const
export const ReportTable = Type.Union(REPORT_TABLES.map((t) => Type.Literal(t)))
export type ReportTable = Static<typeof ReportTable>

export const ReportFormat = Type.Union([Type.Literal('csv'), Type.Literal('xlsx')])
export type ReportFormat = Static<typeof ReportFormat>

/** The language of an export's headers and words; without it the request's Accept-Language decides, Chinese by default. */
export const ExportLanguage = Type.Union([Type.Literal('zh-CN'), Type.Literal('en')])
export type ExportLanguage = Static<typeof ExportLanguage>

/** A center's tables: participation, rooms, bookings, service, volunteers. */
export const ReportExportQuery = Type.Composite([
  ReportQuery,
  Type.Object({ table: ReportTable, format: ReportFormat, lang: Type.Optional(ExportLanguage) }),
], { additionalProperties: false })
export type ReportExportQuery = Static<typeof ReportExportQuery>

/** A region has one table, its centers side by side. */
export const RegionExportQuery = Type.Composite([
  RegionReportQuery,
  Type.Object({ table: Type.Optional(Type.Literal('centers')), format: ReportFormat, lang: Type.Optional(ExportLanguage) }),
], { additionalProperties: false })
export type RegionExportQuery = Static<typeof RegionExportQuery>
