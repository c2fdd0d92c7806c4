import type { BookingListQuery } from '@linli/contracts'
import { type BookingFilter, filterQuery, pendingQuery, todayQuery } from './list-queries'

/**
 * What 导出 writes on each tab: the tab's own list query (pending, today, or the 全部 filters);
 * null where the tab is no list of this center (待我审批, 规则) or the range is too long.
 */
export function bookingExportQuery(tab: string, filter: BookingFilter, timeZone: string, now = new Date()): BookingListQuery | null {
  if (tab === 'pending') return pendingQuery()
  if (tab === 'today') return todayQuery(timeZone, now)
  if (tab === 'all') return filterQuery(filter)
  return null
}
