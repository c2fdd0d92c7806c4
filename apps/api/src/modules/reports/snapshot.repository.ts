import { sql } from 'kysely'
import { type Database, embeddedPglite, freeConnections } from '../../db/database'

/** One of a report's statements (or a few in a row), run on the connection it is given. */
export type ReportQuery<R> = (trx: Database) => Promise<R>

/** Connections a report reads on besides its own, on PostgreSQL: its statements are independent. */
const HELPERS = 2

/**
 * Room to hash: the default 4 MB of work memory makes PostgreSQL sort a region's year of check-ins on
 * disk instead (3× slower in bench/reports.bench.ts). Without JIT: the per-occurrence lateral reads of
 * the raw part are estimated far above what they read, so PostgreSQL compiled the statements (4.3 of
 * participation's 4.9 s in bench/reports.bench.ts) to run them in a few hundred ms.
 */
const reportSettings = (trx: Database) => sql`select set_config('work_mem', '64MB', true), set_config('jit', 'off', true)`.execute(trx)

/**
 * Runs a report's queries in one read-only snapshot, so its figures agree with each other even while
 * staff keep working, and returns their results by name. On PostgreSQL up to HELPERS more connections
 * take queries from the same list, each in a transaction that imports the report's snapshot
 * (`pg_export_snapshot`): a region's statements then run side by side instead of one after another.
 * Helpers take only connections free at the time, and one that gets its connection after the list
 * is done just gives it back: a busy pool slows a report down but never makes it wait for one. PGlite has one connection: the queries run
 * one after another there, in the order given (list the longest first).
 */
export async function inReportSnapshot<Q extends Record<string, ReportQuery<unknown>>>(db: Database, queries: Q): Promise<{ [K in keyof Q]: Awaited<ReturnType<Q[K]>> }> {
  const queue = Object.entries(queries)
  const results: Record<string, unknown> = {}
  const drain = async (trx: Database) => {
    for (let next = queue.shift(); next; next = queue.shift()) results[next[0]] = await next[1](trx)
  }
  await db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(async (trx) => {
    await reportSettings(trx)
    if (db.isTransaction || embeddedPglite(db)) return drain(trx)
    const { rows } = await sql<{ id: string }>`select pg_export_snapshot() as id`.execute(trx)
    const snapshot = rows[0]!.id
    if (!/^[0-9A-F-]+$/i.test(snapshot)) throw new Error(`Unexpected snapshot id ${snapshot}`)
    // Helpers that started importing: this transaction (whose snapshot they import) stays open until they are done.
    const helping: Promise<void>[] = []
    let over = false
    const help = async (conn: Database) => {
      if (over || queue.length === 0) return
      const done = (async () => {
        await sql`begin isolation level repeatable read read only`.execute(conn)
        try {
          await sql.raw(`set transaction snapshot '${snapshot}'`).execute(conn)
          await reportSettings(conn)
          await drain(conn)
        } catch (e) {
          queue.length = 0
          throw e
        } finally {
          await sql`commit`.execute(conn)
        }
      })()
      helping.push(done)
      return done
    }
    // Only connections free now: a busy server's requests are not queued behind helpers that may come too late to help.
    // A failed helper fails the report through `helping`; one that got no connection is no failure.
    const helpers = Math.min(HELPERS, freeConnections(db) ?? HELPERS)
    for (let i = 0; i < helpers; i++) void db.connection().execute(help).catch(() => undefined)
    // The report's own share; then, no helper joining any more, theirs: every failure awaited (none left
    // unhandled), the first one failing the report.
    const own = await drain(trx).then(() => [], (e: unknown) => {
      queue.length = 0
      return [e]
    })
    over = true
    const failures = [...own, ...(await Promise.allSettled(helping)).flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []))]
    if (failures.length) throw failures[0]
  })
  return results as { [K in keyof Q]: Awaited<ReturnType<Q[K]>> }
}
