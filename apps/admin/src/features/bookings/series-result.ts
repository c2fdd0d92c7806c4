import { ApiError } from '@linli/api-client'
import type { Booking, Conflict } from '@linli/contracts'
import { clockSpan } from './booking-time'

/** One date of a weekly series that was not booked, with the API's reason code. */
export interface SkippedDate {
  date: string
  code: string
  message: string
  /** When the slot is taken: what holds the room then, `HH:mm–HH:mm`. */
  busy?: string[]
}

/** Adds the occupied times a 409 carries to the dates they belong to. */
function withBusy(dates: Omit<SkippedDate, 'busy'>[], conflicts: Conflict[] | undefined, timeZone: string): SkippedDate[] {
  return [...dates]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((d) => {
      const busy = (conflicts ?? []).filter((c) => c.date === d.date).map((c) => clockSpan(c.withStartsAt, c.withEndsAt, timeZone))
      return busy.length ? { ...d, busy } : { ...d }
    })
}

/**
 * The refused dates of a 409 `series_conflicts` (nothing was booked), read from its details
 * `{ path: 'YYYY-MM-DD', message: 'code: message' }`; null for any other error.
 */
export function seriesConflictsOf(err: unknown, timeZone: string): SkippedDate[] | null {
  if (!(err instanceof ApiError) || err.code !== 'series_conflicts') return null
  const dates = (err.details ?? []).map((d) => {
    const at = d.message.indexOf(': ')
    return at < 0 ? { date: d.path, code: 'unknown', message: d.message } : { date: d.path, code: d.message.slice(0, at), message: d.message.slice(at + 2) }
  })
  return withBusy(dates, err.conflicts, timeZone)
}

/** The occupied times of a single booking's 409 `slot_taken`, as one refused date; null otherwise. */
export function slotTakenOf(err: unknown, date: string, timeZone: string): SkippedDate[] | null {
  if (!(err instanceof ApiError) || err.code !== 'slot_taken') return null
  return withBusy([{ date, code: 'slot_taken', message: err.message }], err.conflicts, timeZone)
}

/** What a series created: how many, from when to when, and the dates skipped. */
export function seriesSummary(result: { created: Booking[]; skipped: { date: string; code: string; message: string }[] }, timeZone: string) {
  const starts = result.created.map((b) => b.startsAt).sort()
  return {
    created: result.created.length,
    first: starts[0] ?? null,
    last: starts[starts.length - 1] ?? null,
    skipped: withBusy(result.skipped, undefined, timeZone),
  }
}
