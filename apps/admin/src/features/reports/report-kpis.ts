import type { CenterReport, RegionReport } from '@linli/contracts'
import { count, hours, percent } from './report-format'

/** One figure card; `label` and `unit` are `reports.kpi.*` / `reports.units.*` keys, `hint` a `reports.hints.*` key. */
export interface Kpi {
  key: string
  value: string
  unit?: string
  hint?: string
  hintParams?: Record<string, string | number>
}

/** The cards above a center's charts, in the order the district reports quote them. */
export function centerKpis(report: CenterReport): Kpi[] {
  const t = report.totals
  const s = report.service
  return [
    { key: 'activitiesHeld', value: count(t.activitiesHeld), unit: 'activities' },
    { key: 'people', value: count(t.people), unit: 'people' },
    { key: 'personTimes', value: count(t.personTimes), unit: 'personTimes' },
    report.targetGroup
      ? {
          key: 'participationRate', value: percent(t.participationRate), hint: 'participationOf',
          hintParams: { group: report.targetGroup.name, attended: report.targetGroup.attended, members: report.targetGroup.members },
        }
      : { key: 'participationRate', value: percent(null), hint: 'pickGroup' },
    { key: 'roomUtilisation', value: percent(t.roomUtilisation) },
    { key: 'bookings', value: count(t.bookings), unit: 'bookings' },
    { key: 'noShows', value: count(t.noShows), unit: 'bookings' },
    {
      key: 'lateCancellations', value: count(t.lateCancellations), unit: 'bookings', hint: 'lateCancellations',
      hintParams: { bookings: t.lateCancelledBookings, registrations: t.lateCancelledRegistrations },
    },
    { key: 'serviceReceived', value: count(s.received), unit: 'requests' },
    { key: 'serviceClosingRate', value: percent(s.closingRate), hint: 'closingRate' },
    { key: 'volunteerHours', value: hours(t.volunteerHours), unit: 'hours' },
  ]
}

/**
 * The region's cards: sums over its centers. People and shares are left out, as they do not add
 * up across centers (one resident may attend two; utilisation needs each center's opening hours).
 */
export function regionKpis(report: RegionReport): Kpi[] {
  const sum = (key: 'activitiesHeld' | 'personTimes' | 'bookings' | 'noShows' | 'serviceReceived' | 'volunteerHours') =>
    report.centers.reduce((total, c) => total + c[key], 0)
  return [
    { key: 'centers', value: count(report.centers.length), unit: 'centers' },
    { key: 'activitiesHeld', value: count(sum('activitiesHeld')), unit: 'activities' },
    { key: 'personTimes', value: count(sum('personTimes')), unit: 'personTimes' },
    { key: 'bookings', value: count(sum('bookings')), unit: 'bookings' },
    { key: 'noShows', value: count(sum('noShows')), unit: 'bookings' },
    { key: 'serviceReceived', value: count(sum('serviceReceived')), unit: 'requests' },
    { key: 'volunteerHours', value: hours(sum('volunteerHours')), unit: 'hours' },
  ]
}

/**
 * The platform's cards (平台与纪实): registered residents and staff, records published and their
 * views. The co-building cards (units, agreements, joint meetings …) are to follow as their own row.
 */
export function platformKpis(report: RegionReport): Kpi[] {
  const p = report.platform
  return [
    { key: 'residents', value: count(p.residents), unit: 'people' },
    { key: 'staff', value: count(p.staff), unit: 'people' },
    { key: 'recordsPublished', value: count(p.recordsPublished), unit: 'records' },
    { key: 'recordViews', value: count(p.recordViews), unit: 'views' },
  ]
}

/** The region's co-building figures (区域化党建): units, agreements, joint meetings and services. */
export function coBuildingKpis(report: RegionReport): Kpi[] {
  const c = report.coBuilding
  return [
    { key: 'coUnits', value: count(c.units), unit: 'units' },
    { key: 'agreementsSigned', value: count(c.agreementsSigned), unit: 'agreements' },
    { key: 'agreementsInForce', value: count(c.agreementsInForce), unit: 'agreements' },
    { key: 'jointMeetings', value: count(c.jointMeetings), unit: 'meetings' },
    { key: 'problemsRaised', value: count(c.problemsRaised), unit: 'problems' },
    { key: 'problemsSolved', value: count(c.problemsSolved), unit: 'problems' },
    { key: 'jointServices', value: count(c.jointServices), unit: 'services' },
  ]
}

/** Whether a center's period has any figure at all, to show one empty state instead of empty charts. */
export function isEmptyReport(report: CenterReport): boolean {
  const t = report.totals
  return !report.participation.length && !report.bookingsByStatus.length && report.service.received === 0
    && !report.volunteersByMonth.some((v) => v.hours > 0) && t.activitiesHeld === 0 && !report.rooms.some((r) => r.usedHours > 0)
}
