import type { BookingPolicy } from '@linli/contracts'
import { type LocalDate, type LocalDateTime, addDays, isoWeekday } from '../../shared/local-time'

export interface StripDay {
  date: LocalDate
  /** 0 today, 1 tomorrow … */
  offset: number
  weekday: number
  dayOfMonth: number
}

/**
 * Today and every later day a resident may book now: the API allows maxAdvanceDays ahead, but the
 * newest of those days only opens at releaseTime (so at 07:59 the window is one day shorter).
 */
export function bookableDays(now: LocalDateTime, policy: Pick<BookingPolicy, 'maxAdvanceDays' | 'releaseTime'>): StripDay[] {
  const today = now.slice(0, 10)
  const released = now.slice(11, 16) >= policy.releaseTime
  const last = Math.max(0, policy.maxAdvanceDays - (released ? 0 : 1))
  return Array.from({ length: last + 1 }, (_, offset) => {
    const date = addDays(today, offset)
    return { date, offset, weekday: isoWeekday(date), dayOfMonth: Number(date.slice(8, 10)) }
  })
}

/** The name shown above the day number: 今天 / 明天 / 后天, then the weekday. */
export function stripDayName(day: StripDay, labels: { today: string; tomorrow: string; dayAfter: string }, weekday: (date: string) => string): string {
  if (day.offset === 0) return labels.today
  if (day.offset === 1) return labels.tomorrow
  if (day.offset === 2) return labels.dayAfter
  return weekday(day.date)
}

/** When a new day opens for booking, for the hint under the strip. */
export function nextRelease(now: LocalDateTime, policy: Pick<BookingPolicy, 'maxAdvanceDays' | 'releaseTime'>) {
  const released = now.slice(11, 16) >= policy.releaseTime
  const today = now.slice(0, 10)
  return { date: addDays(today, policy.maxAdvanceDays + (released ? 1 : 0)), time: policy.releaseTime, releasedToday: released }
}
