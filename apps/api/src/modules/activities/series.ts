import { addMinutes, existsLocally, expandInstants, expandLocal, minutesBetween, parseRule } from '@linli/schedule'
import type { ActivityCreate } from '@linli/contracts'
import { badRequest } from '../../plugins/errors'
import type { ActivityFields, NewOccurrence } from './activities.repository'

/** A series may hold at most this many occurrences; open-ended ones are materialized ahead only. */
export const MAX_OCCURRENCES = 1000
export const HORIZON_DAYS = 400
const MAX_DURATION_MINUTES = 7 * 24 * 60

export function withDefaults(input: ActivityCreate): ActivityFields {
  return {
    description: '', audiences: [], location: null, rrule: null, exdates: [], status: 'published', capacity: null,
    kioskVisible: true, staffNotes: '', ...input,
  }
}

/** Checks what the schema cannot and normalises the rule; throws a 400 naming the problem. */
export function validateActivity(a: ActivityFields): ActivityFields {
  const minutes = minutesBetween(a.startsLocal, a.endsLocal)
  if (minutes <= 0) throw badRequest('invalid_time_range', 'endsLocal must be after startsLocal')
  if (minutes > MAX_DURATION_MINUTES) throw badRequest('invalid_time_range', 'An occurrence may last at most 7 days')
  if (a.roomId === null && !a.location?.trim()) throw badRequest('location_required', 'Give a room or an off-site location')
  if (a.rrule === null) return a
  const parsed = parseRule(a.rrule)
  if (!parsed.ok) throw badRequest('invalid_rrule', parsed.message, [{ path: 'body/rrule', message: parsed.message }])
  return { ...a, rrule: parsed.rule }
}

/**
 * Refuses a start or end typed into the hour the clocks skip (America/New_York 2027-03-14 02:30):
 * read as RFC 5545 reads it, it would silently become another time, or end before it starts.
 * A series' later dates that fall there still move past the gap, as RFC 5545 says.
 */
export function assertTimesExist(timeZone: string, times: { startsLocal?: string; endsLocal?: string }) {
  for (const [field, local] of [['startsLocal', times.startsLocal], ['endsLocal', times.endsLocal]] as const) {
    if (local === undefined || existsLocally(local, timeZone)) continue
    const message = `${local} does not exist in ${timeZone}: the clocks go forward over it (daylight saving); choose another time`
    throw badRequest('time_skipped_by_dst', message, [{ path: `body/${field}`, message }])
  }
}

const isOpenEnded = (rule: string | null) => rule !== null && !/(^|;)(COUNT|UNTIL)=/.test(rule)

/** The dated occurrences of a series: all of them, or up to the horizon for an open-ended rule. */
export function materialize(a: ActivityFields, timeZone: string, now: Date): { occurrences: NewOccurrence[]; materializedUntil: Date | null } {
  const horizon = isOpenEnded(a.rrule) ? new Date(now.getTime() + HORIZON_DAYS * 86_400_000) : undefined
  const items = expandInstants({
    dtstart: a.startsLocal, endsLocal: a.endsLocal, rrule: a.rrule, exdates: a.exdates, timeZone,
    ...(horizon && { to: horizon }), limit: MAX_OCCURRENCES + 1,
  })
  if (items.length > MAX_OCCURRENCES && !horizon)
    throw badRequest('series_too_long', `A series may have at most ${MAX_OCCURRENCES} occurrences; end it earlier or split it`)
  if (items.length === 0) throw badRequest('empty_series', 'The rule and exception dates leave no occurrence')
  return {
    occurrences: items.slice(0, MAX_OCCURRENCES).map((i) => ({ ...i, roomId: a.roomId })),
    materializedUntil: horizon ?? null,
  }
}

const untilValue = (local: string) => `${local.replace(/[-:]/g, '')}00`

/**
 * "This and following" as two rules: the first ends just before `splitLocal`; the second starts
 * there and keeps the rest of the original count or end date.
 */
export function splitRule(a: ActivityFields, splitLocal: string): { before: string; after: string; instancesBefore: number } {
  const rule = a.rrule!
  const instancesBefore = expandLocal({ dtstart: a.startsLocal, rrule: rule, exdates: [], to: splitLocal, limit: MAX_OCCURRENCES * 5 }).length
  const parts = rule.split(';').filter((p) => !/^(COUNT|UNTIL)=/.test(p))
  const before = [...parts, `UNTIL=${untilValue(addMinutes(splitLocal, -1))}`].join(';')
  const count = /(?:^|;)COUNT=(\d+)/.exec(rule)?.[1]
  const after = count ? [...parts, `COUNT=${Number(count) - instancesBefore}`].join(';') : rule
  return { before, after, instancesBefore }
}
