/**
 * Wall-clock arithmetic in a center's time zone. The API writes every time as ISO 8601 with the
 * center's own offset, so its first 16 characters already are the local wall time; only "now"
 * needs converting, which Intl does without shipping a time-zone library to phones.
 */

/** 'YYYY-MM-DD' */
export type LocalDate = string
/** 'YYYY-MM-DDTHH:mm' */
export type LocalDateTime = string

const pad = (n: number) => String(n).padStart(2, '0')

export const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
export const fromMinutes = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`

/** The local wall time written in an ISO string with offset, e.g. '2026-11-23T09:00:00+08:00'. */
export const wallClock = (iso: string): LocalDateTime => iso.slice(0, 16)

// Local times are compared as if they were UTC: no offset is involved, only the calendar.
const floating = (local: string) => Date.parse(`${local.length === 10 ? `${local}T00:00` : local}:00Z`)

export const minutesBetween = (from: LocalDateTime, to: LocalDateTime) => (floating(to) - floating(from)) / 60_000

/** Minutes from the start of `date` to `local`, negative before it and past 1440 after it. */
export const minuteOfDay = (date: LocalDate, local: LocalDateTime) => minutesBetween(`${date}T00:00`, local)

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(floating(date) + days * 86_400_000).toISOString().slice(0, 10)
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const day = new Date(floating(date)).getUTCDay()
  return day === 0 ? 7 : day
}

/** The Monday of the ISO week `date` falls in: quotas count by these weeks. */
export const weekOf = (date: LocalDate): LocalDate => addDays(date, 1 - isoWeekday(date))

/** The wall clock in `timeZone` at `now`. */
export function nowIn(timeZone: string, now: Date = new Date()): LocalDateTime {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(now)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00'
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`
}

/** 'HH:mm' of an ISO timestamp written with the center's offset. */
export const hhmm = (iso: string) => iso.slice(11, 16)
