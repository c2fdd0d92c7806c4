/**
 * Validation of RRULE values. The API stores what `parseRule` returns and the admin shows its
 * messages as they are, so every refusal names the part and says what would be accepted.
 */
import { RRule } from './rrule-lib'
import {
  FREQUENCIES, LIST_PARTS, REFUSED_PARTS, type Frequency, type RuleParts,
  integerIn, isWeekday, parseNthWeekday, parseUntil,
} from './rule-parts'

export type ParseRuleResult = { ok: true; rule: string } | { ok: false; message: string }
export type AnalyseRuleResult = { ok: true; rule: string; parts: RuleParts } | { ok: false; message: string }

const SUB_DAILY = ['SECONDLY', 'MINUTELY', 'HOURLY']
const FREQ_CHOICES = 'DAILY, WEEKLY, MONTHLY or YEARLY'
// Days each month can have, leap years included, to refuse BYMONTH=2;BYMONTHDAY=30 up front:
// rrule would search to the year 9999 for an occurrence that never comes.
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Checks an RRULE value (with or without `RRULE:`) and returns it upper-cased and trimmed. */
export function parseRule(rrule: string): ParseRuleResult {
  const result = analyseRule(rrule)
  return result.ok ? { ok: true, rule: result.rule } : result
}

/** `parseRule`, also returning the parsed parts (for describing and for the builder). */
export function analyseRule(rrule: string): AnalyseRuleResult {
  const text = String(rrule).trim().toUpperCase().replace(/^RRULE:/, '').trim()
  if (text === '') return { ok: false, message: 'RRULE is empty' }
  const segments = text.split(';')
  if (segments.length > 1 && segments.at(-1) === '') segments.pop() // a trailing ";" is harmless
  const parts: Omit<RuleParts, 'freq'> & { freq: Frequency | null } = {
    freq: null, interval: 1, count: null, until: null, byDay: [], byMonthDay: [], byMonth: [],
    bySetPos: [], byYearDay: [], byWeekNo: [], wkst: null,
  }
  const seen = new Set<string>()
  for (const segment of segments) {
    if (segment === '') return { ok: false, message: 'RRULE has an empty part between two ";"' }
    const eq = segment.indexOf('=')
    if (eq <= 0) return { ok: false, message: `RRULE part "${segment}" is not NAME=VALUE` }
    const name = segment.slice(0, eq)
    const value = segment.slice(eq + 1)
    if (seen.has(name)) return { ok: false, message: `RRULE part ${name} appears more than once` }
    seen.add(name)
    const error = readPart(name, value, parts)
    if (error) return { ok: false, message: error }
  }
  if (parts.freq === null) return { ok: false, message: `RRULE part FREQ is missing (${FREQ_CHOICES})` }
  const checked = { ...parts, freq: parts.freq }
  const error = crossCheck(checked)
  if (error) return { ok: false, message: error }
  const rule = segments.join(';')
  try {
    // Our checks are stricter than rrule's parser; this only guards against a gap between the two.
    new RRule(RRule.parseString(rule), true)
  } catch (e) {
    return { ok: false, message: `RRULE is not understood: ${e instanceof Error ? e.message : String(e)}` }
  }
  return { ok: true, rule, parts: checked }
}

function readPart(name: string, value: string, parts: Omit<RuleParts, 'freq'> & { freq: Frequency | null }): string | null {
  const refused = REFUSED_PARTS[name]
  if (refused) return `RRULE part ${name} ${refused}`
  if (value === '') return `RRULE part ${name} has no value`
  const bad = (what: string, v = value) => `RRULE part ${name}: ${v} is not ${what}`
  const list = LIST_PARTS[name]
  if (list) {
    for (const item of value.split(',')) {
      const n = integerIn(item, list.lo, list.hi, list.signed)
      if (n === null) return bad(list.what, item === '' ? '""' : item)
      parts[list.key].push(n)
    }
    return null
  }
  switch (name) {
    case 'FREQ':
      if (SUB_DAILY.includes(value)) return `RRULE part FREQ: ${value} is not supported; an activity repeats at most daily (${FREQ_CHOICES})`
      if (!(FREQUENCIES as readonly string[]).includes(value)) return bad(`a frequency (${FREQ_CHOICES})`)
      parts.freq = value as Frequency
      return null
    case 'INTERVAL':
    case 'COUNT': {
      const max = name === 'INTERVAL' ? 999 : 1000
      const n = integerIn(value, 1, max)
      if (n === null) return bad(`a whole number from 1 to ${max}`)
      if (name === 'INTERVAL') parts.interval = n
      else parts.count = n
      return null
    }
    case 'UNTIL':
      parts.until = parseUntil(value)
      return parts.until ? null : bad('a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS, optionally ending in Z)')
    case 'WKST':
      if (!isWeekday(value)) return bad('a weekday (MO, TU, WE, TH, FR, SA or SU)')
      parts.wkst = value
      return null
    case 'BYDAY':
      for (const item of value.split(',')) {
        const day = parseNthWeekday(item)
        if (!day) return bad('a weekday (MO..SU, optionally with an ordinal such as 2FR or -1SU)', item === '' ? '""' : item)
        parts.byDay.push(day)
      }
      return null
    default:
      return `RRULE part ${name} is not a recurrence rule part this calendar understands`
  }
}

/** The RFC 5545 3.3.10 rules about which parts go together, plus rules that could never occur. */
function crossCheck(p: RuleParts): string | null {
  if (p.count !== null && p.until !== null) return 'RRULE parts COUNT and UNTIL cannot be used together'
  for (const { nth, weekday } of p.byDay) {
    if (nth === 0) continue
    const item = `${nth}${weekday}`
    if (p.freq !== 'MONTHLY' && p.freq !== 'YEARLY') return `RRULE part BYDAY: ${item} has an ordinal, which only FREQ=MONTHLY or FREQ=YEARLY allows`
    if (p.byWeekNo.length > 0) return `RRULE part BYDAY: ${item} cannot have an ordinal together with BYWEEKNO`
    const inMonth = p.freq === 'MONTHLY' || p.byMonth.length > 0
    if (inMonth && Math.abs(nth) > 5) return `RRULE part BYDAY: ${item} asks for more than the 5 of a weekday a month can have (1..5 or -5..-1)`
  }
  if (p.byMonthDay.length > 0 && p.freq === 'WEEKLY') return 'RRULE part BYMONTHDAY is not allowed with FREQ=WEEKLY'
  if (p.byYearDay.length > 0 && p.freq !== 'YEARLY') return 'RRULE part BYYEARDAY is only allowed with FREQ=YEARLY'
  if (p.byWeekNo.length > 0 && p.freq !== 'YEARLY') return 'RRULE part BYWEEKNO is only allowed with FREQ=YEARLY'
  const others = p.byDay.length + p.byMonthDay.length + p.byMonth.length + p.byYearDay.length + p.byWeekNo.length
  if (p.bySetPos.length > 0 && others === 0) return 'RRULE part BYSETPOS needs another BY part (such as BYDAY) to choose from'
  if (p.byMonth.length > 0 && p.byMonthDay.length > 0) {
    const fits = p.byMonth.some((m) => p.byMonthDay.some((d) => Math.abs(d) <= (MONTH_DAYS[m - 1] ?? 31)))
    if (!fits) return 'RRULE parts BYMONTH and BYMONTHDAY: none of the months has such a day, so the rule never occurs'
  }
  return null
}
