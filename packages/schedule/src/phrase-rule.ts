/**
 * The recurrence rules Chinese phrases can say, and their one canonical RRULE text (parts in a
 * fixed order, lists sorted), so a phrase and the rule it came from compare as strings.
 */
import type { LocalDate } from './local-time'
import { type NthWeekday, type Weekday, WEEKDAYS } from './rule-parts'

/** A schedule as an activity stores it: a rule (null: one date) and a local start and end time. */
export interface PhraseSchedule {
  /** Canonical RRULE, or null for a one-off. */
  rrule: string | null
  /** A one-off's date; null for a series (its first date comes from elsewhere, e.g. 开始日期). */
  date: LocalDate | null
  /** `HH:mm`, or null when the phrase names no time. */
  start: string | null
  /** `HH:mm` after `start`, or null when the phrase gives only a start. */
  end: string | null
}

export type PhraseResult = { ok: true; schedule: PhraseSchedule } | { ok: false; message: string }

export type PhraseFreq = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY'

export interface PhraseRule {
  freq: PhraseFreq
  interval: number
  byMonth: number[]
  byDay: NthWeekday[]
  byMonthDay: number[]
  count: number | null
  /** The last date (inclusive), written as a date-only UNTIL. */
  until: LocalDate | null
}

const dayIndex = (d: Weekday) => WEEKDAYS.indexOf(d)
// Positive positions first in order, then those counted from the end (倒数第三 before 最后).
const nthKey = (n: number) => (n === 0 ? 0 : n > 0 ? n : 100 + n)

/** The rule as canonical RRULE text. */
export function canonicalRule(r: PhraseRule): string {
  const parts = [`FREQ=${r.freq}`]
  if (r.interval !== 1) parts.push(`INTERVAL=${r.interval}`)
  if (r.byMonth.length) parts.push(`BYMONTH=${[...new Set(r.byMonth)].sort((a, b) => a - b).join(',')}`)
  if (r.byDay.length) {
    const seen = new Map(r.byDay.map((d) => [`${d.nth || ''}${d.weekday}`, d]))
    const days = [...seen.values()].sort((a, b) => nthKey(a.nth) - nthKey(b.nth) || dayIndex(a.weekday) - dayIndex(b.weekday))
    parts.push(`BYDAY=${days.map((d) => `${d.nth || ''}${d.weekday}`).join(',')}`)
  }
  if (r.byMonthDay.length) parts.push(`BYMONTHDAY=${[...new Set(r.byMonthDay)].sort((a, b) => nthKey(a) - nthKey(b)).join(',')}`)
  if (r.count !== null) parts.push(`COUNT=${r.count}`)
  if (r.until !== null) parts.push(`UNTIL=${r.until.replaceAll('-', '')}`)
  return parts.join(';')
}
