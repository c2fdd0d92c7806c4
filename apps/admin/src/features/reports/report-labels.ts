import type { ActivityCategory, BookingStatus, RoomKind, ServiceRequestCategory } from '@linli/contracts'

/** Display names the pure chart and table builders need, passed in so tests can use the real Chinese text. */
export interface ReportLabels {
  /** Text of a `reports.*` key, e.g. `columns.month`. */
  text: (key: string) => string
  category: (c: ActivityCategory) => string
  roomKind: (k: RoomKind) => string
  bookingStatus: (s: BookingStatus) => string
  serviceCategory: (c: ServiceRequestCategory) => string
}

/** Column headers in the `reports.columns` group. */
export const column = (labels: ReportLabels, key: string) => labels.text(`columns.${key}`)
