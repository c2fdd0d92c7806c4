/**
 * The parsed form of an RRULE and the parsers of each part's value. Kept apart from the
 * cross-part checks in rule.ts so each file reads as one idea.
 */
import type { LocalDate } from './local-time'

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
export type Weekday = (typeof WEEKDAYS)[number]
export const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const
export type Frequency = (typeof FREQUENCIES)[number]

/** UNTIL as written: a date, a floating (wall-clock) date-time, or a UTC date-time. */
export interface RuleUntil {
  date: LocalDate
  /** `HH:mm:ss`, or null for a date-only UNTIL (which this package reads as "until the end of that day"). */
  time: string | null
  utc: boolean
}

export interface NthWeekday {
  /** 0 for every such weekday; 2 for the second, -1 for the last. */
  nth: number
  weekday: Weekday
}

export interface RuleParts {
  freq: Frequency
  interval: number
  count: number | null
  until: RuleUntil | null
  byDay: NthWeekday[]
  byMonthDay: number[]
  byMonth: number[]
  bySetPos: number[]
  byYearDay: number[]
  byWeekNo: number[]
  wkst: Weekday | null
}

export type ListPart = 'byMonthDay' | 'byMonth' | 'bySetPos' | 'byYearDay' | 'byWeekNo'

const INTEGER = /^[+-]?\d{1,4}$/

/** A whole number in lo..hi (and, for signed lists, -hi..-lo), or null. */
export function integerIn(value: string, lo: number, hi: number, signed = false): number | null {
  if (!INTEGER.test(value)) return null
  const n = Number(value)
  const size = Math.abs(n)
  if (size < lo || size > hi || (n < 0 && !signed) || n === 0) return null
  return n
}

export const isWeekday = (value: string): value is Weekday => (WEEKDAYS as readonly string[]).includes(value)

const NTH_WEEKDAY = /^([+-]?\d{1,2})?([A-Z]{2})$/

export function parseNthWeekday(value: string): NthWeekday | null {
  const m = NTH_WEEKDAY.exec(value)
  const weekday = m?.[2] ?? ''
  if (!m || !isWeekday(weekday)) return null
  if (m[1] === undefined) return { nth: 0, weekday }
  const nth = integerIn(m[1], 1, 53, true)
  return nth === null ? null : { nth, weekday }
}

const UNTIL = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/

export function parseUntil(value: string): RuleUntil | null {
  const m = UNTIL.exec(value)
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const probe = new Date(0)
  probe.setUTCFullYear(year, month - 1, day)
  if (year < 1 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null
  const date = `${m[1]}-${m[2]}-${m[3]}`
  if (m[4] === undefined) return { date, time: null, utc: false }
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59) return null
  return { date, time: `${m[4]}:${m[5]}:${m[6]}`, utc: m[7] === 'Z' }
}

/** How each list part is checked, and what the message says its values must be. */
export const LIST_PARTS: Record<string, { key: ListPart; lo: number; hi: number; signed: boolean; what: string }> = {
  BYMONTHDAY: { key: 'byMonthDay', lo: 1, hi: 31, signed: true, what: 'a day of the month (1..31 or -31..-1)' },
  BYMONTH: { key: 'byMonth', lo: 1, hi: 12, signed: false, what: 'a month (1..12)' },
  BYSETPOS: { key: 'bySetPos', lo: 1, hi: 366, signed: true, what: 'a position in the set (1..366 or -366..-1)' },
  BYYEARDAY: { key: 'byYearDay', lo: 1, hi: 366, signed: true, what: 'a day of the year (1..366 or -366..-1)' },
  BYWEEKNO: { key: 'byWeekNo', lo: 1, hi: 53, signed: true, what: 'a week of the year (1..53 or -53..-1)' },
}

/** Parts RFC 5545 defines that this package refuses, with the reason shown to the user. */
export const REFUSED_PARTS: Record<string, string> = {
  BYHOUR: 'is not supported: the time of day comes from the start time',
  BYMINUTE: 'is not supported: the time of day comes from the start time',
  BYSECOND: 'is not supported: the time of day comes from the start time',
  DTSTART: 'is not allowed in the rule: the start is stored on its own',
}
