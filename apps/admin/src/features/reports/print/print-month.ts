import { monthRange, type ReportRange } from '../report-range'
import { todayIn } from '../../activities/wall-clock'

/** The month the print page shows: `?month=` when it is a real `YYYY-MM`, else this month in the center's time zone. */
export function printMonth(value: unknown, timeZone: string, now = new Date()): { month: string; range: ReportRange } {
  const wanted = typeof value === 'string' ? monthRange(value) : undefined
  if (wanted) return { month: (value as string), range: wanted }
  const month = todayIn(timeZone, now).slice(0, 7)
  return { month, range: monthRange(month)! }
}

/** `2026年11月` / `November 2026`. */
export function monthTitle(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`))
}

/** When the page was made, in the center's time zone: `2026-11-22 09:30`. */
export function printedAt(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now)
}
