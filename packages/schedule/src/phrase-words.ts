/**
 * The vocabulary of recurrence phrases as center staff type them: numbers in Arabic or Chinese
 * numerals, weekdays (周二, 星期二, 礼拜二), dates and clock times (09:00, 下午2点半). Each reader
 * takes text at a position and gives the value and where it ended, or null.
 */
import type { Weekday } from './rule-parts'

/** Full-width digits, colons, commas and spaces to their ASCII forms; dashes and waves to one "-" or "~". */
export function normalisePhrase(text: string): string {
  return String(text).normalize('NFKC').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\u301c/g, '~').trim()
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
export const NUMBER = '(?:\\d{1,4}|[零〇一二两三四五六七八九十]{1,3})'

/** `15`, `十五`, `二十一`, `两` as a number, or null. */
export function numberValue(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text)
  const ten = text.indexOf('十')
  if (ten === -1) return text.length === 1 && DIGITS[text] !== undefined ? DIGITS[text]! : null
  if (text.indexOf('十', ten + 1) !== -1) return null
  const tens = ten === 0 ? 1 : DIGITS[text.slice(0, ten)]
  const ones = ten === text.length - 1 ? 0 : DIGITS[text.slice(ten + 1)]
  if (tens === undefined || ones === undefined || ten > 1 || text.length - ten > 2) return null
  return tens * 10 + ones
}

/** What comes before a weekday: 周 / 星期 / 礼拜 (禮拜). */
export const DAY_PREFIX = '(?:周|星期|礼拜|禮拜)'
const DAY_CHARS: Record<string, Weekday> = { 一: 'MO', 二: 'TU', 三: 'WE', 四: 'TH', 五: 'FR', 六: 'SA', 日: 'SU', 天: 'SU' }
const DAY_NUMBERS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']
export const ZH_WEEKDAY: Record<Weekday, string> = { MO: '一', TU: '二', WE: '三', TH: '四', FR: '五', SA: '六', SU: '日' }

/** A weekday's character (`二`, `日`, `天`), or a digit 1..7 when it follows 周 (周2). */
export function weekdayOfChar(char: string, prefixed: boolean): Weekday | null {
  if (DAY_CHARS[char]) return DAY_CHARS[char]!
  if (prefixed && /^[1-7]$/.test(char)) return DAY_NUMBERS[Number(char) - 1]!
  return null
}

/** Interval words as people say them: 两 for 2, digits from 3 (每两周, 每3个月). */
export const intervalText = (n: number) => (n === 2 ? '两' : String(n))

export interface Read<T> { value: T; end: number }

const DATE = /(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*(?:日|号)?/y

/** `2027-01-05`, `2027/1/5`, `2027年1月5日` as `YYYY-MM-DD`; `error` when it names no real date. */
export function readDate(text: string, at: number): Read<string> | { error: string } | null {
  DATE.lastIndex = at
  const m = DATE.exec(text)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const probe = new Date(Date.UTC(2000, mo - 1, d))
  probe.setUTCFullYear(y)
  if (mo < 1 || mo > 12 || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return { error: `日期“${m[0].trim()}”不存在` }
  const pad = (n: number) => String(n).padStart(2, '0')
  return { value: `${m[1]}-${pad(mo)}-${pad(d)}`, end: at + m[0].length }
}

const PM = ['下午', '午后', '傍晚', '晚上', '晚间', '夜间', '夜里']
const AM = ['上午', '早上', '早晨', '清晨', '凌晨', '上半天']
const PERIOD = `(${[...PM, ...AM, '中午'].join('|')})?`
const HOUR = '(?:\\d{1,2}|[零〇一二两三四五六七八九十]{1,3})'
const CLOCK = new RegExp(`${PERIOD}\\s*(?:(\\d{1,2}):(\\d{2})|(${HOUR})\\s*[点時时](?:\\s*(半|一刻|三刻|(${HOUR})\\s*分?))?)`, 'y')
const BARE_HOUR = new RegExp(`${PERIOD}\\s*(${HOUR})(?=\\s*[-~至到]\\s*(?:${PERIOD}\\s*)?${HOUR}\\s*[:点時时])`, 'y')

export interface ClockTime { hour: number; minute: number; period: string | null }

/** `09:30`, `9点半`, `下午2点15分`, `晚上7:00`; with `bareHour`, also `下午2` (of `下午2-4点`). */
export function readClock(text: string, at: number, bareHour = false): Read<ClockTime> | { error: string } | null {
  CLOCK.lastIndex = at
  const m = CLOCK.exec(text)
  if (m) {
    const hour = m[2] !== undefined ? Number(m[2]) : numberValue(m[4]!)
    const minute = m[3] !== undefined ? Number(m[3]) : m[5] === undefined ? 0
      : m[5] === '半' ? 30 : m[5] === '一刻' ? 15 : m[5] === '三刻' ? 45 : numberValue(m[6]!)
    return clock(m[0], m[1] ?? null, hour, minute, at)
  }
  if (!bareHour) return null
  BARE_HOUR.lastIndex = at
  const b = BARE_HOUR.exec(text)
  return b ? clock(b[0], b[1] ?? null, numberValue(b[2]!), 0, at) : null
}

function clock(written: string, period: string | null, hour: number | null, minute: number | null, at: number): Read<ClockTime> | { error: string } {
  if (hour === null || minute === null || hour > 23 || minute > 59) return { error: `时间“${written.trim()}”不存在` }
  if (period !== null && AM.includes(period) && hour > 12) return { error: `“${written.trim()}”：${period}没有 ${hour} 点` }
  return { value: { hour, minute, period }, end: at + written.length }
}

/** The 24-hour clock a period word means: 下午2点 is 14:00, 中午1点 is 13:00, 凌晨12点 is 00:00. */
export function toMinutes(t: ClockTime): number {
  let h = t.hour
  if (t.period !== null && PM.includes(t.period) && h < 12) h += 12
  if (t.period === '中午' && h >= 1 && h <= 4) h += 12
  if (t.period === '凌晨' && h === 12) h = 0
  return h * 60 + t.minute
}

export const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
