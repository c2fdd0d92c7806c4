import type { TodayActivity, TodayBooking } from '@linli/contracts'
import { instantToLocal } from '@linli/schedule'

/** `09:30` on the center's wall clock, whatever zone the browser is in. */
export const clock = (iso: string, timeZone: string) => instantToLocal(new Date(iso), timeZone).slice(11, 16)

/** The sign-up list of an activity, as the calendar links it (center and date in the query for its header). */
export const rosterRoute = (a: Pick<TodayActivity, 'id' | 'centerId' | 'startsAt'>, timeZone: string) => ({
  name: 'occurrence-roster', params: { occurrenceId: a.id },
  query: { center: a.centerId, date: instantToLocal(new Date(a.startsAt), timeZone).slice(0, 10) },
})

/** Whether a booking's check-in is open at `now`; if not, the time it opens. */
export function checkInState(b: Pick<TodayBooking, 'checkInOpensAt'>, timeZone: string, now: Date): { open: true } | { open: false; opensAt: string } {
  return Date.parse(b.checkInOpensAt) <= now.getTime() ? { open: true } : { open: false, opensAt: clock(b.checkInOpensAt, timeZone) }
}

/** Where the 今日 page starts: center staff and managers run a center's day; district admins oversee centers. */
export const landingRoute = (role: string | undefined) => (role === 'district_admin' ? 'centers' : 'today')

/** `11-18 09:00` on the center's wall clock: a day and time in a narrow list. */
export const stamp = (iso: string, timeZone: string) => instantToLocal(new Date(iso), timeZone).slice(5, 16).replace('T', ' ')
