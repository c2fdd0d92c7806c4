import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { createDatabase, databaseOnPglite, openPglite } from '../../src/db/database'
import { migrateToLatest } from '../../src/db/migrate'

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a dumped, migrated data directory each test file starts from. */
    pgliteTemplate: string
    /** PostgreSQL: a migrated database each test file copies with CREATE DATABASE … TEMPLATE. */
    postgresTemplate: string
  }
}

export const adminUrl = (url: string, database: string) => {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}

/** Migrates once per run, so each test file only copies a ready database. */
export default async function setup(project: TestProject) {
  if (project.name === 'postgres') {
    const url = process.env.TEST_DATABASE_URL!
    const template = `linli_tpl_${process.pid}`
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    await admin.query(`drop database if exists ${template}`)
    await admin.query(`create database ${template}`)
    const db = await createDatabase({ kind: 'postgres', url: adminUrl(url, template) })
    await migrateToLatest(db)
    await db.destroy()
    project.provide('postgresTemplate', template)
    return async () => {
      const leftovers = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like $1 or datname = $2`, [`linli_t_${process.pid}_%`, template])
      for (const { datname } of leftovers.rows) await admin.query(`drop database if exists ${datname} with (force)`)
      await admin.end()
    }
  }

  const dir = mkdtempSync(join(tmpdir(), 'linli-pglite-'))
  const pglite = await openPglite({})
  const db = databaseOnPglite(pglite)
  await migrateToLatest(db)
  const file = join(dir, 'template.tar')
  writeFileSync(file, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()))
  await db.destroy()
  project.provide('pgliteTemplate', file)
  return () => rmSync(dir, { recursive: true, force: true })
}
