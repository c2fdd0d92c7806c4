import type { ResidentStanding } from '@linli/contracts'

type Suspension = ResidentStanding['suspensions'][number]

/** The words' values for "因 2 次爽约，…暂停至 3 月 23 日": the last day barred is read off the center's calendar. */
export function standingValues(s: Suspension) {
  const [year, month, day] = s.untilDate.split('-').map(Number)
  return { n: s.noShows, days: s.windowDays, center: s.centerName, year, month, day, date: s.untilDate }
}
