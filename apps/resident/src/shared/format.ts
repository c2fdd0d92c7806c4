import type { Locale } from '../i18n'
import { wallClock } from './local-time'

// Local dates are formatted as UTC noon so the phone's own time zone cannot shift the day.
const noon = (date: string) => new Date(`${date}T12:00:00Z`)
const formatter = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })

/** 周一 / Mon */
export const weekdayName = (date: string, locale: Locale) => formatter(locale, { weekday: 'short' }).format(noon(date))

/** 11月23日周一 / Mon, Nov 23 */
export const dayLong = (date: string, locale: Locale) =>
  formatter(locale, { month: 'short', day: 'numeric', weekday: 'short' }).format(noon(date))

/** A booking's date and local times from its offset timestamps: 11月23日周一 14:00–15:00. */
export function bookingWhen(startsAt: string, endsAt: string, locale: Locale): string {
  const starts = wallClock(startsAt)
  const ends = wallClock(endsAt)
  return `${dayLong(starts.slice(0, 10), locale)} ${starts.slice(11)}–${ends.slice(11)}`
}

/** A length of time as a message key and its values: 1 小时 30 分钟 / 1 h 30 min. */
export function durationMessage(minutes: number): { key: string; values: Record<string, number> } {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (h === 0) return { key: 'm.duration.minutes', values: { n: m } }
  if (m === 0) return { key: 'm.duration.hours', values: { n: h } }
  return { key: 'm.duration.both', values: { h, m } }
}

/** 138****0001: enough for residents to recognise their own number on a shared screen. */
export const maskPhone = (phone: string) => (phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone)

/** The wall-clock time of an instant in a center's time zone: 08:52. */
export const clockIn = (instant: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant))
