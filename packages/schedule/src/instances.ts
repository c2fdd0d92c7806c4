/**
 * Expansion into instants, as the API stores occurrences (timestamptz).
 *
 * Each instance keeps the series' wall-clock times: a 09:00-11:00 activity is 09:00-11:00 local on
 * every date, across daylight saving. (RFC 5545 applies DTEND's exact duration instead; for
 * activities that do not straddle a clock change at night the two agree.)
 */
import { type LocalDateTime, addMinutes, minutesBetween } from './local-time'
import { capLimit, eachLocal } from './expand'
import { instantToLocal, localToInstant } from './zone'

export interface ExpandInstantsOptions {
  dtstart: LocalDateTime
  /** Wall-clock end of the first instance; its distance from `dtstart` is every instance's length. */
  endsLocal: LocalDateTime
  rrule: string | null
  exdates?: LocalDateTime[]
  timeZone: string
  /** Keep instances that end after this instant. */
  from?: Date
  /** Keep instances that start before this instant. */
  to?: Date
  limit: number
}

export interface Instance {
  /** The wall-clock start the rule gave (RFC 5545 RECURRENCE-ID). */
  recurrenceLocal: LocalDateTime
  startsAt: Date
  endsAt: Date
}

const SLACK_MINUTES = 24 * 60 // more than any UTC offset difference between two wall clocks

export function expandInstants(options: ExpandInstantsOptions): Instance[] {
  const { timeZone, from, to } = options
  const duration = minutesBetween(options.dtstart, options.endsLocal)
  if (duration < 0) throw new RangeError(`endsLocal ${options.endsLocal} is before dtstart ${options.dtstart}`)
  const max = capLimit(options.limit)
  const out: Instance[] = []
  if (max === 0) return out

  // Narrow the wall-clock search generously, then filter exactly on instants.
  const window = {
    from: from && addMinutes(instantToLocal(from, timeZone), -(duration + SLACK_MINUTES)),
    to: to && addMinutes(instantToLocal(to, timeZone), SLACK_MINUTES + 1),
  }
  eachLocal({ ...options, ...window }, (local) => {
    const startsAt = localToInstant(local, timeZone)
    let endsAt = localToInstant(addMinutes(local, duration), timeZone)
    // A start in a spring-forward gap moves later by the gap; an end just after it does not, so
    // the wall-clock end could come first. Then the instance keeps its length instead.
    if (endsAt < startsAt) endsAt = new Date(startsAt.getTime() + duration * 60_000)
    if (from && endsAt <= from) return true
    if (to && startsAt >= to) return true
    out.push({ recurrenceLocal: local, startsAt, endsAt })
    return out.length < max
  })
  return out
}
