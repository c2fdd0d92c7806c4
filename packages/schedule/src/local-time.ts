/**
 * Wall-clock arithmetic on `YYYY-MM-DDTHH:mm` strings, with no time zone involved.
 *
 * Internally a wall-clock time is a "floating" millisecond count: the instant whose UTC fields
 * equal the wall-clock fields. That is the form rrule works in, and it makes minute and day
 * arithmetic exact (a floating day is always 24 hours, whatever a real zone does that day).
 */

/** A wall-clock date and time, `YYYY-MM-DDTHH:mm`, in a zone that is known from context. */
export type LocalDateTime = string
/** A calendar date, `YYYY-MM-DD`. */
export type LocalDate = string
/** ISO weekday, Monday = 1 … Sunday = 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MINUTE = 60_000
const DAY = 86_400_000

/** Floating milliseconds for the given fields; `Date.UTC` would map years 0..99 to 19xx. */
export function floatingMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day)
  d.setUTCHours(hour, minute, second, 0)
  return d.getTime()
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

function checked(ms: number, fields: number[], input: string, what: string): number {
  const d = new Date(ms)
  const back = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()]
  // A field that rolled over (Feb 30, 24:00) means the input was not a real date or time.
  if (fields.some((f, i) => f !== back[i]) || fields[0] === 0) {
    throw new RangeError(`${JSON.stringify(input)} is not a valid ${what}`)
  }
  return ms
}

export function isLocalDateTime(value: string): boolean {
  try {
    localToFloating(value)
    return true
  } catch {
    return false
  }
}

/** Floating milliseconds of a `YYYY-MM-DDTHH:mm`; throws RangeError on anything else. */
export function localToFloating(local: LocalDateTime): number {
  const m = LOCAL.exec(local)
  if (!m) throw new RangeError(`${JSON.stringify(local)} is not a local date-time (YYYY-MM-DDTHH:mm)`)
  const f = m.slice(1, 6).map(Number) as [number, number, number, number, number]
  return checked(floatingMs(...f), f, local, 'local date-time')
}

/** Floating milliseconds of midnight starting a `YYYY-MM-DD`; throws RangeError on anything else. */
export function localDateToFloating(date: LocalDate): number {
  const m = DATE.exec(date)
  if (!m) throw new RangeError(`${JSON.stringify(date)} is not a local date (YYYY-MM-DD)`)
  const f = [...m.slice(1, 4).map(Number), 0, 0] as [number, number, number, number, number]
  return checked(floatingMs(...f), f, date, 'local date')
}

/** The wall clock of floating milliseconds, truncated to the minute. */
export function floatingToLocal(ms: number): LocalDateTime {
  const d = new Date(ms)
  const year = d.getUTCFullYear()
  if (!Number.isFinite(ms) || year < 1 || year > 9999) throw new RangeError(`${ms} is outside years 1..9999`)
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

export function addMinutes(local: LocalDateTime, minutes: number): LocalDateTime {
  if (!Number.isInteger(minutes)) throw new RangeError(`${minutes} is not a whole number of minutes`)
  return floatingToLocal(localToFloating(local) + minutes * MINUTE)
}

/** `b - a` in wall-clock minutes: 09:00 to 11:00 is 120 even on a day the clocks change. */
export function minutesBetween(a: LocalDateTime, b: LocalDateTime): number {
  return Math.round((localToFloating(b) - localToFloating(a)) / MINUTE)
}

export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw new RangeError(`${days} is not a whole number of days`)
  return floatingToLocal(localDateToFloating(date) + days * DAY).slice(0, 10)
}

/** ISO weekday of a date (Monday = 1, Sunday = 7), as the admin and China's calendars count. */
export function weekdayOf(date: LocalDate): IsoWeekday {
  const sundayZero = new Date(localDateToFloating(date)).getUTCDay()
  return (sundayZero === 0 ? 7 : sundayZero) as IsoWeekday
}
