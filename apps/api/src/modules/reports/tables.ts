import {
  type BookingStatus, type CenterReport, type RegionReport, type ReportTable, activityCategoryLabels, roomKindLabels,
} from '@linli/contracts'
import { round2 } from './period'

export type Cell = string | number | null
/** One exported table: what the sheet is called, Chinese column headers, rows of text and numbers. */
export interface Table { title: string; header: string[]; rows: Cell[][] }

const bookingStatusZh: Record<BookingStatus, string> = {
  requested: '待审批', approved: '已通过', rejected: '已拒绝', cancelled: '已取消', expired: '已过期',
  checked_in: '已签到', completed: '已完成', no_show: '未到场',
}
export const TABLE_TITLES: Record<ReportTable, string> = {
  participation: '活动参与', rooms: '房间使用', bookings: '预约情况', service: '民情办理', volunteers: '志愿服务', centers: '各中心对比',
}

/** A 0..1 share as a percentage with two decimals, as the districts write it (empty when undefined). */
const percent = (share: number | null) => (share === null ? null : round2(share * 100))
const TOTAL = '合计'

/** A table of a center's report, with a total row last. */
export function centerTable(report: CenterReport, table: Exclude<ReportTable, 'centers'>): Table {
  const t = report.totals
  const title = TABLE_TITLES[table]
  switch (table) {
    case 'participation':
      return {
        title, header: ['月份', '活动类别', '开展活动（场）', '参与人数', '参与人次'],
        rows: [
          ...report.participation.map((r) => [r.month, activityCategoryLabels[r.category]['zh-CN'], r.activitiesHeld, r.people, r.personTimes]),
          [TOTAL, '', t.activitiesHeld, t.people, t.personTimes],
        ],
      }
    case 'rooms': {
      const sum = (k: 'openHours' | 'bookedHours' | 'usedHours') => round2(report.rooms.reduce((n, r) => n + r[k], 0))
      return {
        title, header: ['房间', '房间类型', '开放时长（小时）', '预订时长（小时）', '使用时长（小时）', '使用率（%）'],
        rows: [
          ...report.rooms.map((r) => [r.roomName, roomKindLabels[r.kind]['zh-CN'], r.openHours, r.bookedHours, r.usedHours, percent(r.utilisation)]),
          [TOTAL, '', sum('openHours'), sum('bookedHours'), sum('usedHours'), percent(t.roomUtilisation)],
        ],
      }
    }
    case 'bookings':
      return {
        title, header: ['月份', '状态', '预约数'],
        rows: [...report.bookingsByStatus.map((r) => [r.month, bookingStatusZh[r.status], r.count]), [TOTAL, '', t.bookings]],
      }
    case 'service': {
      const s = report.service
      return {
        title, header: ['月份', '受理', '当场办结', '登记转办', '转办办结', '办结率（%）'],
        rows: [
          ...s.byMonth.map((m) => [m.month, m.received, m.resolvedOnSpot, m.transferred, m.closed, percent(m.closingRate)]),
          [TOTAL, s.received, s.resolvedOnSpot, s.transferred, s.closed, percent(s.closingRate)],
        ],
      }
    }
    case 'volunteers':
      return {
        title, header: ['月份', '服务时长（小时）', '积分', '服务人数'],
        rows: [
          ...report.volunteersByMonth.map((v) => [v.month, v.hours, v.points, v.members]),
          [TOTAL, t.volunteerHours, report.volunteersByMonth.reduce((n, v) => n + v.points, 0), t.volunteerMembersServed],
        ],
      }
  }
}

/** The region's centers side by side. */
export function regionTable(report: RegionReport): Table {
  return {
    title: TABLE_TITLES.centers,
    header: ['服务中心', '开展活动（场）', '参与人数', '参与人次', '房间使用率（%）', '预约数', '未到场', '受理民情', '办结率（%）', '志愿服务时长（小时）'],
    rows: report.centers.map((c) => [
      c.centerName, c.activitiesHeld, c.people, c.personTimes, percent(c.roomUtilisation), c.bookings, c.noShows,
      c.serviceReceived, percent(c.serviceClosingRate), c.volunteerHours,
    ]),
  }
}
