import type { BookingListQuery, BookingStatus } from '@linli/contracts'
import { addDays, todayIn } from '../activities/wall-clock'

/** What the 全部 tab filters by; '' means any. */
export interface BookingFilter {
  range: [string, string]
  status: BookingStatus | ''
  roomId: string
}

/** The API answers at most 92 days at a time (from and to inclusive). */
export const MAX_RANGE_DAYS = 92

const daysInclusive = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1

/** Pending requests whatever their date, by start. */
export const pendingQuery = (): BookingListQuery => ({ status: 'requested' })

/** Everything of today in the center's zone. */
export function todayQuery(timeZone: string, now = new Date()): BookingListQuery {
  const today = todayIn(timeZone, now)
  return { from: today, to: today }
}

/** From a week back to a month ahead: what staff usually look over. */
export function defaultFilter(timeZone: string, now = new Date()): BookingFilter {
  const today = todayIn(timeZone, now)
  return { range: [addDays(today, -7), addDays(today, 30)], status: '', roomId: '' }
}

/** The query of the 全部 tab, or null while the range is longer than the API allows. */
export function filterQuery(filter: BookingFilter): BookingListQuery | null {
  const [from, to] = filter.range
  if (daysInclusive(from, to) > MAX_RANGE_DAYS) return null
  return { from, to, ...(filter.status ? { status: filter.status } : {}), ...(filter.roomId ? { roomId: filter.roomId } : {}) }
}
