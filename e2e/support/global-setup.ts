import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildServer } from '../../apps/api/scripts/build'
import { createDatabase } from '../../apps/api/src/db/database'
import { migrateToLatest } from '../../apps/api/src/db/migrate'
import { seededDataDir } from './seeded-template'

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * Holds `migrated/`, a PGlite data directory with every migration applied and nothing else, and
     * the seeded copies of it that startServer copies (see seeded-template.ts).
     */
    templatesDir: string
  }
}

/**
 * Once per run: compiles the server as `npm start` runs it (dist/server.js, from the current
 * sources), runs initdb and the migrations into a data directory, and seeds a copy of it with the
 * demo, so a server starting from a copy finds nothing to migrate or seed.
 */
export default async function setup(project: TestProject) {
  await buildServer()
  const root = mkdtempSync(join(tmpdir(), 'linli-e2e-templates-'))
  const db = await createDatabase({ kind: 'pglite', dataDir: join(root, 'migrated') })
  await migrateToLatest(db)
  await db.destroy()
  await seededDataDir(root)
  project.provide('templatesDir', root)
  return () => rmSync(root, { recursive: true, force: true })
}
