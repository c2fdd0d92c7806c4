/**
 * Which opening hours apply to a room on a date. A room either follows its center's week or has a
 * week of its own (a gym from 06:00 in a center from 08:30); dated exceptions beat both. Everything
 * is wall-clock time in the center's zone, so a DST change never moves 06:00.
 */
import { type IsoWeekday, type LocalDate, addDays, localDateToFloating, weekdayOf } from './local-time'

export interface WeeklyInterval { weekday: number; opens: string; closes: string }
export interface DayInterval { opens: string; closes: string }
/** A date with other hours; no intervals means closed all day. */
export interface HoursException { date: LocalDate; intervals: DayInterval[] }
export interface RoomHoursSpec {
  /** null: the room follows the center's week. */
  weekly: WeeklyInterval[] | null
  exceptions: HoursException[]
}
export type HoursSource = 'center' | 'room' | 'exception'
export interface HoursOnDate { date: LocalDate; source: HoursSource; intervals: DayInterval[] }

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
const byOpening = (a: DayInterval, b: DayInterval) => minutes(a.opens) - minutes(b.opens)
const dayOf = (week: WeeklyInterval[], weekday: IsoWeekday) =>
  week.filter((h) => h.weekday === weekday).map(({ opens, closes }) => ({ opens, closes })).sort(byOpening)

/** The hours that apply to a room on a local date, and where they come from. */
export function roomHoursOn(date: LocalDate, centerWeekly: WeeklyInterval[], room: RoomHoursSpec | null): HoursOnDate {
  const exception = room?.exceptions.find((e) => e.date === date)
  if (exception) return { date, source: 'exception', intervals: [...exception.intervals].sort(byOpening) }
  const weekday = weekdayOf(date)
  if (room?.weekly) return { date, source: 'room', intervals: dayOf(room.weekly, weekday) }
  return { date, source: 'center', intervals: dayOf(centerWeekly, weekday) }
}

/** True when [startsHHmm, endsHHmm) on one day lies inside one of the intervals. */
export const withinIntervals = (intervals: DayInterval[], starts: string, ends: string) =>
  intervals.some((h) => h.opens <= starts && ends <= h.closes)

/** `06:00–21:00、18:00–20:00`, or '' for a closed day. */
export const formatIntervals = (intervals: DayInterval[]) => intervals.map((h) => `${h.opens}–${h.closes}`).join('、')

const ZH_DAY = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日']

function intervalProblems(where: string, intervals: DayInterval[]): string[] {
  const problems: string[] = []
  intervals.forEach((h) => {
    if (minutes(h.closes) <= minutes(h.opens)) problems.push(`${where}：结束时间 ${h.closes} 须晚于开始时间 ${h.opens}`)
  })
  const sorted = [...intervals].sort(byOpening)
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!
    const cur = sorted[i]!
    if (minutes(cur.opens) < minutes(prev.closes))
      problems.push(`${where}：时段 ${prev.opens}–${prev.closes} 与 ${cur.opens}–${cur.closes} 重叠`)
  }
  return problems
}

const isDate = (date: string) => {
  try {
    localDateToFloating(date)
    return true
  } catch {
    return false
  }
}

/**
 * What is wrong with a room's hours, one Chinese sentence each (shown as they are); empty means valid. Beyond what a
 * schema says: times in order, no overlaps, real dates, each date once, no exception before
 * `today`, and (the site rule) no weekly room hours on a weekday the center's week keeps closed
 * all day: a room may open earlier or close later than the center, not on a day the building is
 * shut. A center with no weekly hours at all sets no such bound; dated exceptions are deliberate
 * and may open any date.
 */
export function roomHoursProblems(spec: RoomHoursSpec, centerWeekly: WeeklyInterval[], today: LocalDate): string[] {
  const problems: string[] = []
  if (spec.weekly) {
    for (let day = 1; day <= 7; day++) {
      const intervals = dayOf(spec.weekly, day as IsoWeekday)
      problems.push(...intervalProblems(ZH_DAY[day]!, intervals))
      if (intervals.length > 0 && centerWeekly.length > 0 && !centerWeekly.some((h) => h.weekday === day))
        problems.push(`${ZH_DAY[day]}：中心全天不开放，房间不能在这一天开放`)
    }
  }
  const seen = new Set<string>()
  for (const e of spec.exceptions) {
    if (!isDate(e.date)) problems.push(`特殊日期 ${e.date}：不是有效的日期`)
    else if (e.date < today) problems.push(`特殊日期 ${e.date}：已经过去（今天是 ${today}）`)
    if (seen.has(e.date)) problems.push(`特殊日期 ${e.date}：重复填写`)
    seen.add(e.date)
    problems.push(...intervalProblems(`特殊日期 ${e.date}`, e.intervals))
  }
  return problems
}

/** The next `days` dates' hours from `from`, e.g. for a week view. */
export const roomHoursFor = (from: LocalDate, days: number, centerWeekly: WeeklyInterval[], room: RoomHoursSpec | null) =>
  Array.from({ length: days }, (_, i) => roomHoursOn(addDays(from, i), centerWeekly, room))
