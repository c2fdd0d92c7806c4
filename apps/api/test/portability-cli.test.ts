import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Database, createDatabase } from '../src/db/database'
import { migrateToLatest } from '../src/db/migrate'
import { exportScope } from '../src/modules/portability/export'
import { seedDemo } from '../src/seed/demo-seed'
import { runCli, tableChecksums } from './support/cli'
import { adminUrl } from './support/global-setup'
import { exportChecksums } from './support/portability'

const postgres = process.env.LINLI_TEST_DB === 'postgres'

/** A database the CLI finds by its environment, and a way to open it once the CLI is done. */
interface Target { env: Record<string, string>; open(): Promise<{ db: Database; close(): Promise<void> }> }

const embedded = (dataDir: string): Target => ({
  env: { LINLI_DATA_DIR: dataDir },
  open: async () => {
    const db = await createDatabase({ kind: 'pglite', dataDir })
    return { db, close: () => db.destroy() }
  },
})

describe('export and import on the command line, from the embedded database to PostgreSQL and back', () => {
  const dir = mkdtempSync(join(tmpdir(), 'linli-portability-'))
  const source = embedded(join(dir, 'source'))
  const cleanups: (() => Promise<void>)[] = []
  const now = new Date('2026-11-20T02:00:00Z')
  let district = ''
  let n = 0
  /** A new database with no tables: the import brings its schema up to date first. */
  let emptyPostgres: () => Promise<Target>

  const read = async <T>(target: Target, f: (db: Database) => Promise<T>) => {
    const { db, close } = await target.open()
    try {
      return await f(db)
    } finally {
      await close()
    }
  }
  const exportOf = (target: Target) => read(target, async (db) => exportChecksums((await exportScope(db, { kind: 'region', id: district }, now))!.zip))

  beforeAll(async () => {
    await read(source, async (db) => {
      await migrateToLatest(db)
      await seedDemo(db, now)
      district = (await db.selectFrom('regions').select('id').where('name', '=', '金水区').executeTakeFirstOrThrow()).id
    })
    if (postgres) {
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
      await admin.connect()
      cleanups.push(() => admin.end())
      emptyPostgres = async () => {
        const name = `linli_t_${process.pid}_port_${++n}`
        await admin.query(`create database ${name}`)
        cleanups.unshift(() => admin.query(`drop database if exists ${name} with (force)`).then(() => undefined))
        const url = adminUrl(process.env.TEST_DATABASE_URL!, name)
        return {
          env: { DATABASE_URL: url },
          open: async () => {
            const db = await createDatabase({ kind: 'postgres', url })
            return { db, close: () => db.destroy() }
          },
        }
      }
    }
  }, 180_000)

  afterAll(async () => {
    for (const c of cleanups) await c()
    rmSync(dir, { recursive: true, force: true })
  })

  const file = join(dir, 'jinshui.zip')

  it(`moves a district from the embedded database to ${postgres ? 'PostgreSQL' : 'another embedded one'} with every exported row the same`, async () => {
    const out = await runCli(['export', '--region', district, '--out', file], source.env)
    expect(out.stderr).toBe('')
    expect(out.code).toBe(0)
    expect(out.stdout).toMatch(/^Exported region 金水区 \(\d+ rows in \d+ tables, \d+ bytes, \d+ ms\) to .*jinshui\.zip/)

    const target = postgres ? await emptyPostgres() : embedded(join(dir, 'target'))
    const first = await runCli(['import', file], target.env)
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/Imported region 金水区 \(exported from pglite at 20\d\d-.*\) into .* in \d+ ms: \d+ new rows, 0 already here\./)
    expect(await exportOf(target)).toEqual(await exportOf(source))

    const before = await read(target, tableChecksums)
    const again = await runCli(['import', file], target.env)
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(/: 0 new rows, \d+ already here\./)
    expect(await read(target, tableChecksums)).toEqual(before)
  }, 240_000)

  it.runIf(postgres)('and back: from PostgreSQL into a new embedded database', async () => {
    const server = await emptyPostgres()
    expect((await runCli(['import', file], server.env)).code).toBe(0)
    const back = join(dir, 'back.zip')
    const out = await runCli(['export', '--region', district, '--out', back], server.env)
    expect(out.code).toBe(0)
    const target = embedded(join(dir, 'from-postgres'))
    const run = await runCli(['import', back], target.env)
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/exported from postgres/)
    expect(await exportOf(target)).toEqual(await exportOf(source))
  }, 240_000)

  it('says what is wrong: 2 for wrong usage, 1 for an unknown center or a damaged zip, writing nothing', async () => {
    expect((await runCli(['export', '--help'], source.env))).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: npm run linli -- export') })
    expect((await runCli(['import', '--help'], source.env))).toMatchObject({ code: 0, stdout: expect.stringContaining('one transaction') })
    const both = await runCli(['export', '--center', district, '--region', district], source.env)
    expect(both.code).toBe(2)
    expect(both.stderr).toMatch(/Give either --center <id> or --region <id>.*Usage: npm run linli -- export/s)
    expect((await runCli(['export', '--center', 'fenghuangtai'], source.env)).code).toBe(2)
    expect((await runCli(['import'], source.env)).code).toBe(2)
    const config = await runCli(['export', '--region', district], { ...source.env, PORT: 'abc' })
    expect(config.code).toBe(1)
    expect(config.stderr).toMatch(/Invalid configuration:\n {2}- PORT: /)
    const unknown = await runCli(['export', '--center', '00000000-0000-4000-8000-000000000000', '--out', join(dir, 'none.zip')], source.env)
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toMatch(/has no center with id 00000000-0000-4000-8000-000000000000\. Nothing was written\./)

    const damaged = join(dir, 'damaged.zip')
    // A zip's first bytes and then nothing whole: what a copy cut off early looks like.
    writeFileSync(damaged, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(3000, 7)]))
    const target = embedded(join(dir, 'refused'))
    const run = await runCli(['import', damaged], target.env)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^Import refused: The file is not a complete zip .*nothing was imported/s)
    expect(await read(target, async (db) => (await db.selectFrom('centers').select('id').execute()).length)).toBe(0)
  }, 120_000)
})
