import type { App } from '../../app-instance'
import { defineJob } from '../../jobs/define-job'
import type { Job, JobSpec } from '../../jobs/job'
import { createScheduler } from '../../jobs/scheduler'
import { centersReached, claimDueAnnouncementPushes, nextAnnouncementPushAt } from './board.repository'

/** Never sleep longer than this: an announcement saved on another replica without Redis is still seen. */
export const MAX_SLEEP_MS = 60_000
/** Never run again sooner than this after a round, so a due row the round could not take (another replica pushing it by hand) cannot spin this one. */
const MIN_SLEEP_MS = 1_000

/**
 * Tells the screens of every center an announcement reaches that it has started or ended, at the
 * time it does (screens otherwise only re-read every few minutes). What is due is read from the
 * database, so nothing is lost over a restart; claiming marks it, so each push happens once
 * across replicas. The push goes out after the claim has committed.
 */
export async function pushDueAnnouncements(app: App): Promise<{ announcements: number; centers: number }> {
  const due = await app.db.transaction().execute((trx) => claimDueAnnouncementPushes(trx, app.clock()))
  const centers = new Set<string>()
  for (const row of due) {
    for (const id of await centersReached(app.db, { centerId: row.center_id, regionId: row.region_id })) centers.add(id)
  }
  for (const id of centers) app.realtime.centerChanged(id, 'announcements')
  return { announcements: due.length, centers: centers.size }
}

/**
 * The pushes as a job: after a round it is due again at the next start or end (at most a minute
 * away). A change to announcements anywhere (this replica or, with Redis, another) makes it due at
 * once, so an announcement saved to start in ten seconds is not pushed a minute late.
 */
function announcementJob(app: App): JobSpec {
  return {
    name: 'push-announcements',
    everyMs: MAX_SLEEP_MS,
    run: () => pushDueAnnouncements(app),
    nextInMs: async () => {
      const next = await nextAnnouncementPushAt(app.db)
      return next ? Math.min(MAX_SLEEP_MS, Math.max(MIN_SLEEP_MS, next.getTime() - app.clock().getTime())) : MAX_SLEEP_MS
    },
  }
}

const wakeOnChange = (app: App, job: Job) => app.realtime.onCenterChanged((_centerId, what) => {
  if (what === 'announcements') job.runNow()
})

/** The pushes on a scheduler of their own, started and stopped by the caller (a test or a tool). */
export function announcementPusher(app: App) {
  const scheduler = createScheduler(app)
  wakeOnChange(app, scheduler.define(announcementJob(app)))
  return { start: () => scheduler.start(), stop: () => scheduler.stop() }
}

/** Runs on the app's job scheduler, from start-up to shutdown, once across replicas; no external cron. */
export function scheduleAnnouncementPushes(app: App) {
  wakeOnChange(app, defineJob(app, announcementJob(app)))
}
