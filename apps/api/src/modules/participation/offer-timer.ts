import type { App } from '../../app-instance'
import { defineJob } from '../../jobs/define-job'
import { findOccurrence } from '../activities/activities.repository'
import { participationPolicyOf } from './policy'
import { settleOccurrence } from './offers'
import { occurrencesWithOfferWork, tryLockOccurrence } from './registrations.repository'

/**
 * Moves waitlists on when time passes: an offer not confirmed within its hold lapses and the seat
 * is offered to the next resident; seats freed by a capacity raise are offered; queues lapse at the
 * start. Each occurrence is taken in its own transaction FOR UPDATE SKIP LOCKED, so with several
 * replicas each is handled by one, and a failure in one leaves the others moving.
 */
export async function advanceOffers(app: App): Promise<{ expired: number; lapsed: number; offered: number }> {
  const now = app.clock()
  const totals = { expired: 0, lapsed: 0, offered: 0 }
  for (const occurrenceId of await occurrencesWithOfferWork(app.db, now)) {
    const occurrence = await findOccurrence(app.db, occurrenceId)
    if (!occurrence) continue
    const policy = await participationPolicyOf(app.db, occurrence.center_id)
    try {
      const done = await app.db.transaction().execute(async (trx) => {
        if (!(await tryLockOccurrence(trx, occurrenceId))) return undefined
        return settleOccurrence(trx, occurrenceId, policy, now)
      })
      if (!done) continue
      totals.expired += done.expired
      totals.lapsed += done.lapsed
      totals.offered += done.offered
    } catch (err) {
      app.log.error({ err, occurrenceId }, 'advancing the waitlist failed')
    }
  }
  return totals
}

/** Runs every minute, once across replicas; no external cron. */
export function scheduleOfferTimer(app: App, everyMs = 60_000) {
  defineJob(app, { name: 'advance-offers', everyMs, run: () => advanceOffers(app) })
}
