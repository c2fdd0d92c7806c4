import { addDays } from '@linli/schedule'
import { badRequest } from '../../plugins/errors'

/** A report covers at most two years: enough for "this year against last year", bounded for the database. */
export const MAX_REPORT_DAYS = 731

/** Whole local days, both inclusive, read in each center's own time zone by the queries. */
export interface Period {
  from: string
  to: string
  /** The report's "now": an occurrence is held only once it has started. */
  asOf?: Date
}

/**
 * Checks what the schema cannot: dates in order, and not too long a span. That they are real
 * calendar dates the schema's local-date format has checked already (test/impossible-dates.test.ts).
 */
export function checkPeriod(query: Period, asOf?: Date): Period {
  if (query.to < query.from) throw badRequest('invalid_range', '`to` must not be before `from`')
  if (addDays(query.from, MAX_REPORT_DAYS) <= query.to) throw badRequest('range_too_long', `A report covers at most ${MAX_REPORT_DAYS} days`)
  return { from: query.from, to: query.to, asOf }
}

/** Every month (YYYY-MM) the period touches, in order: charts show empty months as zero. */
export function monthsOf(period: Period): string[] {
  const months: string[] = []
  let [year, month] = period.from.slice(0, 7).split('-').map(Number) as [number, number]
  const last = period.to.slice(0, 7)
  for (;;) {
    const m = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
    months.push(m)
    if (m >= last) return months
    month = month === 12 ? 1 : month + 1
    if (month === 1) year++
  }
}

/** `2026-10` for one whole calendar month, else `2026-10-01_2026-12-31`: the period in a file name. */
export function periodLabel(period: Period): string {
  const wholeMonth = period.from.endsWith('-01') && period.to.slice(0, 7) === period.from.slice(0, 7) && addDays(period.to, 1).endsWith('-01')
  return wholeMonth ? period.from.slice(0, 7) : `${period.from}_${period.to}`
}

export const round2 = (n: number) => Math.round(n * 100) / 100
export const round4 = (n: number) => Math.round(n * 10_000) / 10_000
/** a / b rounded to 4 places, or null when there is nothing to divide by. */
export const ratio = (a: number, b: number) => (b > 0 ? round4(a / b) : null)
