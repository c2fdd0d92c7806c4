import { ACTIVITY_CATEGORIES, AUDIENCES, type RegionReport } from '@linli/contracts'
import type { Database } from '../../db/database'
import { audienceFigures, categoryFigures, participationFigures } from './attendance.repository'
import { byOrder, roomTotals, serviceCounts } from './center-report'
import { type Period, monthsOf, ratio, round2 } from './period'
import { countUnitsAndAgreements } from '../co-building/agreements.repository'
import { countJointMeetings, countJointServices } from '../joint-meetings/joint-figures.repository'
import { platformFigures } from './platform.repository'
import { PER, centersOfRegion } from './scope.repository'
import { inReportSnapshot } from './snapshot.repository'
import { serviceFigures, volunteerFigures } from './service.repository'
import { bookingFigures, roomFigures } from './usage.repository'

/**
 * Every center of a region's subtree side by side, and the region's months. The same grouped
 * queries as a center's report over all the region's centers at once (each center's period in its
 * own time zone), so the cost grows with the rows, not with the number of centers.
 */
export async function regionReport(db: Database, region: { id: string; name: string }, period: Period): Promise<RegionReport> {
  const target = { regionId: region.id }
  // The longest first: on PostgreSQL they run side by side (inReportSnapshot), categories' people being the longest.
  const { centers, participation, rooms, bookings, service, volunteers, categories, audiences, platform, units, meetings, services } = await inReportSnapshot(db, {
    categories: (trx) => categoryFigures(trx, target, period),
    participation: (trx) => participationFigures(trx, target, period, false),
    rooms: (trx) => roomFigures(trx, target, period),
    volunteers: (trx) => volunteerFigures(trx, target, period),
    bookings: (trx) => bookingFigures(trx, target, period),
    service: (trx) => serviceFigures(trx, target, period),
    audiences: (trx) => audienceFigures(trx, region.id, period),
    platform: async (trx) => (await platformFigures(trx, target, period)).find((r) => r.center_id === null),
    centers: (trx) => centersOfRegion(trx, region.id),
    units: (trx) => countUnitsAndAgreements(trx, [region.id], period),
    meetings: (trx) => countJointMeetings(trx, { regionIds: [region.id] }, period),
    services: (trx) => countJointServices(trx, { regionIds: [region.id] }, period),
  })

  const months = monthsOf(period)
  return {
    regionId: region.id, regionName: region.name, from: period.from, to: period.to, months,
    centers: centers.map((c) => {
      const attendance = participation.find((r) => r.g === PER.center && r.center_id === c.id)
      const booked = bookings.find((r) => r.g === PER.center && r.center_id === c.id)
      const served = service.find((r) => r.g === PER.center && r.center_id === c.id)
      const volunteered = volunteers.find((r) => r.g === 1 && r.center_id === c.id)
      return {
        centerId: c.id, centerName: c.name,
        activitiesHeld: attendance?.activities_held ?? 0, people: attendance?.people ?? 0, personTimes: attendance?.person_times ?? 0,
        roomUtilisation: roomTotals(rooms.filter((r) => r.center_id === c.id)).utilisation,
        bookings: booked?.count ?? 0, noShows: booked?.no_shows ?? 0,
        serviceReceived: served?.received ?? 0, serviceClosingRate: serviceCounts(served).closingRate,
        volunteerHours: round2((volunteered?.minutes ?? 0) / 60),
      }
    }),
    byMonth: months.map((month) => {
      const attendance = participation.find((r) => r.g === PER.month && r.month === month)
      const volunteered = volunteers.find((r) => r.g === 2 && r.month === month)
      return {
        month, activitiesHeld: attendance?.activities_held ?? 0, personTimes: attendance?.person_times ?? 0,
        volunteerHours: round2((volunteered?.minutes ?? 0) / 60),
      }
    }),
    participation: categories
      .map((r) => ({ month: r.month, category: r.category, activitiesHeld: r.activities_held, people: r.people, personTimes: r.person_times }))
      .sort((a, b) => a.month.localeCompare(b.month) || byOrder(ACTIVITY_CATEGORIES)(a.category, b.category)),
    audiences: AUDIENCES.map((audience) => {
      const a = audiences.find((r) => r.audience === audience)
      return { audience, groups: a?.groups ?? 0, members: a?.members ?? 0, attended: a?.attended ?? 0, rate: ratio(a?.attended ?? 0, a?.members ?? 0) }
    }),
    platform: {
      residents: platform?.residents ?? 0, staff: platform?.staff ?? 0,
      recordsPublished: platform?.records_published ?? 0, recordViews: platform?.record_views ?? 0,
    },
    coBuilding: {
      units: units.units, agreementsSigned: units.agreementsSigned, agreementsInForce: units.agreementsInForce,
      jointMeetings: meetings.held, problemsRaised: meetings.problemsRaised, problemsSolved: meetings.problemsSolved,
      jointServices: services.projectsCompleted,
    },
  }
}
