import { randomUUID } from 'node:crypto'
import { Migrator } from 'kysely'
import pg from 'pg'
import { type Database, createDatabase } from '../../src/db/database'
import { migrations } from '../../src/db/migrations'
import { adminUrl } from './global-setup'

/**
 * An empty, unmigrated database of the kind this project runs on (PostgreSQL when TEST_DATABASE_URL
 * is set), for tests that migrate up to a point, write rows as an older installation had them, then
 * migrate the rest of the way.
 */
export async function emptyDatabase(): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (process.env.LINLI_TEST_DB !== 'postgres') {
    const db = await createDatabase({ kind: 'pglite' })
    return { db, drop: () => db.destroy() }
  }
  const url = process.env.TEST_DATABASE_URL!
  const name = `linli_m_${process.pid}_${randomUUID().slice(0, 8)}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const db = await createDatabase({ kind: 'postgres', url: adminUrl(url, name) })
  return { db, drop: async () => { await db.destroy(); await admin.query(`drop database if exists ${name} with (force)`); await admin.end() } }
}

export const migrator = (db: Database) => new Migrator({ db, provider: { getMigrations: async () => migrations } })

/** The name of the migration that runs just before `name`. */
export const migrationBefore = (name: string) => Object.keys(migrations).sort().filter((n) => n < name).at(-1)!
