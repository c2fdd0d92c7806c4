import { addDays, holidayName, replacedWeekday } from '@linli/schedule'
import type { HolidayCalendar } from '@linli/contracts'
import type { Database } from '../../db/database'
import { followsNationalHolidays, holidayExceptions } from './closures.repository'
import { nationalCalendar } from './national-calendar'

/** The statutory holidays and make-up days in [from, from + days) and how they apply to the center. */
export async function holidayDays(db: Database, centerId: string, from: string, days: number): Promise<HolidayCalendar> {
  const [follows, open] = await Promise.all([followsNationalHolidays(db, centerId), holidayExceptions(db, centerId)])
  const to = addDays(from, days)
  const inRange = (d: string) => d >= from && d < to
  const holidays = Object.entries(nationalCalendar.holidays).filter(([d]) => inRange(d))
    .map(([date, name]) => ({ date, kind: 'holiday' as const, name: holidayName(name), open: open.has(date), hoursOfWeekday: null }))
  const makeups = Object.entries(nationalCalendar.workdays).filter(([d]) => inRange(d))
    .map(([date, name]) => ({ date, kind: 'makeup' as const, name: holidayName(name), open: true, hoursOfWeekday: replacedWeekday(date, nationalCalendar) }))
  return { followsNationalHolidays: follows, days: [...holidays, ...makeups].sort((a, b) => a.date.localeCompare(b.date)) }
}
