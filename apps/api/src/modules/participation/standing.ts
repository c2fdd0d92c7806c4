import { sql } from 'kysely'
import type { ParticipationPolicyPatch } from '@linli/contracts'
import { instantToLocal } from '@linli/schedule'
import type { App } from '../../app-instance'
import type { Database } from '../../db/database'
import { AppError } from '../../plugins/errors'
import { insertAudit } from '../audit/audit.repository'
import { countingSince, noShowRuleOf, suspensionDue } from './no-show-rule'
import { noShowsOf } from './no-shows.repository'
import { effectiveParticipationPolicy, participationPolicyOf } from './policy'
import { centerTimeZone } from './policy.repository'
import { activeSuspension, insertSuspension, lastSuspensionStart } from './suspensions.repository'

/**
 * Suspends the resident at the center when the center's no-show rule says so and no suspension
 * is in force: one transaction, serialised per resident (the lock booking quotas take), so two
 * checks at once record one suspension. The audit log gets every suspension, made by the rule.
 */
export async function suspendIfDue(db: Database, residentId: string, centerId: string, now: Date, stored?: ParticipationPolicyPatch): Promise<boolean> {
  const rule = noShowRuleOf(stored ? effectiveParticipationPolicy(stored) : await participationPolicyOf(db, centerId))
  if (!rule) return false
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`linli:resident:${residentId}`}))`.execute(trx)
    if (await activeSuspension(trx, residentId, centerId, now)) return false
    const since = countingSince(rule, now, await lastSuspensionStart(trx, residentId, centerId))
    const noShows = (await noShowsOf(trx, residentId, centerId, since, now)).length
    const due = suspensionDue(rule, noShows, now)
    if (!due) return false
    const { id } = await insertSuspension(trx, { centerId, residentId, ...due, noShows, windowDays: rule.windowDays })
    await insertAudit(trx, {
      actorKind: 'system', actorId: null, centerId, entity: 'suspension', entityId: id, action: 'create',
      after: { residentId, startsAt: due.startsAt, endsAt: due.endsAt, noShows, windowDays: rule.windowDays }, requestId: null, ip: null,
    })
    return true
  })
}

/**
 * Refuses a new booking or sign-up while the resident is suspended at the center (first applying
 * the rule to no-shows not yet answered for). Nothing else is written, so the caller's own
 * transaction never starts. Cancelling and checking in do not ask.
 */
export async function assertNotSuspended(app: App, residentId: string, centerId: string, stored?: ParticipationPolicyPatch) {
  const now = app.clock()
  await suspendIfDue(app.db, residentId, centerId, now, stored)
  const s = await activeSuspension(app.db, residentId, centerId, now)
  if (!s) return
  const zone = await centerTimeZone(app.db, centerId)
  const until = instantToLocal(s.ends_at, zone).replace('T', ' ')
  throw new AppError(403, 'resident_suspended',
    `After ${s.no_shows} no-shows within ${s.window_days} days, new bookings and sign-ups at this center are suspended until ${until}`,
    [{ path: 'suspendedUntil', message: until }, { path: 'noShows', message: String(s.no_shows) }])
}
