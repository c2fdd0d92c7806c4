import type { Locale } from '../i18n'
import { hhmmAt, localDateAt } from '../features/boards/center-time'

export interface BadgeMessage {
  key: 'kiosk.offline.since' | 'kiosk.offline.sinceDay' | 'kiosk.offline.never'
  values: { time?: string; day?: string }
}

/**
 * What the offline badge says: when the data on screen was last read ("数据更新于 14:05"), with the
 * date as well once that was not today, in the center's time zone.
 */
export function offlineBadge(savedAt: string | undefined, now: Date, timeZone: string, locale: Locale): BadgeMessage {
  const saved = savedAt ? new Date(savedAt) : undefined
  if (!saved || Number.isNaN(saved.getTime())) return { key: 'kiosk.offline.never', values: {} }
  const time = hhmmAt(saved, timeZone)
  if (localDateAt(saved, timeZone) === localDateAt(now, timeZone)) return { key: 'kiosk.offline.since', values: { time } }
  const day = new Intl.DateTimeFormat(locale, { timeZone, month: 'short', day: 'numeric' }).format(saved)
  return { key: 'kiosk.offline.sinceDay', values: { time, day } }
}
