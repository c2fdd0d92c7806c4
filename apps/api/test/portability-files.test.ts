import { createHash } from 'node:crypto'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../src/app-instance'
import { buildApp } from '../src/app'
import { loadConfig } from '../src/config'
import type { Database } from '../src/db/database'
import { type ExportManifest, PortabilityError } from '../src/modules/portability/archive'
import { readRows, writeRows } from '../src/modules/portability/csv-rows'
import { exportScope } from '../src/modules/portability/export'
import { importExport } from '../src/modules/portability/import'
import { tableChecksums } from './support/cli'
import { attachmentForm, tinyPdf } from './support/co-building-fixtures'
import { newWorld, signIn } from './support/factories'
import { cameraJpeg, photoForm } from './support/record-photos'
import { createTestDatabase, useTestApp } from './support/test-app'

/** A zip's entries with one table's rows changed, its manifest line (checksum, row count) made to match. */
function resealed(zip: Uint8Array, table: string, change: (columns: string[], rows: (string | null)[][]) => (string | null)[][]) {
  const entries = unzipSync(zip)
  const file = `tables/${table}.csv`
  const { columns, rows } = readRows(strFromU8(entries[file]!))
  const changed = change(columns, rows)
  entries[file] = strToU8(writeRows(columns, changed))
  const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as ExportManifest
  const line = manifest.files.find((f) => f.file === file)!
  line.rows = changed.length
  line.sha256 = createHash('sha256').update(entries[file]).digest('hex')
  entries['manifest.json'] = strToU8(JSON.stringify(manifest))
  return zipSync(entries)
}

describe("a region's export carries its agreements' attachments and its records' photos", () => {
  const ctx = useTestApp()
  const cleanups: (() => Promise<void>)[] = []
  let w: Awaited<ReturnType<typeof newWorld>>
  const ids = { pdf: '', scan: '', photo: '' }
  let zip: Uint8Array

  const call = (app: App, cookie: string, method: string, url: string, payload?: object) =>
    app.inject({ method: method as 'POST', url: `/api${url}`, headers: { cookie }, ...(payload && { payload }) })
  const fresh = async () => {
    const created = await createTestDatabase()
    cleanups.push(created.drop)
    return created.db
  }
  /** The API on another database, as the installation the export moved to would serve it. */
  const appOn = async (db: Database) => {
    const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1', LINLI_SEED: '0' }), db, clock: () => ctx.now, logger: false, webApps: [], backgroundJobs: false })
    await app.ready()
    cleanups.push(() => app.close())
    return app
  }

  beforeAll(async () => {
    w = await newWorld(ctx.app, ctx.db)
    const unit = await call(ctx.app, w.as.admin, 'POST', '/co-building/units', { regionId: w.subA.id, name: '市第一人民医院', kind: 'hospital', centerIds: [w.centerA] })
    expect(unit.statusCode).toBe(201)
    const agreement = async (title: string, name: string, bytes: Buffer, type: string) => {
      const a = await call(ctx.app, w.as.manager, 'POST', `/co-building/units/${unit.json().id}/agreements`, { centerId: w.centerA, title, startsOn: '2026-01-01', endsOn: '2027-12-31' })
      expect(a.statusCode).toBe(201)
      const up = await ctx.app.inject({ method: 'PUT', url: `/api/co-building/agreements/${a.json().id}/attachment`, headers: { cookie: w.as.manager }, payload: attachmentForm(name, bytes, type) })
      expect(up.statusCode).toBe(200)
      return a.json().id as string
    }
    ids.pdf = await agreement('医疗健康共建协议', '协议.pdf', tinyPdf(), 'application/pdf')
    ids.scan = await agreement('义诊协议', '签字页.jpg', await cameraJpeg(), 'image/jpeg')
    const record = await call(ctx.app, w.as.staff, 'POST', `/centers/${w.centerA}/records`, { title: '义诊活动', body: '医院来了三位医生。', tags: [] })
    expect(record.statusCode).toBe(201)
    const added = await ctx.app.inject({ method: 'POST', url: `/api/records/${record.json().id}/photos`, headers: { cookie: w.as.staff }, payload: photoForm([{ name: 'IMG_0001.JPG', bytes: await cameraJpeg() }]) })
    expect(added.statusCode).toBe(200)
    ids.photo = added.json().photos[0].id
    zip = (await exportScope(ctx.db, { kind: 'region', id: w.districtA.id }, ctx.now))!.zip
  }, 60_000)
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  })

  it('moves them to an empty database: the attachments download with the same bytes, name and type, the photos show', async () => {
    const target = await fresh()
    await importExport(target, zip)
    const there = await appOn(target)
    const admin = (await signIn(there, w.usernames.admin)).cookie
    const staff = (await signIn(there, w.usernames.staff)).cookie
    for (const id of [ids.pdf, ids.scan]) {
      const before = await call(ctx.app, w.as.admin, 'GET', `/co-building/agreements/${id}/attachment`)
      const after = await call(there, admin, 'GET', `/co-building/agreements/${id}/attachment`)
      expect(after.statusCode).toBe(200)
      expect(after.rawPayload.equals(before.rawPayload)).toBe(true)
      expect([after.headers['content-type'], after.headers['content-disposition']]).toEqual([before.headers['content-type'], before.headers['content-disposition']])
      expect((await call(there, admin, 'GET', `/co-building/agreements/${id}`)).json().attachment).toEqual((await call(ctx.app, w.as.admin, 'GET', `/co-building/agreements/${id}`)).json().attachment)
    }
    expect((await call(there, admin, 'GET', `/co-building/agreements/${ids.pdf}/attachment`)).rawPayload.equals(tinyPdf())).toBe(true)
    for (const variant of ['screen', 'phone', 'thumb']) {
      const before = await call(ctx.app, w.as.staff, 'GET', `/photos/${ids.photo}/${variant}`)
      const after = await call(there, staff, 'GET', `/photos/${ids.photo}/${variant}`)
      expect([variant, after.statusCode, after.headers['content-type']]).toEqual([variant, 200, before.headers['content-type']])
      expect(after.rawPayload.equals(before.rawPayload)).toBe(true)
    }
  }, 60_000)

  it('refuses an export whose file store misses an attachment or a photo, or holds a file larger than an upload may be, writing nothing', async () => {
    const target = await fresh()
    const before = await tableChecksums(target)
    const refused = async (edited: Uint8Array, message: RegExp) => {
      const error = await importExport(target, edited).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(PortabilityError)
      expect((error as Error).message).toMatch(message)
      expect(await tableChecksums(target)).toEqual(before)
    }
    const withoutKey = (prefix: string) => resealed(zip, 'stored_files', (columns, rows) => rows.filter((r) => !r[columns.indexOf('key')]!.startsWith(prefix)))

    const entries = unzipSync(zip)
    delete entries['tables/stored_files.csv']
    await refused(zipSync(entries), /tables\/stored_files\.csv is missing from the zip.*Nothing was imported/s)
    await refused(withoutKey(`agreements/${ids.scan}/`), new RegExp(`attachments are missing.*agreements/${ids.scan}/file, the attachment of agreement ${ids.scan} \\(义诊协议\\), is not there.*nothing was imported`, 's'))
    await refused(withoutKey(`photos/${ids.photo}/thumb`), new RegExp(`Record photos' files are missing.*2 file\\(s\\).*photos/${ids.photo}/thumb\\.webp`, 's'))
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 1).toString('base64')
    await refused(resealed(zip, 'stored_files', (columns, rows) => rows.map((r) => (r[columns.indexOf('key')] === `agreements/${ids.pdf}/file` ? r.map((v, i) => (i === columns.indexOf('bytes') ? big : v)) : r))),
      new RegExp(`larger than Linli accepts.*agreements/${ids.pdf}/file is 10485761 bytes, more than the 10 MB an upload may be`, 's'))
    // The agreement says PDF, the file store a photo: the download would not be what the list shows.
    await refused(resealed(zip, 'stored_files', (columns, rows) => rows.map((r) => (r[columns.indexOf('key')] === `agreements/${ids.pdf}/file` ? r.map((v, i) => (i === columns.indexOf('content_type') ? 'image/png' : v)) : r))),
      new RegExp(`agreements/${ids.pdf}/file is image/png, \\d+ bytes; agreement ${ids.pdf} says application/pdf`))
    expect(await target.selectFrom('co_building_agreements').select('id').execute()).toEqual([])
  }, 60_000)
})
