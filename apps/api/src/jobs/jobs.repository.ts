import { sql } from 'kysely'
import type { Database } from '../db/database'

/** `ms` from the database's now(): every replica reads one clock, so leases and due times agree. */
const fromNow = (ms: number) => sql<Date>`now() + (${ms}::float8 * interval '1 millisecond')`

export interface Claim {
  name: string
  token: string
  /** Failed runs in a row before this one. */
  failures: number
}

/** Adds the rows of jobs not seen before, due at once; a known job keeps the due time it has. */
export async function ensureJobs(db: Database, names: string[]): Promise<void> {
  if (!names.length) return
  await db.insertInto('jobs').values(names.map((name) => ({ name, due_at: sql<Date>`now()` })))
    .onConflict((oc) => oc.column('name').doNothing()).execute()
}

/**
 * Takes the most overdue of these jobs whose lease is free or has run out (its holder died), and
 * leases it under `token`. One statement: the claim commits before the run starts, and a job
 * another replica is claiming at the same moment is skipped (FOR UPDATE SKIP LOCKED), not waited for.
 */
export async function claimDueJob(db: Database, names: string[], token: string, leaseMs: number): Promise<Claim | undefined> {
  const { rows } = await sql<Claim>`
    update jobs j set locked_until = ${fromNow(leaseMs)}, lease_token = ${token}, nudged = false, runs = j.runs + 1
    from (
      select name from jobs
      where name = any(${names}::text[]) and due_at <= now() and (locked_until is null or locked_until <= now())
      order by due_at limit 1
      for update skip locked
    ) due
    where j.name = due.name
    returning j.name, j.lease_token as token, j.failures`.execute(db)
  return rows[0]
}

/** Keeps a long run's lease from running out while its replica is alive; false once the lease was lost. */
export async function extendLease(db: Database, name: string, token: string, leaseMs: number): Promise<boolean> {
  const r = await db.updateTable('jobs').set({ locked_until: fromNow(leaseMs) })
    .where('name', '=', name).where('lease_token', '=', token).executeTakeFirst()
  return r.numUpdatedRows > 0n
}

/**
 * Ends a run: frees the lease and sets the next due time. A nudge that came during a successful
 * run makes it due at once. Only the lease holder can end it: after a lost lease the job belongs
 * to whoever claimed it next, and this returns false.
 */
export async function finishRun(db: Database, c: Pick<Claim, 'name' | 'token'>, outcome: { nextInMs: number; error: string | null }): Promise<boolean> {
  const failed = outcome.error !== null
  const r = await db.updateTable('jobs').set((eb) => ({
    due_at: failed ? fromNow(outcome.nextInMs) : sql<Date>`case when nudged then now() else ${fromNow(outcome.nextInMs)} end`,
    locked_until: null,
    lease_token: null,
    nudged: false,
    last_run_at: sql`now()`,
    failures: failed ? eb('failures', '+', 1) : 0,
    last_error: outcome.error,
  })).where('name', '=', c.name).where('lease_token', '=', c.token).executeTakeFirst()
  return r.numUpdatedRows > 0n
}

/** Gives back a claim that will not be run (the replica is shutting down), keeping its due time. */
export async function releaseClaim(db: Database, c: Pick<Claim, 'name' | 'token'>): Promise<void> {
  await db.updateTable('jobs').set({ locked_until: null, lease_token: null, runs: (eb) => eb('runs', '-', 1) })
    .where('name', '=', c.name).where('lease_token', '=', c.token).execute()
}

/** Makes a job due now; if it is running, it runs once more when that run ends. */
export async function nudgeJob(db: Database, name: string): Promise<void> {
  await db.updateTable('jobs').set({ due_at: sql<Date>`least(due_at, now())`, nudged: true }).where('name', '=', name).execute()
}
