import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inject } from 'vitest'
import { type Database, createDatabase } from '../../src/db/database'
import { newCenter, newDistrict, newStaff, newSubdistrict } from './factories'
import { createTestDatabase } from './test-app'

export interface ServerDatabase {
  /** What the spawned server needs to find this database. */
  env: Record<string, string>
  /** The PGlite data directory, when this run is on PGlite. */
  dataDir: string | undefined
  centerId: string
  manager: { username: string; password: string }
  /** Reads what the server left behind; call once the server has stopped (PGlite has one writer). */
  inspect<T>(read: (db: Database) => Promise<T>): Promise<T>
  drop(): Promise<void>
}

/**
 * A migrated database for a server in its own process, with one center and its manager: a data
 * directory made from the PGlite template, or a PostgreSQL database. Quicker than letting the
 * server run initdb, every migration and the demo seed.
 */
export async function newServerDatabase(): Promise<ServerDatabase> {
  const postgres = process.env.LINLI_TEST_DB === 'postgres' ? await createTestDatabase() : undefined
  const dataDir = postgres ? undefined : mkdtempSync(join(tmpdir(), 'linli-server-'))
  const db = postgres?.db ?? (await createDatabase({ kind: 'pglite', dataDir: dataDir!, loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) }))
  const subdistrict = await newSubdistrict(db, (await newDistrict(db)).id)
  const centerId = await newCenter(db, subdistrict.id)
  const manager = await newStaff(db, 'center_manager', { centerId })
  if (!postgres) await db.destroy()
  return {
    env: postgres ? { DATABASE_URL: postgres.url! } : { LINLI_DATA_DIR: dataDir! },
    dataDir,
    centerId,
    manager,
    inspect: async (read) => {
      if (postgres) return read(postgres.db)
      const reopened = await createDatabase({ kind: 'pglite', dataDir: dataDir! })
      try {
        return await read(reopened)
      } finally {
        await reopened.destroy()
      }
    },
    drop: async () => {
      await postgres?.drop()
      if (dataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
