import pg from 'pg'
import { type Database, createDatabase } from '@linli/api/src/db/database'
import { migrateToLatest } from '@linli/api/src/db/migrate'
import { onCleanup } from './cleanup'
import { env } from './env'

export interface BenchDatabase {
  name: string
  url: string
  /** The bench's own connection, for fixtures and baselines (the API under test opens its own). */
  db: Database
  drop(): Promise<void>
}

const urlOf = (database: string) => {
  const u = new URL(env.postgresUrl)
  u.pathname = `/${database}`
  return u.toString()
}

async function asAdmin<T extends pg.QueryResultRow = pg.QueryResultRow>(query: string): Promise<T[]> {
  const admin = new pg.Client({ connectionString: env.postgresUrl })
  await admin.connect()
  try {
    return (await admin.query<T>(query)).rows
  } finally {
    await admin.end()
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Databases left by a bench run that was killed outright (its pid, the name's suffix, is gone). */
async function dropOrphans() {
  const rows = await asAdmin<{ datname: string }>(`select datname from pg_database where datname like 'linli\\_bench\\_%'`)
  for (const { datname } of rows) {
    const pid = Number(/_(\d+)$/.exec(datname)?.[1])
    if (pid && pid !== process.pid && !alive(pid)) await asAdmin(`drop database if exists ${datname} with (force)`)
  }
}

/** A fresh, migrated PostgreSQL database `linli_bench_<label>_<pid>`, dropped by `drop()` or the cleanup. */
export async function createBenchDatabase(label: string): Promise<BenchDatabase> {
  const name = `linli_bench_${label}_${process.pid}`
  await dropOrphans()
  await asAdmin(`drop database if exists ${name} with (force)`)
  await asAdmin(`create database ${name}`)
  const url = urlOf(name)
  const db = await createDatabase({ kind: 'postgres', url })
  const drop = onCleanup(`drop database ${name}`, async () => {
    await db.destroy().catch(() => undefined)
    await asAdmin(`drop database if exists ${name} with (force)`)
  })
  await migrateToLatest(db)
  return { name, url, db, drop }
}
