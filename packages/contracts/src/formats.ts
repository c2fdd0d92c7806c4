/**
 * The date and time formats every schema uses. A pattern alone lets `2026-02-30` through, and
 * the code behind it then throws; these check the calendar too, once, for every route.
 *
 * Years are bounded to what a community center can mean: nothing was booked before 2000, and a
 * recurrence or report reaching past 2100 is a typo, not a plan (and would make expansion huge).
 */
export const YEARS = { min: 2000, max: 2100 } as const

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/
const YEAR_MONTH = /^(\d{4})-(\d{2})$/
// RFC 3339 date-time, as ajv-formats' date-time reads it: `T` or a space, seconds, an optional fraction, Z or an offset.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|([+-])(\d{2}):?(\d{2}))$/

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
const daysIn = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31)

const inYears = (y: number) => y >= YEARS.min && y <= YEARS.max
const isDay = (y: number, m: number, d: number) => inYears(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
const isTime = (h: number, min: number, s = 0) => h <= 23 && min <= 59 && s <= 59

/** `YYYY-MM-DD`, a day that exists, in the years above. */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value)
  return !!m && isDay(+m[1]!, +m[2]!, +m[3]!)
}

/** `YYYY-MM-DDTHH:mm`, a wall-clock minute on a day that exists. */
export function isLocalDateTimeText(value: string): boolean {
  const m = LOCAL_DATE_TIME.exec(value)
  return !!m && isDay(+m[1]!, +m[2]!, +m[3]!) && isTime(+m[4]!, +m[5]!)
}

/** `YYYY-MM`, a month in the years above. */
export function isYearMonth(value: string): boolean {
  const m = YEAR_MONTH.exec(value)
  return !!m && inYears(+m[1]!) && +m[2]! >= 1 && +m[2]! <= 12
}

/** An RFC 3339 instant with Z or an offset, on a day that exists, in the years above. */
export function isOffsetDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value)
  if (!m || !isDay(+m[1]!, +m[2]!, +m[3]!) || !isTime(+m[4]!, +m[5]!, +m[6]!)) return false
  return m[7] === undefined || (+m[8]! <= 23 && +m[9]! <= 59)
}

/** Each format with the words a person reads when a value misses it. */
export const dateFormats = {
  'local-date': { validate: isCalendarDate, message: `must be a calendar date YYYY-MM-DD between ${YEARS.min} and ${YEARS.max}` },
  'local-date-time': { validate: isLocalDateTimeText, message: `must be a wall-clock date and time YYYY-MM-DDTHH:mm between ${YEARS.min} and ${YEARS.max}` },
  'year-month': { validate: isYearMonth, message: `must be a month YYYY-MM between ${YEARS.min} and ${YEARS.max}` },
  'date-time': { validate: isOffsetDateTime, message: `must be an ISO 8601 date and time with an offset, between ${YEARS.min} and ${YEARS.max}` },
} as const
