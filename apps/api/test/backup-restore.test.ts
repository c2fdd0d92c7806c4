import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Database, createDatabase } from '../src/db/database'
import { migrateToLatest } from '../src/db/migrate'
import { sha256Of } from '../src/modules/backups/backup-set'
import { seedDemo } from '../src/seed/demo-seed'
import { runCli, tableChecksums } from './support/cli'
import { adminUrl } from './support/global-setup'
import { createTestDatabase } from './support/test-app'

const postgres = process.env.LINLI_TEST_DB === 'postgres'

/** A database of this project's kind, by what the CLI needs to find it, and a way to read it. */
interface Target { env: Record<string, string>; read<T>(f: (db: Database) => Promise<T>): Promise<T> }

function pgliteTarget(dataDir: string): Target {
  return {
    env: { LINLI_DATA_DIR: dataDir },
    read: async (f) => {
      const db = await createDatabase({ kind: 'pglite', dataDir })
      try {
        return await f(db)
      } finally {
        await db.destroy()
      }
    },
  }
}

describe('backup and restore drill: seed, back up, restore into a new database, compare every table', () => {
  const dir = mkdtempSync(join(tmpdir(), 'linli-drill-'))
  const backups = join(dir, 'backups')
  const cleanups: (() => Promise<void>)[] = []
  let source: Target
  /** A new, empty database each call. */
  let emptyTarget: () => Promise<Target>

  beforeAll(async () => {
    if (postgres) {
      const created = await createTestDatabase()
      cleanups.push(created.drop)
      await seedDemo(created.db, new Date('2026-11-20T02:00:00Z'))
      source = { env: { DATABASE_URL: created.url! }, read: (f) => f(created.db) }
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
      await admin.connect()
      cleanups.push(() => admin.end())
      emptyTarget = async () => {
        const name = `linli_t_${process.pid}_restore_${Math.random().toString(36).slice(2, 8)}`
        await admin.query(`create database ${name}`)
        const url = adminUrl(process.env.TEST_DATABASE_URL!, name)
        const db = await createDatabase({ kind: 'postgres', url })
        cleanups.push(async () => {
          await db.destroy()
          await admin.query(`drop database if exists ${name} with (force)`)
        })
        return { env: { DATABASE_URL: url }, read: (f) => f(db) }
      }
    } else {
      const dataDir = join(dir, 'source')
      const db = await createDatabase({ kind: 'pglite', dataDir })
      await migrateToLatest(db)
      await seedDemo(db, new Date('2026-11-20T02:00:00Z'))
      await db.destroy()
      source = pgliteTarget(dataDir)
      let n = 0
      emptyTarget = async () => pgliteTarget(join(dir, `restored-${++n}`))
    }
  }, 180_000)

  afterAll(async () => {
    for (const c of cleanups.reverse()) await c()
    rmSync(dir, { recursive: true, force: true })
  })

  let dump = ''
  it('writes a timestamped dump, a manifest and a sha256sum file', async () => {
    const run = await runCli(['backup', '--dir', backups], source.env)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const files = readdirSync(backups).sort()
    expect(files).toHaveLength(3)
    expect(files.map((f) => f.replace(/\d{4}-\d\d-\d\dT[\d-]+Z/, 'TIME'))).toEqual(
      ['linli-backup-TIME.json', `linli-backup-TIME.${postgres ? 'pgdump' : 'sql'}`, 'linli-backup-TIME.sha256'].sort())
    dump = join(backups, files.find((f) => /\.(pgdump|sql)$/.test(f))!)
    const sums = readFileSync(dump.replace(/\.\w+$/, '.sha256'), 'utf8')
    expect(sums).toContain(`${await sha256Of(dump)}  ${dump.split('/').pop()}`)
  }, 120_000)

  it('restores into a new database with every table identical to the original', async () => {
    const target = await emptyTarget()
    const run = await runCli(['restore', dump], target.env)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const original = await source.read(tableChecksums)
    expect(Object.keys(original).length).toBeGreaterThan(30)
    expect(original.activities).not.toMatch(/^0 rows/)
    expect(await target.read(tableChecksums)).toEqual(original)

    // Into a database that now has data, only when told to.
    const again = await runCli(['restore', dump], target.env)
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/is not empty .*--force.*Nothing was restored/s)
    const forced = await runCli(['restore', dump, '--force'], target.env)
    expect(forced.code).toBe(0)
    expect(await target.read(tableChecksums)).toEqual(original)
  }, 240_000)

  it('refuses a truncated backup and one from a newer version, writing nothing', async () => {
    const copy = join(dir, 'copies')
    rmSync(copy, { recursive: true, force: true })
    const base = dump.split('/').pop()!.replace(/\.\w+$/, '')
    const copyOf = (ext: string) => join(copy, `${base}.${ext}`)
    const copyAll = () => {
      rmSync(copy, { recursive: true, force: true })
      mkdirSync(copy, { recursive: true })
      for (const f of readdirSync(backups)) writeFileSync(join(copy, f), readFileSync(join(backups, f)))
    }
    copyAll()
    const ext = postgres ? 'pgdump' : 'sql'
    truncateSync(copyOf(ext), 1000)
    const target = await emptyTarget()
    const truncated = await runCli(['restore', copyOf('sha256')], target.env)
    expect(truncated.code).toBe(1)
    expect(truncated.stderr).toMatch(/truncated: 1000 bytes instead of \d+/)
    expect(await target.read(tableChecksums)).toEqual({})

    // A manifest naming a migration this version does not have, with checksums that match it.
    copyAll()
    const manifest = JSON.parse(readFileSync(copyOf('json'), 'utf8')) as { migrations: string[] }
    manifest.migrations.push('2099_01_01_0000_from_the_future')
    writeFileSync(copyOf('json'), JSON.stringify(manifest))
    const lines = readFileSync(copyOf('sha256'), 'utf8').trim().split('\n').filter((l) => !l.endsWith('.json'))
    lines.push(`${await sha256Of(copyOf('json'))}  ${base}.json`)
    writeFileSync(copyOf('sha256'), `${lines.join('\n')}\n`)
    const newer = await runCli(['restore', copyOf(ext)], target.env)
    expect(newer.code).toBe(1)
    expect(newer.stderr).toMatch(/newer version of Linli.*2099_01_01_0000_from_the_future.*Nothing was restored/s)
    expect(await target.read(tableChecksums)).toEqual({})
  }, 120_000)

  it('says how to use restore when the file is missing, and keeps only the newest backups', async () => {
    const usage = await runCli(['restore'], source.env)
    expect(usage.code).toBe(2)
    expect(usage.stderr).toMatch(/Which backup\?.*Usage: npm run linli -- restore/s)
    for (let i = 0; i < 2; i++) expect((await runCli(['backup', '--dir', backups], { ...source.env, LINLI_BACKUP_KEEP: '2' })).code).toBe(0)
    expect(readdirSync(backups).filter((f) => f.endsWith('.sha256'))).toHaveLength(2)
    expect(readdirSync(backups)).not.toContain(dump.split('/').pop())
  }, 180_000)
})
