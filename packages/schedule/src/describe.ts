/**
 * Short human descriptions of rules for the admin UI. Only shapes people actually pick get a
 * sentence; anything else (BYSETPOS, BYWEEKNO, mixed parts) is shown as the rule itself, which
 * is better than a sentence that is subtly wrong.
 */
import { analyseRule } from './rule'
import { type RuleParts, type RuleUntil, type Weekday, WEEKDAYS } from './rule-parts'
import { type Phrases, en, zh } from './describe-phrases'

export type DescribeLocale = 'zh-CN' | 'en'

/** The rule in words, e.g. `每月第二个周五` / `Monthly on the second Friday`; else the rule itself. */
export function describeRule(rrule: string, locale: DescribeLocale): string {
  const analysed = analyseRule(rrule)
  if (!analysed.ok) return rrule
  return phrase(analysed.parts, locale === 'zh-CN' ? zh : en) ?? analysed.rule
}

function phrase(p: RuleParts, say: Phrases): string | null {
  if (p.bySetPos.length + p.byYearDay.length + p.byWeekNo.length > 0) return null
  const body = shape(p, say)
  if (body === null) return null
  if (p.count !== null) return say.count(body, p.count)
  if (p.until !== null) return say.until(body, untilText(p.until))
  return body
}

function shape(p: RuleParts, say: Phrases): string | null {
  const n = p.interval
  const plain = p.byDay.every((d) => d.nth === 0)
  const days = sortDays(p.byDay.map((d) => d.weekday))
  switch (p.freq) {
    case 'DAILY':
      if (p.byMonth.length + p.byMonthDay.length > 0) return null
      if (p.byDay.length === 0) return say.daily(n)
      // Daily limited to some weekdays is the same series as weekly on them.
      return n === 1 ? say.weekly(1, days) : null
    case 'WEEKLY':
      return p.byMonth.length > 0 ? null : say.weekly(n, days)
    case 'MONTHLY': {
      if (p.byMonth.length > 0 || (p.byDay.length > 0 && p.byMonthDay.length > 0)) return null
      if (p.byMonthDay.length > 0) return say.monthlyDays(n, p.byMonthDay)
      if (p.byDay.length === 0) return say.monthly(n)
      if (plain) return say.monthlyEvery(n, days)
      return p.byDay.every((d) => d.nth !== 0) ? say.monthlyNth(n, p.byDay) : null
    }
    case 'YEARLY': {
      const months = [...p.byMonth].sort((a, b) => a - b)
      if (p.byDay.length > 0 && (p.byMonthDay.length > 0 || months.length === 0)) return null
      if (p.byDay.length > 0 && !p.byDay.every((d) => d.nth !== 0)) return null
      if (p.byMonthDay.length > 0 && months.length === 0) return null
      return say.yearly(n, months, p.byMonthDay, p.byDay)
    }
  }
}

const sortDays = (days: Weekday[]) =>
  [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b))

function untilText(until: RuleUntil): string {
  if (until.time === null || (!until.utc && until.time === '23:59:59')) return until.date
  return `${until.date} ${until.time.slice(0, 5)}${until.utc ? ' UTC' : ''}`
}
