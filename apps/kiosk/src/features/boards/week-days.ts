import type { ScheduleItem } from '@linli/contracts'
import { type LocalDate, addDays, dateOf, isoWeekday } from './center-time'

export interface WeekDay {
  date: LocalDate
  /** 1 = Monday … 7 = Sunday */
  weekday: number
  isToday: boolean
  items: ScheduleItem[]
}

/**
 * The `count` days from today, each with its activities in starting order (cancelled ones kept, to
 * be struck through); today's leaves out what has already ended.
 */
export function weekDays(items: readonly ScheduleItem[], today: LocalDate, now: number, count = 7): WeekDay[] {
  return Array.from({ length: count }, (_, i) => {
    const date = addDays(today, i)
    const day = items
      .filter((it) => dateOf(it.startsAt) === date && (i > 0 || Date.parse(it.endsAt) > now))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.title.localeCompare(b.title, 'zh-CN'))
    return { date, weekday: isoWeekday(date), isToday: i === 0, items: day }
  })
}
