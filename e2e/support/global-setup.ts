import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildServer } from '../../apps/api/scripts/build'
import { createDatabase } from '../../apps/api/src/db/database'
import { migrateToLatest } from '../../apps/api/src/db/migrate'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PGlite data directory with every migration applied and nothing else: each server starts from a copy. */
    migratedDataDir: string
  }
}

/**
 * Once per run: compiles the server as `npm start` runs it (dist/server.js, from the current
 * sources), and runs initdb and the migrations into a data directory that startServer copies, so
 * each server only seeds (about 7 of its 11 CPU seconds to start went on these).
 */
export default async function setup(project: TestProject) {
  await buildServer()
  const dir = mkdtempSync(join(tmpdir(), 'linli-e2e-migrated-'))
  const db = await createDatabase({ kind: 'pglite', dataDir: dir })
  await migrateToLatest(db)
  await db.destroy()
  project.provide('migratedDataDir', dir)
  return () => rmSync(dir, { recursive: true, force: true })
}
