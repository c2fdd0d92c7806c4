import { instantToLocal } from '@linli/schedule'
import { formatDate } from '../activities/wall-clock'

/**
 * Booking times come as ISO instants; staff read them on the center's wall clock whatever zone
 * their browser is in, e.g. `11月22日 周六 14:00–16:00`.
 */
export const localOf = (iso: string, timeZone: string) => instantToLocal(new Date(iso), timeZone)
export const clockOf = (iso: string, timeZone: string) => localOf(iso, timeZone).slice(11, 16)

/** A calendar date as `11月22日 周六` (zh) or `Sat, Nov 22` (en). */
export function dayLabel(date: string, locale: string): string {
  const options: Intl.DateTimeFormatOptions = { month: locale === 'en' ? 'short' : 'long', day: 'numeric', weekday: 'short' }
  if (locale === 'en') return formatDate(date, 'en', options)
  const day = formatDate(date, locale, { month: 'long', day: 'numeric' })
  return `${day} ${formatDate(date, locale, { weekday: 'short' })}`
}

/** The span of a booking on the center's wall clock; the end's date is named only when it differs. */
export function formatSpan(startsAt: string, endsAt: string, timeZone: string, locale: string): string {
  const { day, time } = spanParts(startsAt, endsAt, timeZone, locale)
  return `${day} ${time}`
}

/** The span in two parts for a list cell: the day, and the times (the end's date named when it differs). */
export function spanParts(startsAt: string, endsAt: string, timeZone: string, locale: string) {
  const start = localOf(startsAt, timeZone)
  const end = localOf(endsAt, timeZone)
  const endText = start.slice(0, 10) === end.slice(0, 10) ? end.slice(11) : `${dayLabel(end.slice(0, 10), locale)} ${end.slice(11)}`
  return { day: dayLabel(start.slice(0, 10), locale), time: `${start.slice(11)}–${endText}` }
}

/** `HH:mm–HH:mm` of an instant span in a zone, for availability blocks and conflicts. */
export const clockSpan = (from: string, to: string, timeZone: string) => `${clockOf(from, timeZone)}–${clockOf(to, timeZone)}`
