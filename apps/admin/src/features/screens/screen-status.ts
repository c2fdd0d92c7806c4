import type { Screen } from '@linli/contracts'

/**
 * What the status column says: the API decides online (heartbeat within 75 s) and stale (silent over
 * 2 min, counted from pairing for a screen never seen). A screen paired a moment ago that has not
 * connected yet is waiting, not offline.
 */
export type ScreenStatus = 'online' | 'waiting' | 'offline' | 'stale'

export function screenStatus(screen: Pick<Screen, 'online' | 'stale' | 'lastSeenAt'>): ScreenStatus {
  if (screen.online) return 'online'
  if (screen.stale) return 'stale'
  return screen.lastSeenAt ? 'offline' : 'waiting'
}

/** Element Plus tag colour per status; the text says the same, so colour is never the only cue. */
export const statusTagType: Record<ScreenStatus, 'success' | 'info' | 'warning' | 'danger'> = {
  online: 'success',
  waiting: 'info',
  offline: 'warning',
  stale: 'danger',
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
]

/**
 * "3 分钟前" / "3 minutes ago" for an instant, in the largest whole unit; under 10 s is "now".
 * Null means the screen was never seen.
 */
export function relativeTime(iso: string | null, now: number, locale: string): string | null {
  if (!iso) return null
  const diff = Date.parse(iso) - now
  if (Number.isNaN(diff)) return null
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  if (Math.abs(diff) < 10_000) return format.format(0, 'second')
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.trunc(diff / ms), unit)
  }
  return format.format(0, 'second')
}
