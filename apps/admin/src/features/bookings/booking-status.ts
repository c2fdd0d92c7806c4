import type { Booking, BookingStatus } from '@linli/contracts'

type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

/** How each status looks in lists: Element Plus tag type; its text is `bookings.status.<status>`. */
export const STATUS_TAGS: Record<BookingStatus, TagType> = {
  requested: 'warning',
  approved: 'success',
  checked_in: 'primary',
  completed: 'info',
  rejected: 'danger',
  cancelled: 'info',
  expired: 'info',
  no_show: 'danger',
}

export const statusTag = (status: BookingStatus) => ({ type: STATUS_TAGS[status] ?? 'info', label: `bookings.status.${status}` })

/** Which buttons a row offers; the API decides in the end (409 when the state moved on). */
export function rowActions(b: Pick<Booking, 'status'>) {
  return {
    decide: b.status === 'requested',
    checkIn: b.status === 'approved',
    cancel: b.status === 'requested' || b.status === 'approved',
  }
}

/** What staff weigh when judging a request: past no-shows, late cancellations and rejections. */
export function historySummary(bookings: Pick<Booking, 'status' | 'lateCancellation'>[]) {
  return {
    total: bookings.length,
    noShows: bookings.filter((b) => b.status === 'no_show').length,
    lateCancellations: bookings.filter((b) => b.lateCancellation).length,
    rejected: bookings.filter((b) => b.status === 'rejected').length,
    attended: bookings.filter((b) => b.status === 'checked_in' || b.status === 'completed').length,
  }
}

/** A history row worth a second look. */
export const isWarning = (b: Pick<Booking, 'status' | 'lateCancellation'>) => b.status === 'no_show' || b.lateCancellation
