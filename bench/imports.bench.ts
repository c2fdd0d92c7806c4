// 8. Importing 10,000 residents from a spreadsheet through the import engine (read, check every
//    row, keep the preview, then commit in one transaction: accounts, center registrations,
//    households and their members, organisations) against inserting the same 10,000 residents
//    with one COPY, on PostgreSQL and on PGlite (one multi-row INSERT there), in the same run.
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { type Database, createDatabase } from '@linli/api/src/db/database'
import { migrateToLatest } from '@linli/api/src/db/migrate'
import { commitImport, previewImport } from '@linli/api/src/modules/imports/engine'
import { importers } from '@linli/api/src/modules/imports/registry'
import { insertStaff } from '@linli/api/src/modules/auth/staff.repository'
import { insertCenter } from '@linli/api/src/modules/centers/centers.repository'
import { insertRegion } from '@linli/api/src/modules/regions/regions.repository'
import { createBenchDatabase } from './lib/database'
import type { Bench, Row } from './lib/report'

const RESIDENTS = 10_000

/** The residents as a center's spreadsheet has them: a household for every two, an organisation for one in ten. */
const people = (prefix: string) => Array.from({ length: RESIDENTS }, (_, i) => ({
  name: `居民${i + 1}`, phone: `${prefix}${String(i).padStart(8, '0')}`, household: `幸福里 ${Math.floor(i / 2) + 1} 号`, organisation: i % 10 === 0 ? `兴趣小组${i % 50}` : '',
}))

const csvOf = (rows: ReturnType<typeof people>) =>
  Buffer.from(`\ufeff姓名,手机号,家庭,组织,登记日期\r\n${rows.map((r) => `${r.name},${r.phone},${r.household},${r.organisation},2026-03-01`).join('\r\n')}\r\n`)

async function newCenter(db: Database) {
  const district = await insertRegion(db, { parentId: null, level: 'district', name: '导入基准区' })
  const sub = await insertRegion(db, { parentId: district.id, level: 'subdistrict', name: '导入基准街道' })
  const centerId = await insertCenter(db, { regionId: sub.id, name: '导入基准党群服务中心', address: '郑州市', areaM2: 3000 })
  const staff = await insertStaff(db, { username: 'import-bench', displayName: '基准测试', passwordHash: 'x', role: 'center_manager', centerId })
  return { centerId, actor: { id: staff.id, role: 'center_manager' as const, regionId: null, centerId } }
}

/** Milliseconds for the engine: the preview (read, check, store) and the commit, separately. */
async function throughEngine(db: Database) {
  const residentsImporter = importers.residents!
  const { centerId, actor } = await newCenter(db)
  const file = csvOf(people('138'))
  const now = new Date()
  const t0 = performance.now()
  const preview = await previewImport(db, residentsImporter, file, { actor, centerId, regionId: null, now })
  const t1 = performance.now()
  const { preview: done } = await commitImport(db, actor, preview.id, now)
  const t2 = performance.now()
  if (done.summary.created !== RESIDENTS) throw new Error(`engine created ${done.summary.created} of ${RESIDENTS}`)
  const again = await previewImport(db, residentsImporter, file, { actor, centerId, regionId: null, now })
  if (again.summary.unchanged !== RESIDENTS) throw new Error('re-import is not idempotent')
  return { preview: t1 - t0, commit: t2 - t1, total: t2 - t0, bytes: file.length }
}

const count = async (db: Database, phonePrefix: string) =>
  Number((await sql<{ n: string }>`select count(*) as n from residents where phone like ${`${phonePrefix}%`}`.execute(db)).rows[0]!.n)

async function runOn(label: string, db: Database, baseline: (rows: ReturnType<typeof people>) => Promise<void>): Promise<{ rows: Row[]; notes: string[] }> {
  // The baseline's own numbers (139…), so both land in the same tables and indexes, one after the other.
  const base = people('139')
  const b0 = performance.now()
  await baseline(base)
  const copyMs = performance.now() - b0
  if ((await count(db, '139')) !== RESIDENTS) throw new Error(`${label}: baseline inserted ${await count(db, '139')}`)
  const engine = await throughEngine(db)
  return {
    rows: [
      { metric: `${label}: 10,000 residents, preview + commit`, unit: 'ms', baseline: copyMs, subject: engine.total, better: 'lower' },
      { metric: `${label}: preview (read, check, store)`, unit: 'ms', baseline: null, subject: engine.preview, better: 'lower' },
      { metric: `${label}: commit (check again, write)`, unit: 'ms', baseline: null, subject: engine.commit, better: 'lower' },
    ],
    notes: [`${label}: ${(engine.bytes / 1024).toFixed(0)} KB CSV; engine/baseline = ${(engine.total / copyMs).toFixed(1)}×; a second preview of the same file: 10,000 unchanged`],
  }
}

const bench: Bench = {
  name: 'imports',
  async run() {
    const pgDb = await createBenchDatabase('imports')
    const onPostgres = await runOn('PostgreSQL', pgDb.db, async (rows) => {
      // Server-side COPY from a file: the fastest way rows get into PostgreSQL (the server runs on this machine).
      const path = join(tmpdir(), `linli-bench-residents-${process.pid}.csv`)
      writeFileSync(path, rows.map((r) => `${r.name},${r.phone},!imported`).join('\n'), { mode: 0o644 })
      await sql`copy residents (name, phone, password_hash) from ${sql.lit(path)} with (format csv)`.execute(pgDb.db)
    })
    await pgDb.drop()

    const lite = await createDatabase({ kind: 'pglite' })
    await migrateToLatest(lite)
    const onPglite = await runOn('PGlite', lite, async (rows) => {
      await lite.insertInto('residents').values(rows.map((r) => ({ name: r.name, phone: r.phone, password_hash: '!imported' }))).execute()
    })
    await lite.destroy()

    return {
      name: 'imports',
      title: 'Importing 10,000 residents (households, organisations) from a CSV through the import engine',
      baselineLabel: 'one COPY (PGlite: one INSERT) of the residents',
      subjectLabel: 'engine: preview + commit',
      rows: [...onPostgres.rows, ...onPglite.rows],
      notes: [
        ...onPostgres.notes, ...onPglite.notes,
        'The engine also registers each resident at the center and writes 5,000 households, 10,000 household members, 50 organisations and 1,000 memberships; the baseline writes the residents only.',
      ],
    }
  },
}
export default bench
