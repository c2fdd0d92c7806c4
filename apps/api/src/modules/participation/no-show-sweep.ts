import type { App } from '../../app-instance'
import { defineJob } from '../../jobs/define-job'
import { noShowRuleOf } from './no-show-rule'
import { residentsOverLimit } from './no-shows.repository'
import { participationPolicyOf } from './policy'
import { suspendIfDue } from './standing'
import { centersWithNoShowRule } from './suspensions.repository'

const DAY = 24 * 60 * 60_000

/**
 * Applies each center's no-show rule once bookings have turned no_show and activity dates have
 * ended, so staff see suspensions in their list without waiting for the resident to try to book
 * (booking and signing up also apply the rule themselves, so a late sweep never lets anyone in).
 */
export async function sweepNoShows(app: App): Promise<{ suspended: number }> {
  const now = app.clock()
  let suspended = 0
  for (const centerId of await centersWithNoShowRule(app.db)) {
    const rule = noShowRuleOf(await participationPolicyOf(app.db, centerId))
    if (!rule) continue
    const since = new Date(now.getTime() - rule.windowDays * DAY)
    for (const residentId of await residentsOverLimit(app.db, centerId, rule.limit, since, now)) {
      try {
        if (await suspendIfDue(app.db, residentId, centerId, now)) suspended++
      } catch (err) {
        app.log.error({ err, residentId, centerId }, 'applying the no-show rule failed')
      }
    }
  }
  return { suspended }
}

/** Every five minutes, once across replicas. */
export function scheduleNoShowSweep(app: App, everyMs = 5 * 60_000) {
  defineJob(app, { name: 'suspend-no-shows', everyMs, run: () => sweepNoShows(app) })
}
