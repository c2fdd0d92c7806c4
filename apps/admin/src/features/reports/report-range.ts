import { addDays, addMonths, todayIn } from '../activities/wall-clock'

/** A report period: whole local days, both ends included, as the reports API reads `from` and `to`. */
export type ReportRange = [from: string, to: string]

export const RANGE_PRESETS = ['thisMonth', 'lastMonth', 'thisQuarter', 'thisYear'] as const
export type RangePreset = (typeof RANGE_PRESETS)[number]

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** The first and last day of a `YYYY-MM` month, or undefined for anything else. */
export function monthRange(month: string): ReportRange | undefined {
  if (!MONTH.test(month)) return undefined
  const first = `${month}-01`
  return [first, addDays(addMonths(first, 1), -1)]
}

/** The month before a `YYYY-MM-DD` day, as `YYYY-MM`. */
export const previousMonth = (today: string) => addMonths(today, -1).slice(0, 7)

/**
 * The quick ranges above the date picker. Ranges that include today end today: days still to
 * come would count opening hours that nobody could have used yet and lower the utilisation.
 */
export function presetRange(preset: RangePreset, today: string): ReportRange {
  const year = today.slice(0, 4)
  switch (preset) {
    case 'thisMonth':
      return [`${today.slice(0, 7)}-01`, today]
    case 'lastMonth':
      return monthRange(previousMonth(today))!
    case 'thisQuarter': {
      const quarterStart = Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1
      return [`${year}-${String(quarterStart).padStart(2, '0')}-01`, today]
    }
    case 'thisYear':
      return [`${year}-01-01`, today]
  }
}

/** Which quick range a period is, so its button shows as chosen; undefined for a custom one. */
export function matchingPreset(range: ReportRange, today: string): RangePreset | undefined {
  return RANGE_PRESETS.find((p) => {
    const r = presetRange(p, today)
    return r[0] === range[0] && r[1] === range[1]
  })
}

/** Today in the center's time zone, and the default period: this month so far. */
export function defaultRange(timeZone: string, now = new Date()): ReportRange {
  return presetRange('thisMonth', todayIn(timeZone, now))
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** A period read from the URL, or undefined unless both ends are dates in order. */
export function parseRange(from: unknown, to: unknown): ReportRange | undefined {
  return typeof from === 'string' && typeof to === 'string' && DATE.test(from) && DATE.test(to) && from <= to ? [from, to] : undefined
}

/** The longest period the reports API accepts (two years), so a longer one is refused here with a clear word. */
export const MAX_REPORT_DAYS = 731

/** Whether a period is longer than the API accepts. */
export const tooLong = ([from, to]: ReportRange) => addDays(from, MAX_REPORT_DAYS) <= to
