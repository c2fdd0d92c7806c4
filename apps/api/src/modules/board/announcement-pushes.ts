import type { App } from '../../app-instance'
import { centersReached, claimDueAnnouncementPushes, nextAnnouncementPushAt } from './board.repository'

/** Never sleep longer than this: an announcement saved on another replica without Redis is still seen. */
export const MAX_SLEEP_MS = 60_000
/** Never wake sooner than this after a round, so rows another replica holds cannot spin this one. */
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
 * Sleeps until the next start or end (at most a minute), pushes what is due, and sleeps again. A
 * change to announcements anywhere (this replica or, with Redis, another) wakes it to re-plan.
 */
export function announcementPusher(app: App) {
  let timer: ReturnType<typeof setTimeout> | undefined
  let running = false

  async function plan(afterRound = false) {
    if (!running) return
    let wait = MAX_SLEEP_MS
    try {
      const next = await nextAnnouncementPushAt(app.db)
      if (next) wait = Math.min(MAX_SLEEP_MS, Math.max(0, next.getTime() - app.clock().getTime()))
    } catch (err) {
      app.log.error({ err }, 'planning announcement pushes failed')
    }
    if (afterRound) wait = Math.max(MIN_SLEEP_MS, wait)
    if (!running) return
    clearTimeout(timer)
    timer = setTimeout(() => void round(), wait)
    timer.unref()
  }

  async function round() {
    await pushDueAnnouncements(app).catch((err) => app.log.error({ err }, 'pushing announcements failed'))
    await plan(true)
  }

  app.realtime.onCenterChanged((_centerId, what) => {
    if (what === 'announcements') void plan()
  })

  return {
    start: () => {
      running = true
      void round()
    },
    stop: () => {
      running = false
      clearTimeout(timer)
    },
  }
}

/** Runs in the API process itself, from start-up to shutdown; no external cron. */
export function scheduleAnnouncementPushes(app: App) {
  const pusher = announcementPusher(app)
  app.addHook('onReady', async () => pusher.start())
  app.addHook('onClose', async () => pusher.stop())
}
