/**
 * Expansion of a series into wall-clock starts.
 *
 * The rule runs on floating time (RFC 5545's `DTSTART;TZID=...` evaluated on the wall clock):
 * rrule gets a Date whose UTC fields are the wall-clock fields and no tzid, and its results are
 * read back through the UTC getters. Daylight saving never enters, so 09:00 stays 09:00; turning
 * a wall clock into an instant is a separate step (zone.ts, instances.ts).
 *
 * DTSTART is the first instance only when the rule produces it. RFC 5545 3.8.5.3 calls a start
 * that does not match the rule "undefined"; rrule (like python-dateutil) leaves it out, and so do
 * we. Callers that want to warn can compare the first result with the start.
 */
import { type LocalDateTime, floatingMs, floatingToLocal, localToFloating } from './local-time'
import { analyseRule } from './rule'
import type { RuleUntil } from './rule-parts'
import { RRule } from './rrule-lib'
import { wallMs } from './zone'

/** No expansion returns more than this, whatever `limit` says, to bound the work per request. */
export const MAX_INSTANCES = 5000
// rrule searches to the year 9999 for a rule that yields fewer instances than asked for (a
// DAILY rule that matches nothing takes seconds). Nothing is looked for this far past the window.
const HORIZON_MS = 100 * 366 * 86_400_000
const LAST_MS = floatingMs(9999, 12, 31, 23, 59)

export interface ExpandLocalOptions {
  dtstart: LocalDateTime
  /** RRULE value, or null for a single occurrence at `dtstart`. */
  rrule: string | null
  /** Wall-clock starts removed from the series (RFC 5545 EXDATE). */
  exdates?: LocalDateTime[]
  /** Inclusive lower bound on the wall-clock start. */
  from?: LocalDateTime
  /** Exclusive upper bound on the wall-clock start. */
  to?: LocalDateTime
  limit: number
  /** Zone of the wall clock; only used to read an UNTIL written in UTC (…Z). Defaults to UTC. */
  timeZone?: string
}

export function expandLocal(options: ExpandLocalOptions): LocalDateTime[] {
  const max = capLimit(options.limit)
  const out: LocalDateTime[] = []
  eachLocal(options, (local) => {
    if (out.length >= max) return false
    out.push(local)
    return out.length < max
  })
  return out
}

export function capLimit(limit: number): number {
  if (Number.isNaN(limit)) throw new RangeError('limit is not a number')
  return Math.max(0, Math.min(MAX_INSTANCES, Math.floor(limit)))
}

/** Visits the series' wall-clock starts in order, until `visit` returns false. */
export function eachLocal(options: Omit<ExpandLocalOptions, 'limit'>, visit: (local: LocalDateTime) => boolean): void {
  const start = localToFloating(options.dtstart)
  const excluded = new Set(options.exdates ?? [])
  for (const exdate of excluded) localToFloating(exdate) // a malformed exdate would silently match nothing
  const from = Math.max(start, options.from === undefined ? start : localToFloating(options.from))
  const to = options.to === undefined ? Number.POSITIVE_INFINITY : localToFloating(options.to)
  const accept = (ms: number): boolean => {
    const local = floatingToLocal(ms)
    return excluded.has(local) || visit(local)
  }

  if (options.rrule === null) {
    if (start >= from && start < to) accept(start)
    return
  }
  const analysed = analyseRule(options.rrule)
  if (!analysed.ok) throw new RangeError(analysed.message)
  const until = analysed.parts.until
  const rule = new RRule(
    {
      ...RRule.parseString(analysed.rule),
      dtstart: new Date(start),
      until: until ? new Date(untilFloating(until, options.timeZone ?? 'UTC')) : null,
      tzid: null,
    },
    true, // each RRule is used once, so rrule's result cache would only hold memory
  )
  // rrule's `between` is inclusive at both ends when asked; 1 ms before `to` makes it exclusive.
  const last = Math.min(to - 1, from + HORIZON_MS, LAST_MS)
  if (last < from) return
  rule.between(new Date(from), new Date(last), true, (date) => accept(date.getTime()))
}

/**
 * UNTIL as floating time. A date-only UNTIL includes that whole day (the admin's "until 30 June"
 * means the 30th's activity still happens); a floating one is already wall clock; a UTC one is
 * read in the series' zone, as RFC 5545 requires when DTSTART has a TZID.
 */
function untilFloating(until: RuleUntil, timeZone: string): number {
  const [y, mo, d] = until.date.split('-').map(Number) as [number, number, number]
  const [h, mi, s] = (until.time ?? '23:59:59').split(':').map(Number) as [number, number, number]
  const ms = floatingMs(y, mo, d, h, mi, s)
  return until.utc ? wallMs(ms, timeZone) : ms
}
