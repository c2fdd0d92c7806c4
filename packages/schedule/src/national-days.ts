import { type IsoWeekday, type LocalDate, addDays, weekdayOf } from './local-time'

/**
 * The national calendar as a data package ships it (e.g. `chinese-days`): statutory holidays,
 * make-up working days (调休上班, often a weekend) and the weekdays they stand in for (in lieu),
 * each keyed by date with a name such as "Spring Festival,春节,4".
 */
export interface NationalCalendar {
  holidays: Record<LocalDate, string>
  workdays: Record<LocalDate, string>
  inLieuDays: Record<LocalDate, string>
}

/** How a center's week applies on one date: closed for a holiday, or open with the hours of a weekday. */
export type DayPlan =
  | { kind: 'holiday'; name: string }
  | { kind: 'makeup'; name: string; weekday: IsoWeekday }
  | { kind: 'regular'; weekday: IsoWeekday }

export interface CenterCalendar {
  followsNationalHolidays: boolean
  /** Statutory holidays on which staff keep the center open anyway (its usual hours that weekday). */
  openOn: ReadonlySet<LocalDate>
}

/** The Chinese part of a package name ("Spring Festival,春节,4" -> 春节); the whole string otherwise. */
export const holidayName = (raw: string) => raw.split(',')[1] ?? raw

const daysApart = (a: LocalDate, b: LocalDate) => Math.abs(Date.parse(`${a}T00:00Z`) - Date.parse(`${b}T00:00Z`)) / 86_400_000

/**
 * The weekday a make-up working day stands in for: the notice moves a weekday of the same holiday
 * into the break, so the n-th make-up day of a holiday replaces its n-th in-lieu day. Without one
 * (incomplete data) a make-up day keeps Monday's hours, an ordinary working day.
 */
export function replacedWeekday(date: LocalDate, cal: NationalCalendar): IsoWeekday {
  const name = cal.workdays[date]
  if (!name) return weekdayOf(date)
  const near = (days: Record<LocalDate, string>) =>
    Object.keys(days).filter((d) => days[d] === name && daysApart(d, date) <= 45).sort()
  const index = near(cal.workdays).indexOf(date)
  const lieu = near(cal.inLieuDays)[index]
  return lieu ? weekdayOf(lieu) : 1
}

/** Which hours a center keeps on a date, given whether it follows the national calendar. */
export function dayPlan(date: LocalDate, cal: NationalCalendar, center: CenterCalendar): DayPlan {
  const weekday = weekdayOf(date)
  if (!center.followsNationalHolidays) return { kind: 'regular', weekday }
  const holiday = cal.holidays[date]
  if (holiday) return center.openOn.has(date) ? { kind: 'regular', weekday } : { kind: 'holiday', name: holidayName(holiday) }
  const workday = cal.workdays[date]
  if (workday) return { kind: 'makeup', name: holidayName(workday), weekday: replacedWeekday(date, cal) }
  return { kind: 'regular', weekday }
}

/** The plans of `days` dates from `from`, for grids and lists. */
export const dayPlans = (from: LocalDate, days: number, cal: NationalCalendar, center: CenterCalendar) =>
  Array.from({ length: days }, (_, i) => ({ date: addDays(from, i), plan: dayPlan(addDays(from, i), cal, center) }))
