import type { App } from '../../app-instance'
import { defineJob } from '../../jobs/define-job'
import { photoStore } from './photo-store'

/**
 * With the S3 store, once an hour across replicas: deletes from the bucket the objects this
 * installation deleted more than S3_RETENTION_DAYS ago. It never lists the bucket, so orphans of
 * rolled-back uploads stay until an operator runs `sweep-files --orphans`. Measured on the real
 * time, not the app's clock, like the deletion records' dates.
 */
export function scheduleFileStoreSweep(app: App, everyMs = 3_600_000) {
  const store = photoStore(app.config)
  if (!store.sweep) return
  // Before the scheduler waits for runs in progress: a sweep of a large bucket ends after its page.
  let stopping = false
  app.addHook('preClose', async () => void (stopping = true))
  defineJob(app, {
    name: 'sweep-file-store',
    everyMs,
    run: async () => {
      const result = await store.sweep!(app.db, new Date(), () => stopping)
      if (result.deleted) app.log.info(result, 'file store swept')
    },
  })
}
