/**
 * The admin's recurrence builder edits a small spec instead of RRULE text. `buildRule` and
 * `parseRuleSpec` map between the two; rules the builder cannot show give null, and the admin
 * then offers the raw rule (and its description) read-only.
 */
import { type LocalDate, localDateToFloating, weekdayOf } from './local-time'
import { analyseRule } from './rule'
import { type Weekday, WEEKDAYS } from './rule-parts'

export type SpecFrequency = 'daily' | 'weekly' | 'monthly' | 'yearly'
export type Nth = 1 | 2 | 3 | 4 | -1
export type RuleEnd =
  | { kind: 'never' }
  | { kind: 'count'; count: number }
  /** The last local date with an occurrence (inclusive: until the end of that day). */
  | { kind: 'until'; date: LocalDate }

export interface RuleSpec {
  freq: SpecFrequency
  interval: number
  /** weekly: the days; absent or empty means the weekday of the start. */
  weekdays?: Weekday[]
  /** monthly: absent means the day of month of the start. */
  monthlyMode?: 'nth_weekday' | 'day_of_month'
  nth?: Nth
  weekday?: Weekday
  /** 1..31, or -1 for the last day. */
  monthDay?: number
  end: RuleEnd
}

const NTHS: readonly number[] = [1, 2, 3, 4, -1]

/**
 * The RRULE for a spec, parts in a fixed order. Fields that do not apply to `freq` are ignored,
 * so the builder can keep the user's choices while they switch frequency. Throws RangeError
 * (with parseRule's message where there is one) for a spec that makes no valid rule.
 */
export function buildRule(spec: RuleSpec): string {
  const parts = [`FREQ=${String(spec.freq).toUpperCase()}`]
  if (spec.interval !== 1) parts.push(`INTERVAL=${spec.interval}`)
  if (spec.freq === 'weekly' && spec.weekdays && spec.weekdays.length > 0) {
    const days = [...new Set(spec.weekdays)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b))
    parts.push(`BYDAY=${days.join(',')}`)
  }
  if (spec.freq === 'monthly' && spec.monthlyMode === 'nth_weekday') {
    if (spec.nth === undefined || !NTHS.includes(spec.nth) || !spec.weekday) {
      throw new RangeError('A monthly rule on the Nth weekday needs nth (1, 2, 3, 4 or -1) and a weekday')
    }
    parts.push(`BYDAY=${spec.nth}${spec.weekday}`)
  }
  if (spec.freq === 'monthly' && spec.monthlyMode === 'day_of_month') {
    if (spec.monthDay === undefined) throw new RangeError('A monthly rule on a day of the month needs monthDay')
    parts.push(`BYMONTHDAY=${spec.monthDay}`)
  }
  if (spec.end.kind === 'count') parts.push(`COUNT=${spec.end.count}`)
  if (spec.end.kind === 'until') {
    localDateToFloating(spec.end.date) // throws on a malformed date
    // A date-only UNTIL: expansion reads it as the end of that local day, whatever the zone.
    parts.push(`UNTIL=${spec.end.date.replaceAll('-', '')}`)
  }
  const result = analyseRule(parts.join(';'))
  if (!result.ok) throw new RangeError(result.message)
  return result.rule
}

/** The builder's spec for a rule, or null when the builder cannot represent it. */
export function parseRuleSpec(rule: string): RuleSpec | null {
  const analysed = analyseRule(rule)
  if (!analysed.ok) return null
  const p = analysed.parts
  if (p.bySetPos.length + p.byYearDay.length + p.byWeekNo.length + p.byMonth.length > 0) return null
  if (p.wkst !== null && p.wkst !== 'MO') return null
  let end: RuleEnd = { kind: 'never' }
  if (p.count !== null) end = { kind: 'count', count: p.count }
  if (p.until !== null) {
    // Only an UNTIL that means "through the end of a local date" is a date in the builder.
    if (p.until.utc || (p.until.time !== null && p.until.time !== '23:59:59')) return null
    end = { kind: 'until', date: p.until.date }
  }
  const base = { interval: p.interval, end }
  switch (p.freq) {
    case 'DAILY':
    case 'YEARLY':
      if (p.byDay.length + p.byMonthDay.length > 0) return null
      return { freq: p.freq === 'DAILY' ? 'daily' : 'yearly', ...base }
    case 'WEEKLY': {
      if (p.byDay.length === 0) return { freq: 'weekly', ...base }
      const days = p.byDay.map((d) => d.weekday)
      if (new Set(days).size !== days.length) return null
      return { freq: 'weekly', ...base, weekdays: [...days].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b)) }
    }
    case 'MONTHLY': {
      const [day] = p.byDay
      const [monthDay] = p.byMonthDay
      if (p.byDay.length === 0 && p.byMonthDay.length === 0) return { freq: 'monthly', ...base }
      if (day && p.byDay.length === 1 && p.byMonthDay.length === 0 && NTHS.includes(day.nth)) {
        return { freq: 'monthly', ...base, monthlyMode: 'nth_weekday', nth: day.nth as Nth, weekday: day.weekday }
      }
      if (monthDay !== undefined && p.byMonthDay.length === 1 && p.byDay.length === 0) {
        return { freq: 'monthly', ...base, monthlyMode: 'day_of_month', monthDay }
      }
      return null
    }
  }
}

/** The RRULE weekday of a date, e.g. `FR`: the builder's default for weekly and monthly rules. */
export function weekdayCodeOf(date: LocalDate): Weekday {
  return WEEKDAYS[weekdayOf(date) - 1] as Weekday
}

/**
 * Which of its month's weekdays a date is, for "monthly on the Nth weekday" defaults: 2026-12-11
 * is the second Friday. A fifth weekday is always the last, so it is -1; `isLast` tells the
 * builder it may offer "last" for a fourth one too.
 */
export function nthWeekdayOf(date: LocalDate): { nth: Nth; weekday: Weekday; isLast: boolean } {
  const day = Number(date.slice(8, 10))
  const nth = Math.ceil(day / 7)
  const isLast = new Date(localDateToFloating(date) + 7 * 86_400_000).getUTCDate() < day
  return { nth: nth >= 5 ? -1 : (nth as Nth), weekday: weekdayCodeOf(date), isLast }
}
