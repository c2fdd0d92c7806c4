import { instantToLocal } from '@linli/schedule'
import type { ParticipationPolicy, Registration } from '@linli/contracts'
import type { App } from '../../app-instance'
import type { Database } from '../../db/database'
import { badRequest, conflict, notFound } from '../../plugins/errors'
import { type OccurrenceDetailRow, findOccurrence, listActivityOccurrences } from '../activities/activities.repository'
import { type Actor, assertCenterAccess } from '../auth/policy'
import { type ResidentActor, stillLinked } from '../family/acting'
import { noticeSignupConfirmed } from '../notifications/notify'
import { participationPolicyOf } from './policy'
import { assertNotSuspended } from './standing'
import { offerFreeSeats, settleOccurrence } from './offers'
import {
  findRegistration, insertRegistration, isCapacityViolation, liveRegistrations, listRegistrationsByIds, lockOccurrences,
  setRegistrationStatus, toRegistration, withSavepoint,
} from './registrations.repository'

const MIN = 60_000

/** Who acts: the signed-in resident (or their family proxy, actedBy), or staff of the center for a resident. */
export type Registrar = ResidentActor | { staff: Actor }

export const localText = (at: Date, timeZone: string) => instantToLocal(at, timeZone).replace('T', ' ')

/** Residents only see published activities; a draft is as good as missing to them. */
export async function loadOccurrence(app: App, occurrenceId: string, byStaff: boolean) {
  const o = await findOccurrence(app.db, occurrenceId)
  if (!o || (!byStaff && o.activity_status === 'draft')) throw notFound('Occurrence')
  return o
}

export const isCalledOff = (o: Pick<OccurrenceDetailRow, 'status' | 'activity_status'>) => o.status === 'cancelled' || o.activity_status === 'cancelled'

export const signupClosesAt = (o: Pick<OccurrenceDetailRow, 'starts_at'>, policy: ParticipationPolicy) =>
  new Date(o.starts_at.getTime() - policy.signupClosesMinutes * MIN)

/** Residents sign up until the start minus signupClosesMinutes; staff may add someone until the end. */
function assertOpenFor(o: OccurrenceDetailRow, policy: ParticipationPolicy, now: Date, byStaff: boolean) {
  if (isCalledOff(o)) throw conflict('occurrence_cancelled', 'This activity has been cancelled; sign-ups are closed')
  if (byStaff ? o.ends_at <= now : signupClosesAt(o, policy) <= now)
    throw badRequest('signup_closed', byStaff
      ? 'This activity has already ended'
      : `Sign-ups closed at ${localText(signupClosesAt(o, policy), o.time_zone)}`)
}

const alreadyWords: Record<string, string> = {
  confirmed: 'You already have a seat for this activity',
  offered: 'A seat for this activity is already held for you: confirm it',
  waitlisted: 'You are already on the waitlist for this activity',
}

/** A seat if the database's capacity trigger allows one, else a place in the queue: one transaction. */
async function takeSeatOrQueue(trx: Database, o: { id: string; activity_id: string; center_id: string }, residentId: string, source: 'resident' | 'staff', staffId: string | null, now: Date, actedBy: string | null = null) {
  const values = { occurrenceId: o.id, activityId: o.activity_id, centerId: o.center_id, residentId, source, staffId, now, actedBy }
  try {
    return await withSavepoint(trx, () => insertRegistration(trx, { ...values, status: 'confirmed' }))
  } catch (e) {
    if (!isCapacityViolation(e)) throw e
    return insertRegistration(trx, { ...values, status: 'waitlisted' })
  }
}

/**
 * Signs a resident up for one occurrence, or for every occurrence of its series still open for
 * sign-up (each confirmed or waitlisted on its own; dates they are already on are skipped).
 * The queue is served before a newcomer: free seats go to waiting residents first.
 */
export async function register(app: App, who: Registrar, occurrenceId: string, residentId: string, wholeSeries = false): Promise<Registration[]> {
  const byStaff = 'staff' in who
  const o = await loadOccurrence(app, occurrenceId, byStaff)
  if (byStaff) await assertCenterAccess(app.db, who.staff, o.center_id, 'manage_participation')
  const policy = await participationPolicyOf(app.db, o.center_id)
  const now = app.clock()
  assertOpenFor(o, policy, now, byStaff)
  await assertNotSuspended(app, residentId, o.center_id)
  const targets = [o.id]
  if (wholeSeries && o.rrule !== null) {
    const series = await listActivityOccurrences(app.db, o.activity_id)
    const open = series.filter((s) => s.status === 'scheduled' && s.id !== o.id && (byStaff ? s.ends_at > now : signupClosesAt(s, policy) > now))
    targets.push(...open.map((s) => s.id))
  }
  const ids = await app.db.transaction().execute(async (trx) => {
    await lockOccurrences(trx, targets)
    if (!byStaff) await stillLinked(trx, who)
    const live = await liveRegistrations(trx, residentId, targets)
    const mine = live.find((r) => r.occurrence_id === o.id)
    if (mine && (!wholeSeries || live.length === targets.length)) {
      throw conflict('already_registered', wholeSeries
        ? 'You are already signed up for every upcoming date of this activity'
        : alreadyWords[mine.status] ?? 'You are already signed up for this activity')
    }
    const created: string[] = []
    for (const id of targets.filter((t) => !live.some((r) => r.occurrence_id === t))) {
      await offerFreeSeats(trx, id, policy, now)
      created.push(await takeSeatOrQueue(trx, { ...o, id }, residentId, byStaff ? 'staff' : 'resident', byStaff ? who.staff.id : null, now, byStaff ? null : who.actedBy ?? null))
    }
    await noticeSignupConfirmed(trx, created, now)
    return created
  })
  return (await listRegistrationsByIds(app.db, ids)).map(toRegistration)
}

async function loadRegistrationFor(app: App, who: Registrar, registrationId: string) {
  const r = await findRegistration(app.db, registrationId)
  if (!r) throw notFound('Registration')
  if ('staff' in who) await assertCenterAccess(app.db, who.staff, r.center_id, 'manage_participation')
  else if (r.resident_id !== who.residentId) throw notFound('Registration')
  return r
}

/**
 * Cancels a place. Giving up a confirmed seat less than lateCancelMinutes before the start counts
 * as late; a freed seat is offered to the first in the queue in the same transaction.
 */
export async function cancelRegistration(app: App, who: Registrar, registrationId: string): Promise<Registration> {
  const r = await loadRegistrationFor(app, who, registrationId)
  if (!['confirmed', 'offered', 'waitlisted'].includes(r.status)) throw conflict('not_cancellable', `This registration is already ${r.status}`)
  const now = app.clock()
  if ('staff' in who ? r.ends_at <= now : r.starts_at <= now)
    throw conflict('not_cancellable', 'staff' in who ? 'This activity has already ended' : 'This activity has already started; tell the staff at the center instead')
  const policy = await participationPolicyOf(app.db, r.center_id)
  const late = r.status === 'confirmed' && r.starts_at.getTime() - now.getTime() < policy.lateCancelMinutes * MIN
  await app.db.transaction().execute(async (trx) => {
    await lockOccurrences(trx, [r.occurrence_id])
    if (!('staff' in who)) await stillLinked(trx, who)
    await setRegistrationStatus(trx, r.id, r.status, 'cancelled', now, { lateCancellation: late })
    if (r.status !== 'waitlisted') await offerFreeSeats(trx, r.occurrence_id, policy, now)
  })
  return toRegistration((await findRegistration(app.db, r.id))!)
}

/** A resident takes the seat held for them, while the hold lasts. Confirming twice is harmless. */
export async function confirmRegistration(app: App, who: ResidentActor, registrationId: string): Promise<Registration> {
  const r = await loadRegistrationFor(app, who, registrationId)
  if (r.status === 'confirmed') return toRegistration(r)
  if (r.status === 'expired') throw conflict('offer_expired', 'The seat held for you was not confirmed in time and went to the next person')
  if (r.status !== 'offered') throw conflict('not_offered', r.status === 'waitlisted' ? 'No seat has been offered to you yet' : `This registration is ${r.status}`)
  if (isCalledOff({ status: r.occurrence_status, activity_status: r.activity_status }))
    throw conflict('occurrence_cancelled', 'This activity has been cancelled')
  const now = app.clock()
  if (r.offer_expires_at! <= now) {
    // The timer has not come round yet: move the queue on now, so the next resident is not kept waiting.
    const policy = await participationPolicyOf(app.db, r.center_id)
    await app.db.transaction().execute(async (trx) => {
      await lockOccurrences(trx, [r.occurrence_id])
      await settleOccurrence(trx, r.occurrence_id, policy, now)
    })
    throw conflict('offer_expired', `The seat was held for you until ${localText(r.offer_expires_at!, r.time_zone)} and went to the next person`)
  }
  await app.db.transaction().execute(async (trx) => {
    await lockOccurrences(trx, [r.occurrence_id])
    await stillLinked(trx, who)
    await setRegistrationStatus(trx, r.id, 'offered', 'confirmed', now)
    await noticeSignupConfirmed(trx, [r.id], now)
  })
  return toRegistration((await findRegistration(app.db, r.id))!)
}
