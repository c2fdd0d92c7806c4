import type { App } from '../app-instance'
import type { Job, JobSpec, SchedulerOptions } from './job'
import { type Scheduler, createScheduler } from './scheduler'

const schedulers = new WeakMap<App, Scheduler>()

/**
 * The app's own scheduler: it starts when the app is ready and, on close, lets a run in progress
 * finish (and be recorded) before the database is closed under it. Options apply on the first call.
 */
export function appScheduler(app: App, options?: Partial<SchedulerOptions>): Scheduler {
  let scheduler = schedulers.get(app)
  if (!scheduler) {
    const created = createScheduler(app, options)
    schedulers.set(app, (scheduler = created))
    app.addHook('onReady', async () => created.start())
    app.addHook('onClose', () => created.stop())
  }
  return scheduler
}

/** Runs `spec.run` on the app's scheduler from start-up to shutdown; see JobSpec. */
export const defineJob = (app: App, spec: JobSpec): Job => appScheduler(app).define(spec)
