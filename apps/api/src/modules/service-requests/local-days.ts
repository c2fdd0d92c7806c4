import { addDays, localDateOf, localToInstant } from '@linli/schedule'
import { badRequest } from '../../plugins/errors'

/** A list read over more than a year at once is a report, not a list: reports have their own routes. */
export const MAX_LIST_DAYS = 366

/**
 * Local days `from`..`to` (both inclusive) in the center's zone as the instants [from, to);
 * a missing end stays open (undefined). The dates come through the local-date format, which
 * has turned away any that are not on the calendar (test/impossible-dates.test.ts).
 */
export function localDays(query: { from?: string; to?: string }, timeZone: string) {
  if (query.from && query.to) {
    if (query.to < query.from) throw badRequest('invalid_range', '`to` must not be before `from`')
    if (addDays(query.from, MAX_LIST_DAYS) <= query.to) throw badRequest('range_too_long', `Ask for at most ${MAX_LIST_DAYS} days at a time`)
  }
  return {
    fromInstant: query.from === undefined ? undefined : localToInstant(`${query.from}T00:00`, timeZone),
    toInstant: query.to === undefined ? undefined : localToInstant(`${addDays(query.to, 1)}T00:00`, timeZone),
  }
}

/** Like localDays, but closed at both ends: by default the `days` local days up to today. */
export function recentLocalDays(query: { from?: string; to?: string }, timeZone: string, now: Date, days: number) {
  const today = localDateOf(now, timeZone)
  const to = query.to ?? (query.from && query.from > today ? query.from : today)
  const from = query.from ?? addDays(to, 1 - days)
  const { fromInstant, toInstant } = localDays({ from, to }, timeZone)
  return { from, to, fromInstant: fromInstant!, toInstant: toInstant! }
}
