import type { CheckIn, ParticipationPolicy, StaffCheckIn } from '@linli/contracts'
import type { App } from '../../app-instance'
import type { Database } from '../../db/database'
import { badRequest, conflict, notFound } from '../../plugins/errors'
import type { OccurrenceDetailRow } from '../activities/activities.repository'
import { type Actor, assertCenterAccess } from '../auth/policy'
import { type ResidentActor, stillLinked } from '../family/acting'
import { assertPresent } from '../check-in-codes/presence'
import { findResident } from '../residents/residents.repository'
import { recordServiceForCheckIn } from '../volunteers/service-from-check-in'
import { deleteCheckIn, findCheckIn, findResidentCheckIn, insertCheckIn, isDuplicateCheckIn } from './check-ins.repository'
import { participationPolicyOf } from './policy'
import {
  insertRegistration, isCapacityViolation, liveRegistrations, lockOccurrences, seatState, setRegistrationStatus, withSavepoint,
} from './registrations.repository'
import { isCalledOff, loadOccurrence, localText } from './registrations.service'

const MIN = 60_000

/** Check-in opens checkInOpensMinutes before the start and closes checkInClosesMinutes after the end. */
function checkInWindow(o: OccurrenceDetailRow, policy: ParticipationPolicy) {
  return {
    opens: new Date(o.starts_at.getTime() - policy.checkInOpensMinutes * MIN),
    closes: new Date(o.ends_at.getTime() + policy.checkInClosesMinutes * MIN),
  }
}

function assertCheckable(o: OccurrenceDetailRow, policy: ParticipationPolicy, now: Date, byStaff: boolean) {
  if (isCalledOff(o)) throw conflict('occurrence_cancelled', 'This activity has been cancelled')
  const { opens, closes } = checkInWindow(o, policy)
  if (now < opens) throw badRequest('check_in_not_open', `Check-in opens at ${localText(opens, o.time_zone)}, ${policy.checkInOpensMinutes} minutes before the start`)
  // Staff may record attendance afterwards (from a paper list); a phone scan must be on the spot.
  if (!byStaff && now > closes) throw badRequest('check_in_closed', `Check-in closed at ${localText(closes, o.time_zone)}`)
}

const alreadyIn = (self: boolean) =>
  conflict('already_checked_in', self ? 'You have already checked in to this activity' : 'This resident has already checked in')

/**
 * The registration an arriving resident's check-in belongs to. A held seat is theirs (an offer is
 * confirmed by turning up). Without one, a resident who scans the code takes a free seat if there
 * is one (the capacity trigger decides), or simply attends an activity without a capacity; a full
 * activity turns them away to the desk. Staff admit whoever they tick, seats or not.
 */
async function registrationForArrival(trx: Database, o: OccurrenceDetailRow, residentId: string, byStaff: boolean, now: Date, actedBy: string | null = null) {
  const live = (await liveRegistrations(trx, residentId, [o.id]))[0]
  if (live?.status === 'confirmed') return live.id
  if (live?.status === 'offered') {
    await setRegistrationStatus(trx, live.id, 'offered', 'confirmed', now)
    return live.id
  }
  if (byStaff) return null
  if (!live && (await seatState(trx, o.id)).capacity === null) return null
  try {
    return await withSavepoint(trx, async () => {
      if (live) {
        await setRegistrationStatus(trx, live.id, 'waitlisted', 'confirmed', now)
        return live.id
      }
      return insertRegistration(trx, {
        occurrenceId: o.id, activityId: o.activity_id, centerId: o.center_id, residentId, status: 'confirmed', source: 'resident', staffId: null, now, actedBy,
      })
    })
  } catch (e) {
    if (isCapacityViolation(e)) throw conflict('activity_full', 'This activity is full and you have no seat on its list; please ask the staff at the desk')
    throw e
  }
}

/** Checks a resident in, with the volunteer service it counts as, in one transaction. */
async function checkInResident(app: App, o: OccurrenceDetailRow, residentId: string, staff: Actor | null, acting?: ResidentActor): Promise<CheckIn> {
  const now = app.clock()
  try {
    const checkIn = await app.db.transaction().execute(async (trx): Promise<CheckIn> => {
      await lockOccurrences(trx, [o.id])
      if (acting) await stillLinked(trx, acting)
      if (await findResidentCheckIn(trx, o.id, residentId)) throw alreadyIn(!staff)
      const actedBy = acting?.actedBy ?? null
      const registrationId = await registrationForArrival(trx, o, residentId, staff !== null, now, actedBy)
      const row = await insertCheckIn(trx, {
        occurrenceId: o.id, centerId: o.center_id, residentId, registrationId, method: staff ? 'staff' : 'qr', headcount: 1, staffId: staff?.id ?? null, now, actedBy,
      })
      const volunteerMinutes = await recordServiceForCheckIn(trx, { checkInId: row.id, occurrenceId: o.id, residentId, centerId: o.center_id, staffId: staff?.id ?? null })
      return { id: row.id, occurrenceId: o.id, title: o.title, method: staff ? 'staff' : 'qr', headcount: 1, checkedInAt: row.checked_in_at.toISOString(), volunteerMinutes }
    })
    // Volunteer points moved: a lobby showing the leaderboard re-reads it.
    if (checkIn.volunteerMinutes !== null) app.realtime.centerChanged(o.center_id, 'participation')
    return checkIn
  } catch (e) {
    if (isDuplicateCheckIn(e)) throw alreadyIn(!staff)
    throw e
  }
}

/** A signed-in resident scans the occurrence's code on the lobby screen or door panel. */
export async function selfCheckIn(app: App, residentId: string, occurrenceId: string, proof: string | undefined, acting?: ResidentActor) {
  const o = await loadOccurrence(app, occurrenceId, false)
  assertCheckable(o, await participationPolicyOf(app.db, o.center_id), app.clock(), false)
  // The screen's code (or the desk's code of the day) shows they are there, not at home with a photo.
  await assertPresent(app, { kind: 'occurrence', id: o.id, centerId: o.center_id, timeZone: o.time_zone }, proof)
  return checkInResident(app, o, residentId, null, acting)
}

/** Staff tick a resident off, or count walk-ins who have no account. */
export async function staffCheckIn(app: App, staff: Actor, occurrenceId: string, body: StaffCheckIn): Promise<{ checkIn: CheckIn; centerId: string }> {
  const o = await loadOccurrence(app, occurrenceId, true)
  await assertCenterAccess(app.db, staff, o.center_id, 'manage_participation')
  const now = app.clock()
  assertCheckable(o, await participationPolicyOf(app.db, o.center_id), now, true)
  if ('residentId' in body) {
    if (!(await findResident(app.db, body.residentId))) throw notFound('Resident')
    return { checkIn: await checkInResident(app, o, body.residentId, staff), centerId: o.center_id }
  }
  const row = await insertCheckIn(app.db, {
    occurrenceId: o.id, centerId: o.center_id, residentId: null, registrationId: null, method: 'walk_in', headcount: body.walkIns, staffId: staff.id, now,
  })
  const checkIn: CheckIn = { id: row.id, occurrenceId: o.id, title: o.title, method: 'walk_in', headcount: body.walkIns, checkedInAt: row.checked_in_at.toISOString(), volunteerMinutes: null }
  return { checkIn, centerId: o.center_id }
}

/** Staff take back a check-in (ticked the wrong name, counted walk-ins twice). */
export async function undoCheckIn(app: App, staff: Actor, checkInId: string) {
  const row = await findCheckIn(app.db, checkInId)
  if (!row) throw notFound('Check-in')
  await assertCenterAccess(app.db, staff, row.center_id, 'manage_participation')
  await app.db.transaction().execute((trx) => deleteCheckIn(trx, row.id))
  if (row.resident_id) app.realtime.centerChanged(row.center_id, 'participation')
  return row
}
