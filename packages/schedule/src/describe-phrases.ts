/** The words describeRule puts together, one phrase book per locale the admin offers. */
import { type NthWeekday, type Weekday, WEEKDAYS } from './rule-parts'

export interface Phrases {
  daily(interval: number): string
  /** `days` sorted Monday first; empty means "on the start's weekday". */
  weekly(interval: number, days: Weekday[]): string
  monthly(interval: number): string
  monthlyNth(interval: number, items: NthWeekday[]): string
  monthlyEvery(interval: number, days: Weekday[]): string
  monthlyDays(interval: number, monthDays: number[]): string
  yearly(interval: number, months: number[], monthDays: number[], items: NthWeekday[]): string | null
  count(body: string, count: number): string
  until(body: string, until: string): string
}

/** Runs of three or more consecutive weekdays read better as a range: Monday to Friday. */
function dayGroups(days: Weekday[]): Weekday[][] {
  const groups: Weekday[][] = []
  for (const day of days) {
    const last = groups.at(-1)
    const prev = last?.at(-1)
    if (last && prev && WEEKDAYS.indexOf(day) === WEEKDAYS.indexOf(prev) + 1) last.push(day)
    else groups.push([day])
  }
  return groups.flatMap((g) => (g.length >= 3 ? [g] : g.map((d) => [d])))
}

const ZH_DAY: Record<Weekday, string> = { MO: '周一', TU: '周二', WE: '周三', TH: '周四', FR: '周五', SA: '周六', SU: '周日' }
const ZH_NTH = ['', '第一个', '第二个', '第三个', '第四个', '第五个']
const zhNth = (n: number) => (n === -1 ? '最后一个' : n < 0 ? `倒数${ZH_NTH[-n]?.slice(0, 2)}个` : (ZH_NTH[n] ?? `第${n}个`))
const zhDays = (days: Weekday[]) =>
  dayGroups(days).map((g) => (g.length > 1 ? `${ZH_DAY[g[0]!]}至${ZH_DAY[g.at(-1)!]}` : ZH_DAY[g[0]!])).join('、')
const zhMonthDay = (d: number) => (d > 0 ? `${d}日` : d === -1 ? '最后一天' : `倒数第${-d}天`)
const every = (interval: number, unit: string, one: string) => (interval === 1 ? one : `每${interval}${unit}`)
// Chinese UI text puts a space between Han characters and Arabic numerals: 每 2 周, 共 10 次.
const spaced = (s: string) => s.replace(/([\u4e00-\u9fff])(\d)/g, '$1 $2').replace(/(\d)([\u4e00-\u9fff])/g, '$1 $2')

export const zh: Phrases = {
  daily: (n) => spaced(every(n, '天', '每天')),
  weekly: (n, days) => spaced(days.length === 0 ? every(n, '周', '每周') : n === 1 ? `每${zhDays(days)}` : `每${n}周的${zhDays(days)}`),
  monthly: (n) => spaced(every(n, '个月', '每月')),
  monthlyNth: (n, items) => spaced(`${every(n, '个月的', '每月')}${items.map((i) => zhNth(i.nth) + ZH_DAY[i.weekday]).join('、')}`),
  monthlyEvery: (n, days) => spaced(`${every(n, '个月的', '每月的')}每个${zhDays(days)}`),
  monthlyDays: (n, monthDays) => spaced(`${every(n, '个月的', '每月')}${monthDays.map(zhMonthDay).join('、')}`),
  yearly: (n, months, monthDays, items) => {
    const base = every(n, '年的', '每年')
    const monthText = months.map((m) => `${m}月`).join('、')
    if (items.length > 0) return spaced(`${base}${monthText}${items.map((i) => zhNth(i.nth) + ZH_DAY[i.weekday]).join('、')}`)
    if (monthDays.length > 0) return spaced(`${base}${monthText}${months.length > 1 ? '的' : ''}${monthDays.map(zhMonthDay).join('、')}`)
    return spaced(months.length > 0 ? `${base}${monthText}` : every(n, '年', '每年'))
  },
  count: (body, count) => spaced(`${body}，共${count}次`),
  until: (body, until) => spaced(`${body}，至${until}`),
}

const EN_DAY: Record<Weekday, string> = {
  MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday',
}
const EN_MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const EN_NTH = ['', 'first', 'second', 'third', 'fourth', 'fifth']
const enNth = (n: number) => (n === -1 ? 'last' : n < 0 ? `${EN_NTH[-n] ?? -n}-to-last` : (EN_NTH[n] ?? `${n}th`))
const andList = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`)
const enDays = (days: Weekday[]) =>
  andList(dayGroups(days).map((g) => (g.length > 1 ? `${EN_DAY[g[0]!]} to ${EN_DAY[g.at(-1)!]}` : EN_DAY[g[0]!])))
const enItems = (items: NthWeekday[]) => andList(items.map((i) => `the ${enNth(i.nth)} ${EN_DAY[i.weekday]}`))
const enMonthDay = (d: number) => (d > 0 ? `day ${d}` : d === -1 ? 'the last day' : `the ${enNth(d)} day`)
const enEvery = (n: number, unit: string, one: string) => (n === 1 ? one : `Every ${n} ${unit}s`)

export const en: Phrases = {
  daily: (n) => enEvery(n, 'day', 'Daily'),
  weekly: (n, days) => `${enEvery(n, 'week', 'Weekly')}${days.length > 0 ? ` on ${enDays(days)}` : ''}`,
  monthly: (n) => enEvery(n, 'month', 'Monthly'),
  monthlyNth: (n, items) => `${enEvery(n, 'month', 'Monthly')} on ${enItems(items)}`,
  monthlyEvery: (n, days) => `${enEvery(n, 'month', 'Monthly')} on every ${enDays(days)}`,
  monthlyDays: (n, monthDays) => `${enEvery(n, 'month', 'Monthly')} on ${andList(monthDays.map(enMonthDay))}`,
  yearly: (n, months, monthDays, items) => {
    const base = enEvery(n, 'year', 'Yearly')
    const monthText = andList(months.map((m) => EN_MONTH[m - 1] ?? String(m)))
    if (items.length > 0) return `${base} on ${enItems(items)} of ${monthText}`
    const [day = 0] = monthDays
    if (months.length === 1 && monthDays.length === 1 && day > 0) return `${base} on ${monthText} ${day}`
    if (monthDays.length > 0) return `${base} in ${monthText} on ${andList(monthDays.map(enMonthDay))}`
    return months.length > 0 ? `${base} in ${monthText}` : base
  },
  count: (body, count) => `${body}, ${count === 1 ? 'once' : `${count} times`}`,
  until: (body, until) => `${body}, until ${until}`,
}
