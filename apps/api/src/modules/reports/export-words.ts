import type { BookingStatus, ExportLanguage, ReportTable } from '@linli/contracts'

/** Everything an export writes in words: sheet titles, column headers, statuses, the total row. */
export interface ExportWords {
  lang: ExportLanguage
  titles: Record<ReportTable, string>
  headers: Record<ReportTable, string[]>
  bookingStatus: Record<BookingStatus, string>
  total: string
}

const zhCN: ExportWords = {
  lang: 'zh-CN',
  titles: { participation: '活动参与', rooms: '房间使用', bookings: '预约情况', service: '民情办理', volunteers: '志愿服务', centers: '各中心对比' },
  headers: {
    participation: ['月份', '活动类别', '开展活动（场）', '参与人数', '参与人次'],
    rooms: ['房间', '房间类型', '开放时长（小时）', '预订时长（小时）', '使用时长（小时）', '使用率（%）'],
    bookings: ['月份', '状态', '预约数'],
    service: ['月份', '受理', '当场办结', '登记转办', '转办办结', '办结率（%）'],
    volunteers: ['月份', '服务时长（小时）', '积分', '服务人数'],
    centers: ['服务中心', '开展活动（场）', '参与人数', '参与人次', '房间使用率（%）', '预约数', '未到场', '受理民情', '办结率（%）', '志愿服务时长（小时）'],
  },
  bookingStatus: {
    requested: '待审批', approved: '已通过', rejected: '已拒绝', cancelled: '已取消', expired: '已过期',
    checked_in: '已签到', completed: '已完成', no_show: '未到场',
  },
  total: '合计',
}

const en: ExportWords = {
  lang: 'en',
  titles: { participation: 'Participation', rooms: 'Room use', bookings: 'Bookings', service: 'Service requests', volunteers: 'Volunteering', centers: 'Centers compared' },
  headers: {
    participation: ['Month', 'Activity category', 'Activities held', 'People', 'Person-times'],
    rooms: ['Room', 'Room type', 'Open hours', 'Booked hours', 'Used hours', 'Utilisation (%)'],
    bookings: ['Month', 'Status', 'Bookings'],
    service: ['Month', 'Received', 'Resolved on the spot', 'Transferred', 'Transferred and closed', 'Closing rate (%)'],
    volunteers: ['Month', 'Service hours', 'Points', 'Volunteers served'],
    centers: ['Service center', 'Activities held', 'People', 'Person-times', 'Room utilisation (%)', 'Bookings', 'No-shows', 'Service requests received', 'Closing rate (%)', 'Volunteer hours'],
  },
  bookingStatus: {
    requested: 'Pending', approved: 'Approved', rejected: 'Rejected', cancelled: 'Cancelled', expired: 'Expired',
    checked_in: 'Checked in', completed: 'Completed', no_show: 'No-show',
  },
  total: 'Total',
}

export const EXPORT_WORDS: Record<ExportLanguage, ExportWords> = { 'zh-CN': zhCN, en }

/**
 * The export's language: `lang` when the request names one, else the first Accept-Language tag
 * (by weight) that is Chinese or English, else Chinese, the districts' language.
 */
export function exportLanguage(lang: ExportLanguage | undefined, acceptLanguage: string | undefined): ExportLanguage {
  if (lang) return lang
  const ranked = (acceptLanguage ?? '').split(',').map((part, index) => {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
    return { tag, q: q === undefined ? 1 : Number(q), index }
  }).filter((r) => r.q > 0).sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { tag } of ranked) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN'
    if (tag === 'en' || tag.startsWith('en-')) return 'en'
  }
  return 'zh-CN'
}
