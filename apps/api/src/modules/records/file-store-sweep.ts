import type { App } from '../../app-instance'
import { defineJob } from '../../jobs/define-job'
import { photoStore } from './photo-store'

/**
 * With the S3 store, once an hour across replicas: deletes the bucket's objects that no row names
 * (uploads of rolled-back transactions, files deleted since). The bucket's clock dates its objects,
 * so the grace period is measured on the real time, not the app's clock.
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
