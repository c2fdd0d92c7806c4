import { AUDIENCES, activityCategoryLabels, roomKindLabels, type CenterReport, type RegionReport } from '@linli/contracts'
import zhCN from '../../i18n/zh-CN'
import type { ReportLabels } from './report-labels'

// Only for the unit tests: the real Chinese texts, and a small report whose figures are easy to add up by hand.

const lookup = (key: string) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], zhCN)
  if (typeof text !== 'string') throw new Error(`no text for ${key}`)
  return text
}

export const zhLabels: ReportLabels = {
  text: (key) => lookup(`reports.${key}`),
  category: (c) => activityCategoryLabels[c]['zh-CN'],
  roomKind: (k) => roomKindLabels[k]['zh-CN'],
  bookingStatus: (s) => lookup(`bookings.status.${s}`),
  serviceCategory: (c) => lookup(`reports.serviceCategories.${c}`),
}

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

/** Two months of one center: October and November 2026; nothing at all in December. */
export function centerFixture(): CenterReport {
  return {
    centerId: ID(1), centerName: '凤凰台党群服务中心', timeZone: 'Asia/Shanghai', from: '2026-10-01', to: '2026-12-31',
    months: ['2026-10', '2026-11', '2026-12'],
    totals: {
      activitiesHeld: 8, people: 70, personTimes: 123, bookings: 9, noShows: 1, lateCancellations: 3,
      lateCancelledBookings: 2, lateCancelledRegistrations: 1, volunteerHours: 12.5, volunteerMembersServed: 4,
      participationRate: 0.9231, roomUtilisation: 0.25,
    },
    participation: [
      // Out of order on purpose: the table sorts by month, then by the category order of the contracts.
      { month: '2026-11', category: 'children', activitiesHeld: 4, people: 12, personTimes: 40 },
      { month: '2026-10', category: 'party_day', activitiesHeld: 1, people: 30, personTimes: 30 },
      { month: '2026-10', category: 'seniors', activitiesHeld: 2, people: 15, personTimes: 25 },
      { month: '2026-11', category: 'party_day', activitiesHeld: 1, people: 28, personTimes: 28 },
    ],
    rooms: [
      { roomId: ID(11), roomName: '书吧', kind: 'book_bar', openHours: 200, bookedHours: 10, usedHours: 10, utilisation: 0.05 },
      { roomId: ID(12), roomName: '多功能厅', kind: 'multi_function', openHours: 200, bookedHours: 100, usedHours: 90, utilisation: 0.45 },
      { roomId: ID(13), roomName: '仓库', kind: 'other', openHours: 0, bookedHours: 0, usedHours: 0, utilisation: null },
    ],
    roomsByKind: [
      { kind: 'book_bar', rooms: 1, openHours: 200, bookedHours: 10, usedHours: 10, utilisation: 0.05 },
      { kind: 'multi_function', rooms: 1, openHours: 200, bookedHours: 100, usedHours: 90, utilisation: 0.45 },
      { kind: 'other', rooms: 1, openHours: 0, bookedHours: 0, usedHours: 0, utilisation: null },
    ],
    bookingsByStatus: [
      { month: '2026-10', status: 'completed', count: 5 },
      { month: '2026-10', status: 'no_show', count: 1 },
      { month: '2026-11', status: 'cancelled', count: 3 },
    ],
    service: {
      received: 810, resolvedOnSpot: 419, transferred: 203, closed: 192, closingRate: 0.9458,
      byCategory: [{ category: 'legal_aid', received: 10 }, { category: 'policy', received: 800 }],
      byMonth: [
        { month: '2026-10', received: 800, resolvedOnSpot: 410, transferred: 200, closed: 190, closingRate: 0.95 },
        { month: '2026-11', received: 10, resolvedOnSpot: 9, transferred: 3, closed: 2, closingRate: 0.6667 },
        { month: '2026-12', received: 0, resolvedOnSpot: 0, transferred: 0, closed: 0, closingRate: null },
      ],
    },
    volunteersByMonth: [
      { month: '2026-10', hours: 10, points: 100, members: 3 },
      { month: '2026-11', hours: 2.5, points: 25, members: 2 },
    ],
    targetGroup: { id: ID(21), name: '夕阳红合唱团', members: 13, attended: 12 },
  }
}

export function regionFixture(): RegionReport {
  const line = { people: 0, bookings: 0, noShows: 0, serviceReceived: 0, serviceClosingRate: null, roomUtilisation: null, volunteerHours: 0 }
  return {
    regionId: ID(31), regionName: '金水区', from: '2026-11-01', to: '2026-11-30', months: ['2026-11'],
    centers: [
      { ...line, centerId: ID(1), centerName: '凤凰台党群服务中心', activitiesHeld: 5, personTimes: 68, roomUtilisation: 0.25, bookings: 4, noShows: 1, volunteerHours: 2.5, serviceReceived: 10, serviceClosingRate: 0.6667 },
      { ...line, centerId: ID(2), centerName: '经八路街道党群服务中心', activitiesHeld: 9, personTimes: 150, bookings: 2, volunteerHours: 1.25 },
    ],
    byMonth: [{ month: '2026-11', activitiesHeld: 14, personTimes: 218, volunteerHours: 3.75 }],
    participation: [
      { month: '2026-11', category: 'lecture', activitiesHeld: 10, people: 120, personTimes: 150 },
      { month: '2026-11', category: 'seniors', activitiesHeld: 4, people: 50, personTimes: 68 },
    ],
    audiences: AUDIENCES.map((audience) => (audience === 'seniors'
      ? { audience, groups: 2, members: 40, attended: 37, rate: 0.925 }
      : { audience, groups: 0, members: 0, attended: 0, rate: null })),
    platform: { residents: 320, staff: 9, recordsPublished: 6, recordViews: 1480 },
    coBuilding: { units: 3, agreementsSigned: 2, agreementsInForce: 3, jointMeetings: 1, problemsRaised: 3, problemsSolved: 1, jointServices: 1 },
  }
}
