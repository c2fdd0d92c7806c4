/**
 * Wall-clock helpers. Activities are planned in the center's time zone as `YYYY-MM-DDTHH:mm`
 * strings; these do date arithmetic on such strings without touching the browser's time zone.
 */

const pad = (n: number) => String(n).padStart(2, '0')

/** `YYYY-MM-DD` of a UTC-based Date. */
function ymd(d: Date) {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

function utcOf(date: string) {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d))
}

export const datePart = (local: string) => local.slice(0, 10)
export const timePart = (local: string) => local.slice(11, 16)
export const joinLocal = (date: string, time: string) => `${date}T${time}`

export function addDays(date: string, days: number): string {
  const d = utcOf(date)
  d.setUTCDate(d.getUTCDate() + days)
  return ymd(d)
}

/** First day of the month `months` away from the month of `date`. */
export function addMonths(date: string, months: number): string {
  const d = utcOf(date)
  return ymd(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)))
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return utcOf(date).getUTCDay() || 7
}

/** Adds minutes to a wall-clock time, rolling over to the next or previous day. */
export function addMinutesLocal(local: string, minutes: number): string {
  const [h = 0, m = 0] = timePart(local).split(':').map(Number)
  const total = h * 60 + m + minutes
  const days = Math.floor(total / 1440)
  const rest = total - days * 1440
  return joinLocal(addDays(datePart(local), days), `${pad(Math.floor(rest / 60))}:${pad(rest % 60)}`)
}

export function minutesBetween(from: string, to: string): number {
  const at = (local: string) => utcOf(datePart(local)).getTime() / 60000 + Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16))
  return at(to) - at(from)
}

/**
 * vue-cal only knows browser-local Dates, so the calendar gets Dates whose local fields spell
 * the center's wall-clock time. That keeps the grid in center time whatever zone the browser is in.
 */
export function wallClockToDate(local: string): Date {
  const [y = 0, mo = 1, d = 1] = datePart(local).split('-').map(Number)
  const [h = 0, mi = 0] = timePart(local).split(':').map(Number)
  return new Date(y, mo - 1, d, h, mi)
}

export function dateToWallClock(date: Date): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  return joinLocal(day, `${pad(date.getHours())}:${pad(date.getMinutes())}`)
}

/** Today's date in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  // The Swedish locale formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

/** A local date in words, e.g. `2026年12月11日星期五`; the date is a calendar date, not an instant. */
export function formatDate(date: string, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`))
}

const clockMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
const clockText = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/**
 * The end time once the start moved from `before` to `after` (`HH:mm`): the same duration, but no
 * later than `latest`, the last time the picker offers. An end that was not after the start stays.
 */
export function endAfterStartMoved(end: string, before: string, after: string, latest = '23:45'): string {
  if (!end || !before || !after) return end
  const duration = clockMinutes(end) - clockMinutes(before)
  if (duration <= 0) return end
  return clockText(Math.min(clockMinutes(after) + duration, clockMinutes(latest)))
}
