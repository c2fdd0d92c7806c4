import type { DeliveryQuery, DeliveryStatus, NotificationChannel, NotificationKind } from '@linli/contracts'
import { addDays, todayIn } from '../activities/wall-clock'

/** Rows per page of the log. */
export const PAGE_SIZE = 20
/** The API reads at most 366 local days at a time (from and to inclusive). */
export const MAX_RANGE_DAYS = 366

/** The filters above the log; '' means any, a null range every date. */
export interface DeliveryFilter {
  residentId: string
  kind: NotificationKind | ''
  channel: NotificationChannel | ''
  status: DeliveryStatus | ''
  range: [string, string] | null
}

/** Everything, newest first: a failure from last month still needs a look, so no dates by default. */
export const defaultDeliveryFilter = (): DeliveryFilter => ({ residentId: '', kind: '', channel: '', status: '', range: null })

export const isFiltered = (f: DeliveryFilter) => JSON.stringify(f) !== JSON.stringify(defaultDeliveryFilter())

export const rangeTooLong = (range: [string, string] | null) =>
  !!range && Math.round((Date.parse(`${range[1]}T00:00:00Z`) - Date.parse(`${range[0]}T00:00:00Z`)) / 86_400_000) + 1 > MAX_RANGE_DAYS

/** The API query of a filter and a page (counted from 1), leaving out what is not set. */
export function deliveryQuery(f: DeliveryFilter, page = 1, pageSize = PAGE_SIZE): DeliveryQuery {
  return {
    ...(f.residentId ? { residentId: f.residentId } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.range ? { from: f.range[0], to: f.range[1] } : {}),
    limit: pageSize,
    offset: (Math.max(1, page) - 1) * pageSize,
  }
}

/** The last `days` local days up to today, for the date picker's shortcuts. */
export function lastDays(timeZone: string, days: number, now = new Date()): [string, string] {
  const today = todayIn(timeZone, now)
  return [addDays(today, 1 - days), today]
}
