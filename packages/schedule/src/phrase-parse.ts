/**
 * Reads a recurrence phrase as center staff write it in their spreadsheets (每周二 09:00-11:00,
 * 每月第二个周五 19:00, 工作日 下午4点半-6点, 单次 2027-01-05 09:00) into a canonical RRULE and
 * local times. Never throws: what it does not understand comes back as a Chinese message that
 * quotes the part it stopped at. RRULE text itself is accepted too, so every exported rule reads back.
 */
import { analyseRule, parseRule } from './rule'
import { type NthWeekday, type Weekday, WEEKDAYS } from './rule-parts'
import { type PhraseFreq, type PhraseResult, type PhraseRule, type PhraseSchedule, canonicalRule } from './phrase-rule'
import { type ClockTime, DAY_PREFIX, NUMBER, type Read, hhmm, normalisePhrase, numberValue, readClock, readDate, toMinutes, weekdayOfChar } from './phrase-words'

export const PHRASE_EXAMPLES = '每周二 09:00-11:00、每周一、三、五 14:00、工作日 16:30-18:00、每两周周六 10:00、每月第二个周五 19:00、每月15日 09:00、单次 2027-01-05 09:00'

class PhraseError extends Error {}

export function parseSchedulePhrase(input: string): PhraseResult {
  const text = normalisePhrase(input ?? '')
  if (text === '') return { ok: false, message: `时间规则为空，可以写：${PHRASE_EXAMPLES}` }
  try {
    return { ok: true, schedule: new PhraseReader(text).phrase() }
  } catch (e) {
    if (e instanceof PhraseError) return { ok: false, message: e.message }
    return { ok: false, message: `未能理解时间规则“${text}”，可以写：${PHRASE_EXAMPLES}` }
  }
}

const re = (source: string) => new RegExp(source, 'y')
// A digit is a weekday only after 周 (周2), so 至2027-06-30 is not read as a range of days.
const DAY_ITEM = re(`(?:(${DAY_PREFIX})\\s*([一二三四五六日天1-7])|([一二三四五六日天]))`)
const WEEKEND = re(`${DAY_PREFIX}?末`)
const LIST_SEP = re('\\s*[、,，和及与/]\\s*')
const RANGE_SEP = re('\\s*(?:至|到|-|~)\\s*')

class PhraseReader {
  private i = 0
  constructor(private readonly text: string) {}

  phrase(): PhraseSchedule {
    const raw = this.eat(re('(?:RRULE:)?FREQ=\\S+'), 'i')
    if (raw) {
      const parsed = parseRule(raw[0])
      if (!parsed.ok) throw new PhraseError(`时间规则“${this.text}”不是有效的 RRULE：${parsed.message}`)
      return { rrule: parsed.rule, date: null, ...this.times() }
    }
    const oneOff = this.eat(re('(?:单次|一次性|仅一次|仅此一次)\\s*[:：]?'))
    if (oneOff || this.peekDate()) return this.oneOff()
    const rule = this.frequency()
    let time = this.timeRange()
    this.endClause(rule)
    time ??= this.timeRange()
    this.finish()
    const rrule = canonicalRule(rule)
    const checked = analyseRule(rrule)
    if (!checked.ok) throw new PhraseError(`时间规则“${this.text}”不会有任何一次活动（${impossible(rule)}）`)
    return { rrule, date: null, start: time?.start ?? null, end: time?.end ?? null }
  }

  private oneOff(): PhraseSchedule {
    this.space()
    const date = readDate(this.text, this.i)
    if (date === null) throw this.unknown('单次活动请写日期，例如 单次 2027-01-05 09:00')
    if ('error' in date) throw new PhraseError(`时间规则“${this.text}”中${date.error}`)
    this.i = date.end
    return { rrule: null, date: date.value, ...this.times() }
  }

  private times() {
    const time = this.timeRange()
    this.finish()
    return { start: time?.start ?? null, end: time?.end ?? null }
  }

  private frequency(): PhraseRule {
    const rule: PhraseRule = { freq: 'WEEKLY', interval: 1, byMonth: [], byDay: [], byMonthDay: [], count: null, until: null }
    if (this.eat(re('(?:每个?)?工作日'))) return { ...rule, byDay: WEEKDAYS.slice(0, 5).map(plain) }
    if (!this.eat(re('每'))) {
      // 周二、四 14:00 without 每 still means every week in a column of rules.
      const days = this.dayList()
      if (days.length === 0) throw this.unknown('应以“每天”“每周”“每月”“每年”“工作日”或“单次”开头')
      return { ...rule, byDay: days.map(plain) }
    }
    // 每隔一周 is every other week; 每隔两周 is read both as every 2 and every 3 weeks, so it is asked again.
    const gap = this.eat(re(`隔\\s*(${NUMBER})?\\s*`))
    if (gap && gap[1] !== undefined && numberValue(gap[1]) !== 1) throw this.unknown('“每隔”几周说法不一，请写成 每两周、每3周')
    const count = gap ? null : this.eat(re(`(${NUMBER})`))
    const interval = gap ? 2 : count ? numberValue(count[1]!) : 1
    if (interval === null || interval < 1 || interval > 999) throw this.unknown('间隔应是 1 到 999 之间的整数')
    const unit = this.eat(re('个?\\s*(天|日|周|星期|礼拜|月|季度|年)'))?.[1]
    if (!unit) throw this.unknown('“每”后面应是 天、周、月、季度 或 年')
    const freq: PhraseFreq = unit === '天' || unit === '日' ? 'DAILY' : unit === '月' || unit === '季度' ? 'MONTHLY' : unit === '年' ? 'YEARLY' : 'WEEKLY'
    const r = { ...rule, freq, interval: unit === '季度' ? interval * 3 : interval }
    // 每周一次 / 每月一次: once, on the start date's weekday or day.
    if (this.eat(re('一次'))) return r
    this.eat(re('的'))
    if (freq === 'WEEKLY') return { ...r, byDay: this.dayList().map(plain) }
    if (freq === 'MONTHLY') return { ...r, ...this.monthItems() }
    if (freq === 'YEARLY') return { ...r, ...this.yearItems() }
    return r
  }

  /** 一、三、五 / 周一至周五 / 一三五 / 周末: weekdays, Monday first. */
  private dayList(): Weekday[] {
    const days: Weekday[] = []
    let item = this.dayItem() ?? this.weekend()
    while (item) {
      const at = this.i
      const to = item.length === 1 && this.eat(RANGE_SEP) ? this.dayItem() : null
      if (to) days.push(...dayRange(item[0]!, to[0]!))
      else { this.i = at; days.push(...item) }
      const before = this.i
      item = this.dayItem(false) // 一三五: days written side by side
      if (!item && this.eat(LIST_SEP)) item = this.dayItem() ?? this.weekend()
      if (!item) this.i = before
    }
    return [...new Set(days)]
  }

  private dayItem(skipSpace = true): Weekday[] | null {
    const m = skipSpace ? this.eat(DAY_ITEM) : this.eatHere(DAY_ITEM)
    if (!m) return null
    const day = weekdayOfChar(m[2] ?? m[3]!, m[1] !== undefined)
    if (!day) throw this.unknown('星期应写作 周一 至 周日')
    return [day]
  }

  private weekend(): Weekday[] | null {
    return this.eat(WEEKEND) ? ['SA', 'SU'] : null
  }

  /** 第二个周五 / 最后一个周日 / 倒数第二个周一 / 每个周二 / 1日、15日 / 最后一天 / 倒数第3天. */
  private monthItems(): Pick<PhraseRule, 'byDay' | 'byMonthDay'> {
    const byDay: NthWeekday[] = []
    const byMonthDay: number[] = []
    // 第一个和第三个周六: positions written before the weekday they share.
    let waiting: number[] = []
    let dayMarked = true
    do {
      const item = this.monthItem()
      if (!item) break
      if (typeof item === 'number') byMonthDay.push(item)
      else if ('nth' in item && item.weekday === null) waiting.push(item.nth)
      else if ('nth' in item) {
        byDay.push(...waiting.map((nth) => ({ nth, weekday: item.weekday! })), { nth: item.nth, weekday: item.weekday! })
        waiting = []
      } else { byMonthDay.push(item.day); dayMarked = item.marked }
    } while (this.eat(LIST_SEP))
    if (waiting.length) throw this.unknown('这里应写星期几，例如 第二个周五')
    if (!dayMarked) throw this.unknown('每月的日期请写成“15日”或“15号”')
    if (byDay.length && byMonthDay.length) throw new PhraseError(`时间规则“${this.text}”同时写了星期和日期，请分成两条规则`)
    return { byDay, byMonthDay }
  }

  private monthItem(): { nth: number; weekday: Weekday | null } | number | { day: number; marked: boolean } | null {
    if (this.eat(re('(?:最后\\s*(?:一|1)\\s*天|月底|月末)'))) return -1
    const fromEnd = this.eat(re(`倒数\\s*第\\s*(${NUMBER})\\s*(个|天)?`))
    if (fromEnd) {
      const n = this.ordinal(fromEnd[1]!, fromEnd[2] === '天' ? 31 : 5)
      return fromEnd[2] === '天' ? -n : { nth: -n, weekday: this.weekdayAfter() }
    }
    if (this.eat(re('最后\\s*(?:一|1)?\\s*个?'))) return { nth: -1, weekday: this.weekdayAfter() }
    const nth = this.eat(re(`第\\s*(${NUMBER})\\s*个?`))
    if (nth) return { nth: this.ordinal(nth[1]!, 5), weekday: this.weekdayAfter() }
    if (this.eat(re('每个?'))) return { nth: 0, weekday: this.weekdayAfter() ?? this.missingWeekday() }
    // A number with no 日 after it is a day only when no clock follows (15、16日, not 9:00 or 9点).
    const day = this.eat(re(`(${NUMBER})\\s*(?:([日号])|(?!\\s*[:点时\\d零〇一二两三四五六七八九十]))`))
    if (!day) return null
    return { day: this.ordinal(day[1]!, 31), marked: day[2] !== undefined }
  }

  private ordinal(text: string, max: number): number {
    const n = numberValue(text)
    if (n === null || n < 1 || n > max) throw this.unknown(max === 5 ? '一个月里同一个星期几最多有 5 个' : '每月的日期应在 1 到 31 之间')
    return n
  }

  private weekdayAfter(): Weekday | null {
    const m = this.eat(re(`${DAY_PREFIX}\\s*([一二三四五六日天1-7])`))
    return m ? weekdayOfChar(m[1]!, true) : null
  }

  private missingWeekday(): never {
    throw this.unknown('这里应写星期几，例如 周五')
  }

  /** 10月1日 / 10月第一个周一 / 10月 (the start's day of it). */
  private yearItems(): Pick<PhraseRule, 'byMonth' | 'byDay' | 'byMonthDay'> {
    const month = this.eat(re(`(${NUMBER})\\s*月\\s*的?`))
    if (!month) return { byMonth: [], byDay: [], byMonthDay: [] }
    const m = numberValue(month[1]!)
    if (m === null || m < 1 || m > 12) throw this.unknown('月份应在 1 到 12 之间')
    return { byMonth: [m], ...this.monthItems() }
  }

  private endClause(rule: PhraseRule) {
    const at = this.i
    this.eat(re('[,，;；]?'))
    const until = this.eat(re('(?:至|到|直到|截至|截止(?:到|至)?)'))
    if (until) {
      this.space()
      const date = readDate(this.text, this.i)
      if (date === null) throw this.unknown('结束日期请写成 2027-06-30')
      if ('error' in date) throw new PhraseError(`时间规则“${this.text}”中${date.error}`)
      this.i = date.end
      this.eat(re('(?:为止|止|结束)'))
      rule.until = date.value
      return
    }
    const count = this.eat(re(`共\\s*(${NUMBER})\\s*次`))
    if (count) {
      const n = numberValue(count[1]!)
      if (n === null || n < 1 || n > 1000) throw this.unknown('次数应在 1 到 1000 之间')
      rule.count = n
      return
    }
    this.i = at
  }

  /** `09:00`, `09:00-11:00`, `下午2-4点`, `上午9点至11点半`; null when no time is here. */
  private timeRange(): { start: string; end: string | null } | null {
    const at = this.i
    this.eat(re('[,，]?'))
    this.space()
    const first = this.clock(true)
    if (!first) { this.i = at; return null }
    const afterStart = this.i
    const start = toMinutes(first.value)
    if (!this.eat(RANGE_SEP)) return this.bareAtEnd(first, afterStart)
    this.space()
    const second = this.clock(false)
    if (!second) { this.i = afterStart; return this.bareAtEnd(first, afterStart) }
    const inherited = second.value.period === null && first.value.period !== null
    let end = toMinutes(inherited ? { ...second.value, period: first.value.period } : second.value)
    // 上午11点-1点 means 13:00: an end read in the start's half-day that falls before it is in the afternoon.
    if (inherited && end <= start && second.value.hour < 12) end += 12 * 60
    if (end <= start) throw new PhraseError(`时间规则“${this.text}”中结束时间 ${hhmm(end)} 不晚于开始时间 ${hhmm(start)}`)
    return { start: hhmm(start), end: hhmm(end) }
  }

  /** A bare hour (下午2) is only a time as the start of a range (下午2-4点). */
  private bareAtEnd(first: ClockRead, afterStart: number) {
    this.i = afterStart
    if (first.bare) throw this.unknown('时间请写成 09:00 或 9点')
    return { start: hhmm(toMinutes(first.value)), end: null }
  }

  private clock(allowBare: boolean): ClockRead | null {
    const full = readClock(this.text, this.i)
    const read = full ?? (allowBare ? readClock(this.text, this.i, true) : null)
    if (read === null) return null
    if ('error' in read) throw new PhraseError(`时间规则“${this.text}”中${read.error}`)
    this.i = read.end
    return { ...read, bare: full === null }
  }

  private finish() {
    this.eat(re('[。.;；]?'))
    this.space()
    if (this.i < this.text.length) throw this.unknown()
  }

  private peekDate(): boolean {
    this.space()
    return readDate(this.text, this.i) !== null
  }

  private space() {
    while (/\s/.test(this.text[this.i] ?? '')) this.i++
  }

  private eat(pattern: RegExp, flags = ''): RegExpExecArray | null {
    this.space()
    return this.eatHere(flags ? new RegExp(pattern.source, `y${flags}`) : pattern)
  }

  private eatHere(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.i
    const m = pattern.exec(this.text)
    if (m) this.i += m[0].length
    return m
  }

  private unknown(hint?: string): PhraseError {
    const rest = this.text.slice(this.i).trim()
    const where = rest ? `中“${rest.length > 20 ? `${rest.slice(0, 20)}…` : rest}”无法理解` : '不完整'
    return new PhraseError(`时间规则“${this.text}”${where}${hint ? `：${hint}` : `。可以写：${PHRASE_EXAMPLES}`}`)
  }
}

type ClockRead = Read<ClockTime> & { bare: boolean }

const plain = (weekday: Weekday): NthWeekday => ({ nth: 0, weekday })

/** 周一至周五, and across the week's end 周六至周一. */
function dayRange(from: Weekday, to: Weekday): Weekday[] {
  const a = WEEKDAYS.indexOf(from)
  const b = WEEKDAYS.indexOf(to)
  const length = ((b - a + 7) % 7) + 1
  return Array.from({ length }, (_, k) => WEEKDAYS[(a + k) % 7]!)
}

function impossible(rule: PhraseRule): string {
  const [month] = rule.byMonth
  const day = rule.byMonthDay.find((d) => d > 0)
  return month !== undefined && day !== undefined ? `${month}月没有${day}日` : '规则互相矛盾'
}
