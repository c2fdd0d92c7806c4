import type { Screen } from '@linli/contracts'

/** What the status column says: the API decides online (heartbeat within 75 s) and stale (over 2 min). */
export type ScreenStatus = 'online' | 'offline' | 'stale'

export function screenStatus(screen: Pick<Screen, 'online' | 'stale'>): ScreenStatus {
  if (screen.online) return 'online'
  return screen.stale ? 'stale' : 'offline'
}

/** Element Plus tag colour per status; the text says the same, so colour is never the only cue. */
export const statusTagType: Record<ScreenStatus, 'success' | 'warning' | 'danger'> = {
  online: 'success',
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
