/**
 * The reverse of parseSchedulePhrase, for exports: a stored rule and times written the way staff
 * write them (每周二 09:00-11:00), such that reading the text back gives the same rule. A rule the
 * phrases cannot say (BYSETPOS, a UTC UNTIL, ...) is written as the RRULE itself, which reads back too.
 */
import { analyseRule } from './rule'
import type { NthWeekday, RuleParts, Weekday } from './rule-parts'
import { WEEKDAYS } from './rule-parts'
import { type PhraseRule, type PhraseSchedule, canonicalRule } from './phrase-rule'
import { parseSchedulePhrase } from './phrase-parse'
import { ZH_WEEKDAY, intervalText } from './phrase-words'

/** `每周二 09:00-11:00，至2027-06-30`, `单次 2027-01-05 09:00`, or `FREQ=… 09:00` for rules phrases cannot say. */
export function describeSchedulePhrase(s: PhraseSchedule): string {
  const time = s.start === null ? '' : s.end === null ? s.start : `${s.start}-${s.end}`
  if (s.rrule === null) return [`单次 ${s.date ?? ''}`.trim(), time].filter(Boolean).join(' ')
  const said = describeRulePhrase(s.rrule)
  if (said.raw) return [said.text, time].filter(Boolean).join(' ')
  return `${said.text}${time ? ` ${time}` : ''}${said.end}`
}

/** The rule alone: its phrase and end clause, or `raw` with the RRULE text. */
export function describeRulePhrase(rrule: string): { text: string; end: string; raw: boolean } {
  const analysed = analyseRule(rrule)
  if (!analysed.ok) return { text: rrule, end: '', raw: true }
  const rule = phraseRuleOf(analysed.parts)
  const body = rule && bodyOf(rule)
  if (!rule || body === null) return { text: analysed.rule, end: '', raw: true }
  const end = rule.count !== null ? `，共${rule.count}次` : rule.until !== null ? `，至${rule.until}` : ''
  // The phrase must read back as this very rule; if it ever would not, the RRULE is the safe answer.
  const back = parseSchedulePhrase(`${body}${end}`)
  if (!back.ok || back.schedule.rrule !== canonicalRule(rule)) return { text: analysed.rule, end: '', raw: true }
  return { text: body, end, raw: false }
}

function phraseRuleOf(p: RuleParts): PhraseRule | null {
  if (p.bySetPos.length + p.byYearDay.length + p.byWeekNo.length > 0 || (p.wkst !== null && p.wkst !== 'MO')) return null
  if (p.until && (p.until.utc || (p.until.time !== null && p.until.time !== '23:59:59'))) return null
  return {
    freq: p.freq, interval: p.interval, byMonth: p.byMonth, byDay: p.byDay, byMonthDay: p.byMonthDay,
    count: p.count, until: p.until?.date ?? null,
  }
}

function bodyOf(r: PhraseRule): string | null {
  const n = r.interval
  switch (r.freq) {
    case 'DAILY':
      return r.byDay.length + r.byMonth.length + r.byMonthDay.length > 0 ? null : n === 1 ? '每天' : `每${intervalText(n)}天`
    case 'WEEKLY':
      if (r.byMonth.length + r.byMonthDay.length > 0) return null
      return `${n === 1 ? '每周' : `每${intervalText(n)}周`}${weekdaysText(r.byDay.map((d) => d.weekday), n > 1)}`
    case 'MONTHLY': {
      if (r.byMonth.length > 0) return null
      const items = monthItemsText(r)
      return items === null ? null : `${n === 1 ? '每月' : `每${intervalText(n)}个月`}${items}`
    }
    case 'YEARLY': {
      const head = n === 1 ? '每年' : `每${intervalText(n)}年`
      if (r.byMonth.length === 0) return r.byDay.length + r.byMonthDay.length > 0 ? null : head
      const items = r.byMonth.length === 1 ? monthItemsText(r) : null
      return items === null ? null : `${head}${r.byMonth[0]}月${items}`
    }
  }
}

/** `一、三、五`, `一至周五`; with `prefixFirst`, `周六` (每两周周六 reads better than 每两周六). */
function weekdaysText(days: Weekday[], prefixFirst: boolean): string {
  const sorted = [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b))
  const groups: Weekday[][] = []
  for (const day of sorted) {
    const last = groups.at(-1)
    if (last && WEEKDAYS.indexOf(day) === WEEKDAYS.indexOf(last.at(-1)!) + 1) last.push(day)
    else groups.push([day])
  }
  return groups
    .flatMap((g) => (g.length >= 3 ? [`${ZH_WEEKDAY[g[0]!]}至周${ZH_WEEKDAY[g.at(-1)!]}`] : g.map((d) => ZH_WEEKDAY[d])))
    .map((text, k) => (k === 0 && prefixFirst ? `周${text}` : text))
    .join('、')
}

const ZH_ORDINAL = ['', '一', '二', '三', '四', '五']

function monthItemsText(r: PhraseRule): string | null {
  if (r.byDay.length > 0 && r.byMonthDay.length > 0) return null
  if (r.byMonthDay.length > 0) return r.byMonthDay.map((d) => (d > 0 ? `${d}日` : d === -1 ? '最后一天' : `倒数第${-d}天`)).join('、')
  return r.byDay.map(nthText).join('、')
}

function nthText({ nth, weekday }: NthWeekday): string {
  const day = `周${ZH_WEEKDAY[weekday]}`
  if (nth === 0) return `每个${day}`
  if (nth === -1) return `最后一个${day}`
  return nth > 0 ? `第${ZH_ORDINAL[nth]}个${day}` : `倒数第${ZH_ORDINAL[-nth]}个${day}`
}
