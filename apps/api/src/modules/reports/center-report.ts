import { ACTIVITY_CATEGORIES, BOOKING_STATUSES, type CenterReport, ROOM_KINDS, SERVICE_REQUEST_CATEGORIES } from '@linli/contracts'
import type { Database } from '../../db/database'
import { groupFigures, lateRegistrationFigures, participationFigures } from './attendance.repository'
import { type Period, monthsOf, ratio, round2 } from './period'
import { PER } from './scope.repository'
import { inReportSnapshot } from './snapshot.repository'
import { type ServiceFigureRow, serviceFigures, volunteerFigures } from './service.repository'
import { type RoomFigureRow, bookingFigures, roomFigures } from './usage.repository'
import { occupancyFigures } from './occupancy.repository'

export const byOrder = <T extends string>(order: readonly T[]) => (a: T, b: T) => order.indexOf(a) - order.indexOf(b)

export const serviceCounts = (r: Pick<ServiceFigureRow, 'received' | 'resolved_on_spot' | 'transferred' | 'closed'> | undefined) => ({
  received: r?.received ?? 0, resolvedOnSpot: r?.resolved_on_spot ?? 0, transferred: r?.transferred ?? 0, closed: r?.closed ?? 0,
  closingRate: ratio(r?.closed ?? 0, r?.transferred ?? 0),
})

/** Rooms added up (a center's, or one kind's): utilisation is the used share of all their open hours. */
export function roomTotals(rows: RoomFigureRow[]) {
  const open = rows.reduce((n, r) => n + r.open_hours, 0)
  const booked = rows.reduce((n, r) => n + r.booked_hours, 0)
  const used = rows.reduce((n, r) => n + r.used_hours, 0)
  return { openHours: round2(open), bookedHours: round2(booked), usedHours: round2(used), utilisation: ratio(used, open) }
}

export interface CenterInfo { id: string; name: string; timeZone: string }

/**
 * One center's figures for a period (see the repositories for each definition): one grouped query
 * per table, all in one snapshot (side by side on PostgreSQL, one after another on PGlite: inReportSnapshot).
 */
export async function centerReport(db: Database, center: CenterInfo, period: Period, group: { id: string; name: string } | null): Promise<CenterReport> {
  const target = { centerId: center.id }
  const { participation, rooms, bookings, lateRegistrations, service, volunteers, groupCounts, occupancy } = await inReportSnapshot(db, {
    participation: (trx) => participationFigures(trx, target, period),
    rooms: (trx) => roomFigures(trx, target, period),
    bookings: (trx) => bookingFigures(trx, target, period),
    volunteers: (trx) => volunteerFigures(trx, target, period),
    service: (trx) => serviceFigures(trx, target, period),
    lateRegistrations: async (trx) => (await lateRegistrationFigures(trx, target, period))[0]?.late ?? 0,
    groupCounts: (trx) => (group ? groupFigures(trx, center.id, group.id, period) : Promise.resolve(null)),
    occupancy: (trx) => occupancyFigures(trx, target, period),
  })

  const months = monthsOf(period)
  const attendance = participation.find((r) => r.g === PER.center)
  const bookingTotal = bookings.find((r) => r.g === PER.center)
  const volunteerTotal = volunteers.find((r) => r.g === 1)
  const lateBookings = bookingTotal?.late ?? 0
  const kinds = [...new Set(rooms.map((r) => r.kind))].sort(byOrder(ROOM_KINDS))

  return {
    centerId: center.id, centerName: center.name, timeZone: center.timeZone, from: period.from, to: period.to, months,
    totals: {
      activitiesHeld: attendance?.activities_held ?? 0, people: attendance?.people ?? 0, personTimes: attendance?.person_times ?? 0,
      bookings: bookingTotal?.count ?? 0, noShows: bookingTotal?.no_shows ?? 0,
      lateCancellations: lateBookings + lateRegistrations, lateCancelledBookings: lateBookings, lateCancelledRegistrations: lateRegistrations,
      volunteerHours: round2((volunteerTotal?.minutes ?? 0) / 60), volunteerMembersServed: volunteerTotal?.members ?? 0,
      participationRate: groupCounts ? ratio(groupCounts.attended, groupCounts.members) : null,
      roomUtilisation: roomTotals(rooms).utilisation,
    },
    participation: participation
      .filter((r) => r.g === PER.detail)
      .map((r) => ({ month: r.month!, category: r.category!, activitiesHeld: r.activities_held, people: r.people, personTimes: r.person_times }))
      .sort((a, b) => a.month.localeCompare(b.month) || byOrder(ACTIVITY_CATEGORIES)(a.category, b.category)),
    rooms: rooms.map((r) => ({
      roomId: r.room_id, roomName: r.room_name, kind: r.kind, openHours: round2(r.open_hours), bookedHours: round2(r.booked_hours),
      usedHours: round2(r.used_hours), utilisation: ratio(r.used_hours, r.open_hours),
    })),
    roomsByKind: kinds.map((kind) => {
      const ofKind = rooms.filter((r) => r.kind === kind)
      return { kind, rooms: ofKind.length, ...roomTotals(ofKind) }
    }),
    occupancy: occupancy.map((o) => ({
      roomId: o.room_id, roomName: o.room_name, capacity: o.capacity, readings: o.readings, peak: o.peak,
      average: o.average === null ? null : Math.round(o.average * 10) / 10, fullShare: ratio(o.full, o.readings),
    })),
    bookingsByStatus: bookings
      .filter((r) => r.g === PER.detail)
      .map((r) => ({ month: r.month!, status: r.status!, count: r.count }))
      .sort((a, b) => a.month.localeCompare(b.month) || byOrder(BOOKING_STATUSES)(a.status, b.status)),
    service: {
      ...serviceCounts(service.find((r) => r.g === PER.center)),
      byCategory: service
        .filter((r) => r.g === PER.centerDetail)
        .map((r) => ({ category: r.category!, received: r.received }))
        .sort((a, b) => byOrder(SERVICE_REQUEST_CATEGORIES)(a.category, b.category)),
      byMonth: months.map((month) => ({ month, ...serviceCounts(service.find((r) => r.g === PER.centerMonth && r.month === month)) })),
    },
    volunteersByMonth: months.map((month) => {
      const v = volunteers.find((r) => r.g === 0 && r.month === month)
      return { month, hours: round2((v?.minutes ?? 0) / 60), points: v?.points ?? 0, members: v?.members ?? 0 }
    }),
    targetGroup: group && groupCounts ? { id: group.id, name: group.name, members: groupCounts.members, attended: groupCounts.attended } : null,
  }
}
