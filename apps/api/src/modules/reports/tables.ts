import { type CenterReport, type RegionReport, type ReportTable, activityCategoryLabels, hoursFigure, percentFigure, roomKindLabels } from '@linli/contracts'
import type { Table } from '../../spreadsheets/table'
import type { ExportWords } from './export-words'

// Shares and hours are rounded as the admin's report pages show them (one decimal), so a
// downloaded table and the screen agree to the digit.
/** A 0..1 share in percent (empty when undefined). */
const percent = (share: number | null) => (share === null ? null : percentFigure(share))
const hours = hoursFigure

/** A table of a center's report, with a total row last. */
export function centerTable(report: CenterReport, table: Exclude<ReportTable, 'centers'>, words: ExportWords): Table {
  const t = report.totals
  const title = words.titles[table]
  const header = words.headers[table]
  const total = words.total
  switch (table) {
    case 'participation':
      return {
        title, header,
        rows: [
          ...report.participation.map((r) => [r.month, activityCategoryLabels[r.category][words.lang], r.activitiesHeld, r.people, r.personTimes]),
          [total, '', t.activitiesHeld, t.people, t.personTimes],
        ],
      }
    case 'rooms': {
      const sum = (k: 'openHours' | 'bookedHours' | 'usedHours') => hours(report.rooms.reduce((n, r) => n + r[k], 0))
      return {
        title, header,
        rows: [
          ...report.rooms.map((r) => [r.roomName, roomKindLabels[r.kind][words.lang], hours(r.openHours), hours(r.bookedHours), hours(r.usedHours), percent(r.utilisation)]),
          [total, '', sum('openHours'), sum('bookedHours'), sum('usedHours'), percent(t.roomUtilisation)],
        ],
      }
    }
    case 'bookings':
      return {
        title, header,
        rows: [...report.bookingsByStatus.map((r) => [r.month, words.bookingStatus[r.status], r.count]), [total, '', t.bookings]],
      }
    case 'service': {
      const s = report.service
      return {
        title, header,
        rows: [
          ...s.byMonth.map((m) => [m.month, m.received, m.resolvedOnSpot, m.transferred, m.closed, percent(m.closingRate)]),
          [total, s.received, s.resolvedOnSpot, s.transferred, s.closed, percent(s.closingRate)],
        ],
      }
    }
    case 'volunteers':
      return {
        title, header,
        rows: [
          ...report.volunteersByMonth.map((v) => [v.month, hours(v.hours), v.points, v.members]),
          [total, hours(t.volunteerHours), report.volunteersByMonth.reduce((n, v) => n + v.points, 0), t.volunteerMembersServed],
        ],
      }
  }
}

/** The region's centers side by side. */
export function regionTable(report: RegionReport, words: ExportWords): Table {
  return {
    title: words.titles.centers,
    header: words.headers.centers,
    rows: report.centers.map((c) => [
      c.centerName, c.activitiesHeld, c.people, c.personTimes, percent(c.roomUtilisation), c.bookings, c.noShows,
      c.serviceReceived, percent(c.serviceClosingRate), hours(c.volunteerHours),
    ]),
  }
}
