/**
 * Wall-clock time in a center's time zone. The API writes every time as ISO 8601 with the center's
 * own offset, so the first 16 characters of a timestamp already are its local wall time; only "now"
 * has to be converted, which Intl does without shipping a time-zone library to the screen.
 */

/** 'YYYY-MM-DD' */
export type LocalDate = string

const formatters = new Map<string, Intl.DateTimeFormat>()

function partsFormatter(timeZone: string) {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** The wall clock in `timeZone` at `now`: 'YYYY-MM-DDTHH:mm'. */
export function wallClockAt(now: Date, timeZone: string): string {
  const parts = partsFormatter(timeZone).formatToParts(now)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00'
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`
}

/** The center's calendar date at `now`. */
export const localDateAt = (now: Date, timeZone: string): LocalDate => wallClockAt(now, timeZone).slice(0, 10)

/** 'HH:mm' of an ISO timestamp written with the center's offset. */
export const hhmm = (iso: string) => iso.slice(11, 16)

/** The local date of an ISO timestamp written with the center's offset. */
export const dateOf = (iso: string): LocalDate => iso.slice(0, 10)

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay()
  return day === 0 ? 7 : day
}

/** 'HH:mm' of an instant in the center's zone (for times the screen computed itself, e.g. "saved at"). */
export const hhmmAt = (at: Date, timeZone: string) => wallClockAt(at, timeZone).slice(11, 16)
