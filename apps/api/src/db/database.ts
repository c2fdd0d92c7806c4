import { PGlite } from '@electric-sql/pglite'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import { Kysely, PostgresDialect } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import pg from 'pg'
import { guardedPool } from './guarded-pool'
import type { DB } from './schema'

export type Database = Kysely<DB>

export interface DatabaseTimeouts {
  /** Opening a connection, or waiting for a free one when all are busy. */
  connectMs: number
  /** The server cancels a longer statement (57014). Reports over a year take ~2 s. */
  statementMs: number
}

/** Long enough for any query here and for migrations, short enough that an outage ends a request. */
export const defaultTimeouts: DatabaseTimeouts = { connectMs: 5_000, statementMs: 30_000 }

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; timeouts?: Partial<DatabaseTimeouts> }
  /** `dataDir` undefined keeps the database in memory; `loadDataDir` starts from a dumped one. */
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob }

/** PostgreSQL `timestamp` (no zone): a wall clock, kept as its text ('2026-12-11 09:00:00') rather than a Date in the server process's zone. */
const TIMESTAMP_OID = 1114
const wallClock = (value: string) => value

/** The extensions every PGlite instance loads; migrations create them on a real server. */
export const pgliteExtensions = { btree_gist }

export async function openPglite(target: { dataDir?: string; loadDataDir?: Blob }) {
  return PGlite.create({
    dataDir: target.dataDir,
    extensions: pgliteExtensions,
    loadDataDir: target.loadDataDir,
    parsers: { [TIMESTAMP_OID]: wallClock },
  })
}

export async function createDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const { connectMs, statementMs } = { ...defaultTimeouts, ...target.timeouts }
    const pool = new pg.Pool({
      connectionString: target.url,
      max: 10,
      connectionTimeoutMillis: connectMs,
      statement_timeout: statementMs,
      // A frozen or unreachable server never sends the cancel; past this the client stops waiting.
      query_timeout: statementMs + connectMs,
      keepAlive: true,
      types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === TIMESTAMP_OID ? wallClock : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser },
    })
    // An idle client can lose its connection (server restart); the pool drops it and opens a new one.
    pool.on('error', () => {})
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: guardedPool(pool) }) })
    pools.set(db, pool)
    return db
  }
  return databaseOnPglite(await openPglite(target))
}

const embedded = new WeakMap<Database, PGlite>()
const pools = new WeakMap<Database, pg.Pool>()

/** Connections of a PostgreSQL database opened by createDatabase that a caller would get now without waiting (undefined for others). */
export function freeConnections(db: Database): number | undefined {
  const pool = pools.get(db)
  return pool && Math.max(0, pool.idleCount + (pool.options.max ?? 10) - pool.totalCount - pool.waitingCount)
}

export function databaseOnPglite(pglite: PGlite): Database {
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) })
  embedded.set(db, pglite)
  return db
}

/** The PGlite instance under a database opened on it, for what needs more than SQL (its pg_dump). */
export const embeddedPglite = (db: Database): PGlite | undefined => embedded.get(db)
