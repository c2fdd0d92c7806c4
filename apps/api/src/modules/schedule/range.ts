import { addDays, localDateOf, localToInstant } from '@linli/schedule'
import type { RangeQuery } from '@linli/contracts'
import { badRequest } from '../../plugins/errors'

export const MAX_RANGE_DAYS = 92

/** Local dates, both inclusive (default today, in the center's zone), checked. */
export function resolveDates(query: RangeQuery, timeZone: string, now: Date, defaultDays = 1) {
  const from = query.from ?? localDateOf(now, timeZone)
  const to = query.to ?? addDays(from, defaultDays - 1)
  if (to < from) throw badRequest('invalid_range', '`to` must not be before `from`')
  if (addDays(from, MAX_RANGE_DAYS) <= to) throw badRequest('range_too_long', `Ask for at most ${MAX_RANGE_DAYS} days at a time`)
  return { from, to }
}

/** Local dates (both inclusive) as the instants [from, to) in the center's zone. */
export const rangeInstants = ({ from, to }: { from: string; to: string }, timeZone: string) =>
  ({ fromInstant: localToInstant(`${from}T00:00`, timeZone), toInstant: localToInstant(`${addDays(to, 1)}T00:00`, timeZone) })

/** Local dates (both inclusive, default today) as the instants [from, to) in the center's zone. */
export function resolveRange(query: RangeQuery, timeZone: string, now: Date, defaultDays = 1) {
  const dates = resolveDates(query, timeZone, now, defaultDays)
  return { ...dates, ...rangeInstants(dates, timeZone) }
}
