import { randomUUID } from 'node:crypto'
import type { App } from '../app-instance'
import { type Job, type JobSpec, type SchedulerOptions, backoffMs, defaultSchedulerOptions } from './job'
import { type Claim, claimDueJob, ensureJobs, extendLease, finishRun, nudgeJob, releaseClaim } from './jobs.repository'

interface Entry {
  spec: JobSpec
  running?: Promise<void>
  /** everyReplica jobs only: their due time (ms since epoch), failures in a row, and a runNow during a run. */
  dueAt: number
  failures: number
  nudged: boolean
}

export interface Scheduler {
  define(spec: JobSpec): Job
  start(): void
  /** Stops claiming and resolves once every run in progress has finished and been recorded. */
  stop(): Promise<void>
}

/**
 * Runs the defined jobs in this process: a due job is claimed in the database before it runs, so
 * across replicas each due time runs once. Polls every pollMs; a poll that fails (the database is
 * down) is logged once and retried less often until it works again.
 */
export function createScheduler(app: App, options: Partial<SchedulerOptions> = {}): Scheduler {
  const o = { ...defaultSchedulerOptions, ...options }
  const entries = new Map<string, Entry>()
  let started = false
  let stopped = false
  let known = false
  let timer: NodeJS.Timeout | undefined
  let polling: Promise<void> | undefined
  let nextPollAt = 0
  let pollDelay = o.pollMs
  const all = () => [...entries.values()]

  function launch(e: Entry, run: Promise<void>) {
    e.running = run.finally(() => {
      e.running = undefined
      plan()
    })
  }

  /** What a failed run logs: the first failure of a streak only, so an outage is not logged every second. */
  function failed(e: Entry, err: unknown, failures: number) {
    if (failures === 1) app.log.error({ err, job: e.spec.name }, `job ${e.spec.name} failed; retrying with backoff`)
    return { nextInMs: backoffMs(failures, e.spec.everyMs, o.maxBackoffMs), error: err instanceof Error ? err.message : String(err) }
  }

  async function runOnce(e: Entry, failuresBefore: number) {
    try {
      await e.spec.run()
      const nextInMs = e.spec.nextInMs ? await e.spec.nextInMs() : e.spec.everyMs
      if (failuresBefore) app.log.info({ job: e.spec.name }, `job ${e.spec.name} works again after ${failuresBefore} failed runs`)
      return { nextInMs, error: null }
    } catch (err) {
      return failed(e, err, failuresBefore + 1)
    }
  }

  async function runLocal(e: Entry) {
    e.nudged = false
    const outcome = await runOnce(e, e.failures)
    e.failures = outcome.error === null ? 0 : e.failures + 1
    e.dueAt = Date.now() + (e.nudged && outcome.error === null ? 0 : outcome.nextInMs)
  }

  async function runClaimed(e: Entry, claim: Claim) {
    const heartbeat = setInterval(() => void extendLease(app.db, claim.name, claim.token, o.leaseMs).catch(() => undefined), o.leaseMs / 3)
    heartbeat.unref()
    const outcome = await runOnce(e, claim.failures)
    clearInterval(heartbeat)
    // If this cannot be written (the database went away), the lease runs out and the run repeats.
    await finishRun(app.db, claim, outcome).catch((err) => app.log.warn({ err, job: claim.name }, 'recording a job run failed'))
  }

  async function poll() {
    try {
      const shared = all().filter((e) => !e.spec.everyReplica)
      if (!known) await ensureJobs(app.db, shared.map((e) => e.spec.name))
      known = true
      for (;;) {
        const free = shared.filter((e) => !e.running).map((e) => e.spec.name)
        if (stopped || !free.length) break
        const claim = await claimDueJob(app.db, free, randomUUID(), o.leaseMs)
        if (!claim) break
        if (stopped) await releaseClaim(app.db, claim)
        else launch(entries.get(claim.name)!, runClaimed(entries.get(claim.name)!, claim))
      }
      if (pollDelay !== o.pollMs) app.log.info('polling jobs works again')
      pollDelay = o.pollMs
    } catch (err) {
      if (pollDelay === o.pollMs) app.log.error({ err }, 'polling jobs failed; retrying with backoff')
      pollDelay = Math.min(o.maxBackoffMs, pollDelay * 2)
    }
    nextPollAt = Date.now() + pollDelay
  }

  function wake() {
    const now = Date.now()
    for (const e of all()) if (e.spec.everyReplica && !e.running && e.dueAt <= now) launch(e, runLocal(e))
    if (!polling && nextPollAt <= now && all().some((e) => !e.spec.everyReplica)) {
      polling = poll().finally(() => {
        polling = undefined
        plan()
      })
    }
    plan()
  }

  /** Sleeps until the next poll or the next due everyReplica job, whichever is first. */
  function plan() {
    if (!started || stopped) return
    let at = polling ? Infinity : nextPollAt
    for (const e of all()) if (e.spec.everyReplica && !e.running) at = Math.min(at, e.dueAt)
    clearTimeout(timer)
    if (at === Infinity) return
    timer = setTimeout(wake, Math.max(0, at - Date.now()))
    timer.unref()
  }

  return {
    define(spec) {
      if (entries.has(spec.name)) throw new Error(`job ${spec.name} is defined twice`)
      const e: Entry = { spec, dueAt: Date.now(), failures: 0, nudged: false }
      entries.set(spec.name, e)
      known = false
      plan()
      return {
        runNow: () => {
          if (spec.everyReplica) [e.nudged, e.dueAt] = [true, Math.min(e.dueAt, Date.now())]
          else void nudgeJob(app.db, spec.name).then(() => (nextPollAt = 0), (err) => app.log.warn({ err, job: spec.name }, 'nudging a job failed')).then(plan)
          plan()
        },
      }
    },
    start() {
      started = true
      wake()
    },
    async stop() {
      stopped = true
      clearTimeout(timer)
      await polling
      await Promise.all(all().map((e) => e.running))
    },
  }
}
