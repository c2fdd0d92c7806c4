import { addMinutes, formatOffset, instantToLocal, localToInstant, type LocalDateTime } from '@linli/schedule'

/**
 * Announcements and emergencies are instants; staff read and type them as wall-clock times in
 * the center's zone (not the browser's), as `YYYY-MM-DDTHH:mm` in the forms.
 */

/** A form's wall-clock value → the ISO instant with the zone's offset, `2026-12-11T09:00:00+08:00`. */
export function localToIso(local: LocalDateTime, timeZone: string): string {
  return formatOffset(localToInstant(local, timeZone), timeZone)
}

/** The wall clock of an instant in the zone, for the forms. */
export function isoToLocal(iso: string | number, timeZone: string): LocalDateTime {
  return instantToLocal(new Date(iso), timeZone)
}

/** A new announcement runs from now for a week, in the center's wall clock. */
export function defaultWindow(now: number, timeZone: string): { startsLocal: LocalDateTime; endsLocal: LocalDateTime } {
  const startsLocal = isoToLocal(now, timeZone)
  return { startsLocal, endsLocal: addMinutes(startsLocal, 7 * 24 * 60) }
}

/** `12月11日 09:00` / `Dec 11, 09:00` in the zone; the year only when it is not the current one. */
export function formatInstant(iso: string, timeZone: string, locale: string, now = Date.now()): string {
  const date = new Date(iso)
  const sameYear = isoToLocal(iso, timeZone).slice(0, 4) === isoToLocal(now, timeZone).slice(0, 4)
  return new Intl.DateTimeFormat(locale, {
    timeZone, ...(sameYear ? {} : { year: 'numeric' }), month: 'short', day: 'numeric',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(date)
}

export function formatRange(startsAt: string, endsAt: string, timeZone: string, locale: string, now = Date.now()): string {
  return `${formatInstant(startsAt, timeZone, locale, now)} – ${formatInstant(endsAt, timeZone, locale, now)}`
}
