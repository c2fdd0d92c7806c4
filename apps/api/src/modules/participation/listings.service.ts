import { formatOffset } from '@linli/schedule'
import type { DateRangeQuery, Roster, Seats, SignupListing } from '@linli/contracts'
import type { App } from '../../app-instance'
import { type Actor, assertCenterAccess } from '../auth/policy'
import { resolveRange } from '../schedule/range'
import { markClosedDates } from '../closures/booking-guard'
import { listOccurrencesInRange } from '../schedule/schedule.repository'
import { listOccurrenceCheckIns } from './check-ins.repository'
import { participationPolicyOf } from './policy'
import { centerTimeZone } from './policy.repository'
import { listOccurrenceRegistrations, seatCounts, toRosterEntry } from './registrations.repository'
import { isCalledOff, loadOccurrence, signupClosesAt } from './registrations.service'

const SIGNUP_DAYS = 14

/** How full an occurrence is, for phone pages and screens: numbers only, never who. */
export async function seatsOf(app: App, occurrenceId: string): Promise<Seats> {
  const o = await loadOccurrence(app, occurrenceId, false)
  const policy = await participationPolicyOf(app.db, o.center_id)
  const counts = (await seatCounts(app.db, [o.id])).get(o.id) ?? { seatsTaken: 0, waitlisted: 0 }
  return { occurrenceId: o.id, capacity: o.capacity, ...counts, signupOpen: !isCalledOff(o) && signupClosesAt(o, policy) > app.clock() }
}

/**
 * What a resident can sign up for: a center's published, screen-visible occurrences that have not
 * ended, in local days from..to (default the next two weeks), with how full each is.
 */
export async function signupListing(app: App, centerId: string, query: DateRangeQuery): Promise<SignupListing> {
  const timeZone = await centerTimeZone(app.db, centerId)
  const now = app.clock()
  const range = resolveRange(query, timeZone, now, SIGNUP_DAYS)
  const rows = (await listOccurrencesInRange(app.db, { centerId, from: range.fromInstant, to: range.toInstant }, true)).filter((o) => o.ends_at > now)
  const [policy, counts] = await Promise.all([participationPolicyOf(app.db, centerId), seatCounts(app.db, rows.map((o) => o.id))])
  const items = await markClosedDates(app.db, centerId, rows.map((o) => {
    const closesAt = signupClosesAt(o, policy)
    return {
      id: o.id, activityId: o.activity_id, title: o.title, description: o.description, category: o.category, audiences: o.audiences,
      organiserName: o.organiser_name, roomId: o.room_id, roomName: o.room_name, location: o.location,
      startsAt: formatOffset(o.starts_at, o.time_zone), endsAt: formatOffset(o.ends_at, o.time_zone),
      status: isCalledOff(o) ? 'cancelled' as const : 'scheduled' as const, capacity: o.capacity, recurring: o.rrule !== null,
      ...(counts.get(o.id) ?? { seatsTaken: 0, waitlisted: 0 }),
      signupOpen: !isCalledOff(o) && closesAt > now, signupClosesAt: formatOffset(closesAt, o.time_zone),
    }
  }))
  const { checkInOpensMinutes, checkInClosesMinutes, lateCancelMinutes, offerHoldMinutes } = policy
  const rules = { checkInOpensMinutes, checkInClosesMinutes, lateCancelMinutes, offerHoldMinutes }
  return { centerId, timeZone, from: range.from, to: range.to, items, rules }
}

/** The staff's list for an occurrence: who has a seat, who waits, who came. */
export async function rosterOf(app: App, staff: Actor, occurrenceId: string): Promise<Roster> {
  const o = await loadOccurrence(app, occurrenceId, true)
  await assertCenterAccess(app.db, staff, o.center_id, 'manage_participation')
  const [registrations, checkIns] = await Promise.all([listOccurrenceRegistrations(app.db, o.id), listOccurrenceCheckIns(app.db, o.id)])
  return {
    occurrenceId: o.id,
    capacity: o.capacity,
    seatsTaken: registrations.filter((r) => r.status === 'confirmed' || r.status === 'offered').length,
    waitlisted: registrations.filter((r) => r.status === 'waitlisted').length,
    entries: registrations.map(toRosterEntry),
    checkIns: checkIns.map((k) => ({
      id: k.id, residentId: k.resident_id, residentName: k.resident_name, method: k.method, headcount: k.headcount, checkedInAt: k.checked_in_at.toISOString(),
    })),
    attendance: checkIns.reduce((n, k) => n + k.headcount, 0),
  }
}
