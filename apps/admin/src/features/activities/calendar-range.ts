import { addDays, addMonths, isoWeekday } from './wall-clock'

export const CALENDAR_VIEWS = ['day', 'week', 'month'] as const
export type CalendarView = (typeof CALENDAR_VIEWS)[number]

/** Local dates, both inclusive, as GET /occurrences takes them. */
export interface DateRange {
  from: string
  to: string
}

const mondayOf = (date: string) => addDays(date, 1 - isoWeekday(date))

/**
 * The dates a view shows around a selected date. The month view is vue-cal's grid: six weeks
 * from the Monday on or before the 1st, so days of the neighbouring months are filled too.
 * Every range stays well under the API's 92-day limit.
 */
export function visibleRange(view: CalendarView, date: string): DateRange {
  if (view === 'day') return { from: date, to: date }
  if (view === 'week') {
    const from = mondayOf(date)
    return { from, to: addDays(from, 6) }
  }
  const from = mondayOf(addMonths(date, 0))
  return { from, to: addDays(from, 41) }
}

/** The selected date after pressing previous (-1) or next (1). */
export function shiftDate(view: CalendarView, date: string, step: 1 | -1): string {
  if (view === 'day') return addDays(date, step)
  if (view === 'week') return addDays(date, 7 * step)
  return addMonths(date, step)
}

const utc = (date: string) => new Date(`${date}T00:00:00Z`)

/** The heading of a view, e.g. `2026年12月7日 – 13日` or `Dec 7 – 13, 2026`. */
export function rangeTitle(view: CalendarView, date: string, locale: string): string {
  const fmt = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })
  if (view === 'day') return fmt({ dateStyle: 'full' }).format(utc(date))
  if (view === 'month') return fmt({ year: 'numeric', month: 'long' }).format(utc(date))
  const { from, to } = visibleRange('week', date)
  if (!locale.startsWith('zh')) return fmt({ year: 'numeric', month: 'short', day: 'numeric' }).formatRange(utc(from), utc(to))
  // ICU builds differ on Chinese ranges (some print 2026/12/7 – 2026/12/13), so spell it out.
  const sameYear = from.slice(0, 4) === to.slice(0, 4)
  const sameMonth = sameYear && from.slice(5, 7) === to.slice(5, 7)
  const end = sameMonth ? { day: 'numeric' } as const : sameYear ? { month: 'long', day: 'numeric' } as const
    : { year: 'numeric', month: 'long', day: 'numeric' } as const
  return `${fmt({ year: 'numeric', month: 'long', day: 'numeric' }).format(utc(from))} – ${fmt(end).format(utc(to))}`
}
