import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { KyselyPlugin } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, inject } from 'vitest'
import type { App } from '../../src/app-instance'
import { buildApp } from '../../src/app'
import { loadConfig } from '../../src/config'
import { type Database, createDatabase } from '../../src/db/database'
import type { WebApp } from '../../src/plugins/static-apps'
import { adminUrl } from './global-setup'

/** A fresh, migrated database of the kind this test project runs on, and how to throw it away. */
export async function createTestDatabase(): Promise<{ db: Database; drop: () => Promise<void>; url?: string }> {
  if (process.env.LINLI_TEST_DB === 'postgres') {
    const url = process.env.TEST_DATABASE_URL!
    const name = `linli_t_${process.pid}_${randomUUID().slice(0, 8)}`
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    await admin.query(`create database ${name} template ${inject('postgresTemplate')}`)
    const db = await createDatabase({ kind: 'postgres', url: adminUrl(url, name) })
    return {
      db,
      url: adminUrl(url, name),
      drop: async () => {
        await db.destroy()
        await admin.query(`drop database if exists ${name} with (force)`)
        await admin.end()
      },
    }
  }
  const db = await createDatabase({ kind: 'pglite', loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) })
  return { db, drop: () => db.destroy() }
}

export interface TestContext {
  app: App
  db: Database
  /** The time the app sees; tests move it forward instead of sleeping. */
  now: Date
}

/** Builds the app on its own database for this test file; `listen` also opens a real random port. */
export function useTestApp(options: { listen?: boolean; webApps?: WebApp[]; plugins?: KyselyPlugin[]; env?: Record<string, string> } = {}): TestContext {
  const ctx = { now: new Date('2026-11-20T02:00:00Z') } as TestContext
  let drop: () => Promise<void>
  beforeAll(async () => {
    const created = await createTestDatabase()
    drop = created.drop
    ctx.db = created.db
    const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1', LINLI_SEED: '0', ...options.env })
    const appDb = (options.plugins ?? []).reduce((db, p) => db.withPlugin(p), ctx.db)
    ctx.app = await buildApp({ config, db: appDb, clock: () => ctx.now, logger: false, webApps: options.webApps ?? [], backgroundJobs: false })
    if (options.listen) await ctx.app.listen({ port: 0, host: '127.0.0.1' })
    else await ctx.app.ready()
  })
  afterAll(async () => {
    await ctx.app?.close()
    await drop?.()
  })
  return ctx
}
