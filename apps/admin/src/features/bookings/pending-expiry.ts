import type { Booking } from '@linli/contracts'

/**
 * A request still undecided when its start comes near expires by itself (the API lets it lapse
 * `pendingExpiresMinutes` before the start, an hour by default). Staff are warned a day ahead.
 */
export const EXPIRING_WITHIN_HOURS = 24

/** Whether a pending request starts within the warning window and so will lapse soon if nobody decides. */
export function expiresSoon(b: Pick<Booking, 'status' | 'startsAt'>, now = new Date()): boolean {
  if (b.status !== 'requested') return false
  const ahead = Date.parse(b.startsAt) - now.getTime()
  return ahead <= EXPIRING_WITHIN_HOURS * 3_600_000
}

/** What the nav badge shows: all pending requests, and how many of them lapse soon. */
export function pendingSummary(items: Pick<Booking, 'status' | 'startsAt'>[], now = new Date()) {
  const pending = items.filter((b) => b.status === 'requested')
  return { count: pending.length, expiring: pending.filter((b) => expiresSoon(b, now)).length }
}
