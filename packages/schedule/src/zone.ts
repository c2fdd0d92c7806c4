/**
 * Conversions between instants and wall clocks in an IANA zone, using only `Intl`, so the same
 * code runs in Node and in the browser with the zone data the runtime ships.
 */
import { type LocalDate, type LocalDateTime, floatingMs, floatingToLocal, localToFloating } from './local-time'

const DAY = 86_400_000
const MINUTE = 60_000

// Building a DateTimeFormat is far slower than using one, and expansion converts every instance.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    // Throws RangeError for an unknown zone, which is what callers should see.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

// A day inside the years a wall clock can be written for, so no zone pushes it out of 1..9999.
const EARLIEST = floatingMs(1, 1, 2)
const LATEST = floatingMs(9999, 12, 30)

function instantMs(instant: Date): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN
  if (!(ms >= EARLIEST && ms <= LATEST)) throw new RangeError(`${String(instant)} is not an instant in years 1..9999`)
  return ms
}

// `format` plus a regular expression is several times faster than `formatToParts`; the parts are
// the fallback should a runtime ever format en-US numerals differently.
const EN_US = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/

type Fields = [year: number, month: number, day: number, hour: number, minute: number, second: number]

function fieldsAt(formatter: Intl.DateTimeFormat, ms: number): Fields {
  const m = EN_US.exec(formatter.format(ms))
  if (m) return [Number(m[3]), Number(m[1]), Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6])]
  const f: Record<string, number> = {}
  for (const part of formatter.formatToParts(ms)) f[part.type] = Number(part.value)
  return [f.year ?? 0, f.month ?? 1, f.day ?? 1, f.hour ?? 0, f.minute ?? 0, f.second ?? 0]
}

/** Floating milliseconds (UTC fields = wall clock) of an instant in a zone. */
export function wallMs(ms: number, timeZone: string): number {
  return floatingMs(...fieldsAt(formatterFor(timeZone), ms)) + (((ms % 1000) + 1000) % 1000)
}

/** The zone's UTC offset at an instant, in milliseconds (may hold seconds for old local mean time). */
export function offsetMs(ms: number, timeZone: string): number {
  return wallMs(ms, timeZone) - ms
}

/**
 * The instant a wall clock means in a zone.
 *
 * Offsets a day either side bracket any transition (zones change at most once a day), so the
 * candidates are the wall clock read with each. One that reads back to the same wall clock is
 * valid; two valid ones are the repeated hour of a fall-back, where the earlier one wins (RFC 5545
 * 3.3.5 leaves it open; the first occurrence is what people mean). None valid is a spring-forward
 * gap: RFC 5545 3.3.5 says to use the offset before the gap, so 02:30 EST becomes 03:30 EDT.
 */
export function localToInstant(local: LocalDateTime, timeZone: string): Date {
  const floating = localToFloating(local)
  const before = offsetMs(floating - DAY, timeZone)
  const after = offsetMs(floating + DAY, timeZone)
  const candidates = before === after ? [floating - before] : [floating - before, floating - after]
  const valid = candidates.filter((ms) => wallMs(ms, timeZone) === floating)
  if (valid.length > 0) return new Date(Math.min(...valid))
  return new Date(floating - before)
}

/**
 * False for a wall clock that never shows in the zone: the hour skipped when clocks go forward
 * (America/New_York 2027-03-14 02:30). `localToInstant` still reads it (RFC 5545 wants that for a
 * series' dates), but a time someone typed in there is a mistake worth telling them about.
 */
export function existsLocally(local: LocalDateTime, timeZone: string): boolean {
  const floating = localToFloating(local)
  return [offsetMs(floating - DAY, timeZone), offsetMs(floating + DAY, timeZone)].some((offset) => wallMs(floating - offset, timeZone) === floating)
}

export function instantToLocal(instant: Date, timeZone: string): LocalDateTime {
  return floatingToLocal(wallMs(instantMs(instant), timeZone))
}

export function localDateOf(instant: Date, timeZone: string): LocalDate {
  return instantToLocal(instant, timeZone).slice(0, 10)
}

/** `2026-12-11T09:00:00+08:00`: the instant written with the zone's offset, no milliseconds. */
export function formatOffset(instant: Date, timeZone: string): string {
  const ms = Math.floor(instantMs(instant) / 1000) * 1000
  // ISO 8601 offsets have no seconds; round an old local-mean-time offset and write the wall
  // clock that goes with the rounded offset, so the string still names exactly this instant.
  const offsetMinutes = Math.round(offsetMs(ms, timeZone) / MINUTE)
  const wall = new Date(ms + offsetMinutes * MINUTE)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  const pad = (n: number) => String(n).padStart(2, '0')
  const seconds = pad(wall.getUTCSeconds())
  return `${floatingToLocal(wall.getTime())}:${seconds}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}
