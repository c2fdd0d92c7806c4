import { type OpeningHours, openingHoursProblems } from '@linli/contracts'

/** One open interval as edited; '' while a time is not picked yet. */
export interface TimeRange {
  opens: string
  closes: string
}

/** A weekday row of the editor. Intervals stay in place while a day is closed, so toggling loses nothing. */
export interface DayHours {
  weekday: number
  open: boolean
  intervals: TimeRange[]
}

export type DayProblem = { weekday: number; kind: 'incomplete' | 'order' | 'overlap' }

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const
export const MAX_INTERVALS = 21
export const defaultInterval = (): TimeRange => ({ opens: '09:00', closes: '17:00' })

const byOpens = (a: TimeRange, b: TimeRange) => a.opens.localeCompare(b.opens)

/** Contract opening hours → seven editor rows, Monday first, intervals in time order. */
export function toWeek(hours: OpeningHours): DayHours[] {
  return WEEKDAYS.map((weekday) => {
    const intervals = hours
      .filter((h) => h.weekday === weekday)
      .map(({ opens, closes }) => ({ opens, closes }))
      .sort(byOpens)
    return { weekday, open: intervals.length > 0, intervals: intervals.length ? intervals : [defaultInterval()] }
  })
}

/** Editor rows → contract opening hours; closed days contribute nothing. */
export function fromWeek(week: DayHours[]): OpeningHours {
  return week.flatMap((day) =>
    day.open ? day.intervals.map(({ opens, closes }) => ({ weekday: day.weekday, opens, closes })) : [],
  )
}

/** A typical center week: weekdays 08:30-12:00 and 14:00-21:00, weekends 09:00-17:00. */
export function typicalWeek(): DayHours[] {
  return WEEKDAYS.map((weekday) => ({
    weekday,
    open: true,
    intervals: weekday <= 5
      ? [{ opens: '08:30', closes: '12:00' }, { opens: '14:00', closes: '21:00' }]
      : [{ opens: '09:00', closes: '17:00' }],
  }))
}

/**
 * What is wrong with each open day, at most one problem per day. Validity itself is decided by the
 * contract's `openingHoursProblems`, the same check the API runs; the kind only picks the message.
 */
export function weekProblems(week: DayHours[]): DayProblem[] {
  const problems: DayProblem[] = []
  for (const day of week) {
    if (!day.open) continue
    if (day.intervals.length === 0 || day.intervals.some((i) => !i.opens || !i.closes)) {
      problems.push({ weekday: day.weekday, kind: 'incomplete' })
      continue
    }
    const hours = day.intervals.map((i) => ({ weekday: day.weekday, ...i }))
    if (openingHoursProblems(hours).length === 0) continue
    const reversed = day.intervals.some((i) => i.closes <= i.opens)
    problems.push({ weekday: day.weekday, kind: reversed ? 'order' : 'overlap' })
  }
  return problems
}

/** Copies Monday's hours to Tuesday-Friday (the usual way a week is entered). */
export function copyMondayToWeekdays(week: DayHours[]): DayHours[] {
  const monday = week.find((d) => d.weekday === 1)
  if (!monday) return week
  return week.map((day) =>
    day.weekday >= 2 && day.weekday <= 5
      ? { weekday: day.weekday, open: monday.open, intervals: monday.intervals.map((i) => ({ ...i })) }
      : day,
  )
}
