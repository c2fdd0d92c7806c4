import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../src/app-instance'
import { buildApp } from '../src/app'
import { loadConfig } from '../src/config'
import { type Database, createDatabase } from '../src/db/database'
import { appScheduler } from '../src/jobs/define-job'
import { claimDueJob, ensureJobs, finishRun } from '../src/jobs/jobs.repository'
import type { JobSpec, SchedulerOptions } from '../src/jobs/job'
import { QueryCounter } from './support/query-counter'
import { createTestDatabase } from './support/test-app'

const HOUR = 3_600_000
const fast: Partial<SchedulerOptions> = { pollMs: 10, leaseMs: 30_000 }

let shared: { db: Database; drop: () => Promise<void>; url?: string }
const opened = new Set<App>()
const pools: Database[] = []
beforeAll(async () => {
  shared = await createTestDatabase()
})
afterAll(async () => {
  for (const app of opened) await close(app)
  for (const db of pools) await db.destroy()
  await shared.drop()
})

const close = async (app: App) => {
  opened.delete(app)
  await app.close()
}

/**
 * A replica: an app with its own connections to the shared database (on PGlite, which lives in this
 * process, the one instance), running only the jobs given, on a quick poll.
 */
async function replica(jobs: JobSpec[], o: { db?: Database; logger?: object; options?: Partial<SchedulerOptions> } = {}) {
  let db = o.db ?? shared.db
  if (!o.db && shared.url) pools.push((db = await createDatabase({ kind: 'postgres', url: shared.url })))
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), db, logger: o.logger ?? false, webApps: [], backgroundJobs: false })
  const scheduler = appScheduler(app, { ...fast, ...o.options })
  for (const job of jobs) scheduler.define(job)
  opened.add(app)
  await app.ready()
  return app
}

const counted = (name: string, everyMs: number, work: (n: number) => Promise<unknown> = async () => undefined) => {
  const job = { name, everyMs, calls: 0, run: async () => work(++job.calls) }
  return job
}

const rowOf = async (name: string) => (await sql<{ runs: number; failures: number; last_error: string | null; locked: boolean; gap_ms: number | null; overdue: boolean }>`
  select runs, failures, last_error, locked_until is not null as locked, round(extract(epoch from due_at - last_run_at) * 1000)::int as gap_ms, due_at <= now() as overdue
  from jobs where name = ${name}`.execute(shared.db)).rows[0]

describe('recurring jobs', () => {
  it('runs a job at its due times: the next is due everyMs after a run ends, kept in the database', async () => {
    const tick = counted(`tick-${randomUUID()}`, 40)
    const app = await replica([tick])
    await expect.poll(() => tick.calls, { timeout: 10_000 }).toBeGreaterThanOrEqual(3)
    await close(app)
    expect(await rowOf(tick.name)).toMatchObject({ runs: tick.calls, failures: 0, last_error: null, locked: false, gap_ms: 40 })
  })

  it('keeps its due time over a restart: an hourly job run before does not run again when the app comes back, until it is due', async () => {
    const hourly = counted(`hourly-${randomUUID()}`, HOUR)
    const first = await replica([hourly])
    await expect.poll(() => hourly.calls, { timeout: 10_000 }).toBe(1)
    await close(first)
    expect(await rowOf(hourly.name)).toMatchObject({ runs: 1, gap_ms: HOUR, overdue: false })

    const again = counted(hourly.name, HOUR)
    // Runs beside it on the same poll: once it has run a few times, the hourly job had its chances.
    const witness = counted(`witness-${randomUUID()}`, 10)
    await replica([again, witness])
    await expect.poll(() => witness.calls, { timeout: 10_000 }).toBeGreaterThanOrEqual(3)
    expect(again.calls).toBe(0)

    // The hour passes while the app is running: the job is due and runs, once.
    await sql`update jobs set due_at = now() where name = ${hourly.name}`.execute(shared.db)
    await expect.poll(() => again.calls, { timeout: 10_000 }).toBe(1)
    await expect.poll(async () => (await rowOf(hourly.name))?.locked, { timeout: 10_000 }).toBe(false)
    expect(await rowOf(hourly.name)).toMatchObject({ runs: 2, gap_ms: HOUR })
  })

  it('runs again a run whose replica died once its lease has run out; the dead run cannot overwrite the new one', async () => {
    const name = `crashy-${randomUUID()}`
    await ensureJobs(shared.db, [name])
    // A replica claims it and dies without finishing.
    const dead = (await claimDueJob(shared.db, [name], randomUUID(), 300))!
    expect(dead.name).toBe(name)
    const crashy = counted(name, HOUR)
    await replica([crashy])
    await expect.poll(() => crashy.calls, { timeout: 10_000 }).toBe(1)
    await expect.poll(async () => (await rowOf(name))?.locked, { timeout: 10_000 }).toBe(false)
    expect(await rowOf(name)).toMatchObject({ runs: 2, failures: 0, gap_ms: HOUR })
    expect(await finishRun(shared.db, dead, { nextInMs: 0, error: null })).toBe(false)
    expect(await rowOf(name)).toMatchObject({ overdue: false })
  })

  it('logs a failing job once, backs off (everyMs × 2^failures) with the error kept, and says when it works again', async () => {
    const name = `flaky-${randomUUID()}`
    const seen: unknown[] = []
    const flaky = counted(name, 20, async (n) => {
      // While a run holds the job, its row still tells how the previous run ended.
      seen.push(n === 1 ? undefined : await rowOf(name))
      if (n <= 3) throw new Error(`boom ${n}`)
    })
    const lines: string[] = []
    await replica([flaky], { logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } } })
    // A successful run is the only one followed by a gap of everyMs; runs after it may follow at once.
    await expect.poll(async () => (await rowOf(name))?.gap_ms, { timeout: 10_000 }).toBe(20)
    expect(seen.slice(1, 4)).toMatchObject([
      { failures: 1, last_error: 'boom 1', gap_ms: 40 },
      { failures: 2, last_error: 'boom 2', gap_ms: 80 },
      { failures: 3, last_error: 'boom 3', gap_ms: 160 },
    ])
    expect(await rowOf(name)).toMatchObject({ failures: 0, last_error: null, gap_ms: 20 })
    const about = lines.map((l) => JSON.parse(l) as { level: number; job?: string; msg: string }).filter((l) => l.job === name)
    expect(about.map((l) => [l.level, l.msg])).toEqual([
      [50, `job ${name} failed; retrying with backoff`],
      [30, `job ${name} works again after 3 failed runs`],
    ])
  })

  it('lets a run in progress finish and be recorded before the app has closed', async () => {
    const events: string[] = []
    let release!: () => void
    const slow = counted(`slow-${randomUUID()}`, HOUR, async () => {
      events.push('started')
      await new Promise<void>((resolve) => (release = resolve))
      events.push('finished')
    })
    const app = await replica([slow])
    await expect.poll(() => events, { timeout: 10_000 }).toEqual(['started'])
    const closed = close(app).then(() => events.push('closed'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    release()
    await closed
    expect(events).toEqual(['started', 'finished', 'closed'])
    expect(await rowOf(slow.name)).toMatchObject({ runs: 1, locked: false, gap_ms: HOUR })
  })

  it('runs a job made due by a nudge at once, and once more after a run the nudge came during', async () => {
    const nudged = counted(`nudged-${randomUUID()}`, HOUR, async (n) => {
      if (n === 1) job.runNow()
    })
    const app = await replica([])
    const job = appScheduler(app).define(nudged)
    await expect.poll(() => nudged.calls, { timeout: 10_000 }).toBe(2)
    job.runNow()
    await expect.poll(() => nudged.calls, { timeout: 10_000 }).toBe(3)
  })

  it('runs an every-replica job (work that claims its own rows) on each replica, keeping no row for it', async () => {
    const name = `local-${randomUUID()}`
    const [a, b] = [counted(name, 10), counted(name, 10)]
    await Promise.all([replica([{ ...a, everyReplica: true }]), replica([{ ...b, everyReplica: true }])])
    await expect.poll(() => Math.min(a.calls, b.calls), { timeout: 10_000 }).toBeGreaterThanOrEqual(2)
    expect(await rowOf(name)).toBeUndefined()
  })
})

// Two replicas need two sets of connections to one server; PGlite lives inside one process and has
// one connection, so there the claims could never race. The PGlite run leaves this out.
describe.runIf(process.env.LINLI_TEST_DB === 'postgres')('recurring jobs on two replicas', () => {
  it('runs a job due once exactly once, while the other replica keeps asking for due jobs', async () => {
    const name = `once-${randomUUID()}`
    const counters = [new QueryCounter(), new QueryCounter()] as const
    const dbs = await Promise.all(counters.map(async (c) => {
      const db = await createDatabase({ kind: 'postgres', url: shared.url! })
      pools.push(db)
      return db.withPlugin(c)
    }))
    const calls: number[] = []
    // The run lasts until the other replica has polled three more times: it saw the job due but held.
    const once = (i: 0 | 1) => ({
      name, everyMs: HOUR,
      run: async () => {
        calls.push(i)
        const other = counters[1 - i]!
        const from = other.count
        await expect.poll(() => other.count, { timeout: 10_000, interval: 5 }).toBeGreaterThanOrEqual(from + 3)
      },
    })
    await Promise.all([replica([once(0)], { db: dbs[0] }), replica([once(1)], { db: dbs[1] })])
    await expect.poll(async () => (await rowOf(name))?.gap_ms, { timeout: 15_000 }).toBe(HOUR)
    expect(calls).toHaveLength(1)
    expect(await rowOf(name)).toMatchObject({ runs: 1, locked: false })
  })

  it('runs a job due every few milliseconds one run at a time across both replicas, each due time once', async () => {
    const name = `often-${randomUUID()}`
    let inside = 0
    let overlaps = 0
    let calls = 0
    const often = (): JobSpec => ({
      name, everyMs: 5,
      run: async () => {
        calls++
        if (++inside > 1) overlaps++
        await new Promise((resolve) => setTimeout(resolve, 3))
        inside--
      },
    })
    const [a, b] = await Promise.all([replica([often()]), replica([often()])])
    await expect.poll(() => calls, { timeout: 20_000 }).toBeGreaterThanOrEqual(40)
    await Promise.all([close(a), close(b)])
    expect(overlaps).toBe(0)
    expect((await rowOf(name))?.runs).toBe(calls)
  })
})
