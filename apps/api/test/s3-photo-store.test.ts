import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../src/app-instance'
import { buildApp } from '../src/app'
import { loadConfig } from '../src/config'
import type { Database } from '../src/db/database'
import { exportScope } from '../src/modules/portability/export'
import { importExport } from '../src/modules/portability/import'
import { scheduleFileStoreSweep } from '../src/modules/records/file-store-sweep'
import { photoStore } from '../src/modules/records/photo-store'
import { sha256Hex, signRequest } from '../src/modules/records/s3-signer'
import { runCli } from './support/cli'
import { attachmentForm, tinyPdf } from './support/co-building-fixtures'
import { countRows, newWorld, signIn } from './support/factories'
import { openZip } from './support/portability'
import { cameraJpeg, photoForm } from './support/record-photos'
import { startS3Server } from './support/s3-server'
import { createTestDatabase, useTestApp } from './support/test-app'

/*
 * Issue 18: with S3_BUCKET set, record photos and agreements' attachments are objects in an
 * S3-compatible bucket (here a local server that checks every request's signature itself), each
 * named by a row of stored_objects written in the transaction of the change it belongs to.
 */
const s3 = await startS3Server()
afterAll(() => s3.close())
const ctx = useTestApp({ env: s3.env })
const HOUR = 3_600_000

const call = (app: App, cookie: string | undefined, method: string, url: string, payload?: object, headers: Record<string, string> = {}) =>
  app.inject({ method: method as 'POST', url: `/api${url}`, headers: { ...(cookie && { cookie }), ...headers }, ...(payload && { payload }) })
const upload = (cookie: string, recordId: string, bytes: Buffer) =>
  ctx.app.inject({ method: 'POST', url: `/api/records/${recordId}/photos`, headers: { cookie }, payload: photoForm([{ name: 'IMG_0001.JPG', bytes }]) })
const attach = (cookie: string, id: string, name: string, bytes: Buffer, type: string) =>
  ctx.app.inject({ method: 'PUT', url: `/api/co-building/agreements/${id}/attachment`, headers: { cookie }, payload: attachmentForm(name, bytes, type) })
const objectsUnder = (path: string) => [...s3.objects.keys()].filter((k) => k.startsWith(`linli/${path}`))
const sweep = (now: Date) => photoStore(ctx.app.config).sweep!(ctx.db, now)
/** Every object the bucket holds, dated back so the sweep may take what no row names. */
const ageObjects = (ms = 2 * HOUR) => { for (const o of s3.objects.values()) o.lastModified = new Date(o.lastModified.getTime() - ms) }
const refusedSignatures = () => s3.log.filter((l) => l.status === 403)

async function draftRecord(w: Awaited<ReturnType<typeof newWorld>>) {
  const res = await call(ctx.app, w.as.staff, 'POST', `/centers/${w.centerA}/records`, { title: '义诊活动', body: '医院来了三位医生。', tags: [] })
  expect(res.statusCode).toBe(201)
  return res.json().id as string
}

describe('the S3 photo store', () => {
  let w: Awaited<ReturnType<typeof newWorld>>
  beforeAll(async () => {
    w = await newWorld(ctx.app, ctx.db)
  })

  it('is chosen by S3_BUCKET; without it files stay in the database', () => {
    expect(photoStore(ctx.app.config).kind).toBe('s3')
    expect(photoStore(loadConfig({})).kind).toBe('database')
  })

  it("puts a record's photos in the bucket, serves them without EXIF, and deletes them with the photo", async () => {
    const record = await draftRecord(w)
    const added = await upload(w.as.staff, record, await cameraJpeg())
    expect(added.statusCode).toBe(200)
    const photoId = added.json().photos[0].id as string
    // Three sizes in two formats, in the bucket; no bytes in the database, a row per object.
    expect(objectsUnder(`photos/${photoId}/`)).toHaveLength(6)
    expect(await countRows(ctx.db, 'stored_files')).toBe(0)
    const rows = await ctx.db.selectFrom('stored_objects').selectAll().where('key', 'like', `photos/${photoId}/%`).orderBy('key').execute()
    expect(rows.map((r) => r.key)).toEqual(['phone', 'screen', 'thumb'].flatMap((v) => [`photos/${photoId}/${v}.jpeg`, `photos/${photoId}/${v}.webp`]))
    for (const r of rows) expect(s3.objects.get(r.object_key)).toMatchObject({ contentType: r.content_type })

    for (const [accept, format] of [['image/webp,image/*', 'webp'], ['image/jpeg', 'jpeg']] as const) {
      const res = await call(ctx.app, w.as.staff, 'GET', `/photos/${photoId}/phone`, undefined, { accept })
      expect([res.statusCode, res.headers['content-type']]).toEqual([200, `image/${format}`])
      const meta = await sharp(res.rawPayload).metadata()
      expect({ format: meta.format, exif: meta.exif, orientation: meta.orientation }).toEqual({ format, exif: undefined, orientation: undefined })
      expect(res.rawPayload.includes(Buffer.from('LinliCam'))).toBe(false)
    }

    const removed = await call(ctx.app, w.as.staff, 'DELETE', `/records/${record}/photos/${photoId}`)
    expect(removed.statusCode).toBe(200)
    expect(await ctx.db.selectFrom('stored_objects').select('key').where('key', 'like', `photos/${photoId}/%`).execute()).toEqual([])
    // The objects stay until the sweep (a rolled-back delete would still need them), then go.
    expect(objectsUnder(`photos/${photoId}/`)).toHaveLength(6)
    ageObjects()
    await sweep(new Date())
    expect(objectsUnder(`photos/${photoId}/`)).toEqual([])
    expect(refusedSignatures()).toEqual([])
  }, 30_000)

  it("round-trips an agreement's attachment, replaced and removed", async () => {
    const unit = await call(ctx.app, w.as.admin, 'POST', '/co-building/units', { regionId: w.subA.id, name: '市第一人民医院', kind: 'hospital', centerIds: [w.centerA] })
    const agreement = await call(ctx.app, w.as.manager, 'POST', `/co-building/units/${unit.json().id}/agreements`, { centerId: w.centerA, title: '医疗健康共建协议', startsOn: '2026-01-01', endsOn: '2027-12-31' })
    const id = agreement.json().id as string
    expect((await attach(w.as.manager, id, '协议.pdf', tinyPdf(), 'application/pdf')).statusCode).toBe(200)
    const pdf = await call(ctx.app, w.as.manager, 'GET', `/co-building/agreements/${id}/attachment`)
    expect([pdf.statusCode, pdf.headers['content-type'], pdf.rawPayload.equals(tinyPdf())]).toEqual([200, 'application/pdf', true])

    // Replaced by a scan under the same key: a new object, the old one left for the sweep.
    expect((await attach(w.as.manager, id, '签字页.jpg', await cameraJpeg(), 'image/jpeg')).statusCode).toBe(200)
    const scan = await call(ctx.app, w.as.manager, 'GET', `/co-building/agreements/${id}/attachment`)
    expect([scan.statusCode, scan.headers['content-type']]).toEqual([200, 'image/jpeg'])
    expect((await sharp(scan.rawPayload).metadata()).exif).toBeUndefined()
    expect(objectsUnder(`agreements/${id}/`)).toHaveLength(2)

    expect((await call(ctx.app, w.as.manager, 'DELETE', `/co-building/agreements/${id}/attachment`)).statusCode).toBe(200)
    expect((await call(ctx.app, w.as.manager, 'GET', `/co-building/agreements/${id}/attachment`)).statusCode).toBe(404)
    ageObjects()
    await sweep(new Date())
    expect(objectsUnder(`agreements/${id}/`)).toEqual([])
  }, 30_000)

  it('answers 503 file_store_unavailable when the bucket fails or cannot be reached, and stores nothing', async () => {
    const record = await draftRecord(w)
    const before = { photos: await countRows(ctx.db, 'record_photos'), rows: await countRows(ctx.db, 'stored_objects') }
    const photo = await cameraJpeg()
    s3.failing = 'ServiceUnavailable'
    try {
      const res = await upload(w.as.staff, record, photo)
      expect(res.statusCode).toBe(503)
      expect(res.json()).toEqual({ statusCode: 503, code: 'file_store_unavailable', message: expect.stringContaining('nothing was changed') })
      expect(res.body).not.toContain(s3.endpoint)
    } finally {
      s3.failing = undefined
    }
    await s3.down()
    try {
      const res = await upload(w.as.staff, record, photo)
      expect([res.statusCode, res.json().code]).toEqual([503, 'file_store_unavailable'])
    } finally {
      await s3.up()
    }
    expect({ photos: await countRows(ctx.db, 'record_photos'), rows: await countRows(ctx.db, 'stored_objects') }).toEqual(before)
    expect((await call(ctx.app, w.as.staff, 'GET', `/records/${record}`)).json().photos).toEqual([])
    // It works again once the bucket answers.
    expect((await upload(w.as.staff, record, photo)).statusCode).toBe(200)
  }, 30_000)

  it('sweeps objects no row names once older than an hour, keeping named ones, fresh ones and what lies outside its prefix', async () => {
    const record = await draftRecord(w)
    const added = await upload(w.as.staff, record, await cameraJpeg())
    const photoId = added.json().photos[0].id as string
    // A transaction that put a file and then rolled back: the object stays, no row names it.
    await ctx.db.transaction().execute(async (trx) => {
      await photoStore(ctx.app.config).put(trx, `photos/${photoId}/extra.webp`, { bytes: Buffer.from('rolled back'), contentType: 'image/webp' })
      throw new Error('roll back')
    }).catch(() => undefined)
    expect(await ctx.db.selectFrom('stored_objects').select('key').where('key', '=', `photos/${photoId}/extra.webp`).execute()).toEqual([])
    const strayKey = objectsUnder(`photos/${photoId}/extra.webp~`)[0]!
    const other = { bytes: Buffer.from('not ours'), contentType: 'text/plain', lastModified: new Date(Date.now() - 5 * HOUR) }
    s3.objects.set('elsewhere/notes.txt', other)
    s3.pageSize = 2
    try {
      // Within the hour nothing is taken: the upload may be in a transaction that commits later.
      expect((await sweep(new Date())).deleted).toBe(0)
      // A server shutting down stops after the page at hand.
      const listings = () => s3.log.filter((l) => l.method === 'GET' && l.path === `/${s3.bucket}/`).length
      const before = listings()
      await photoStore(ctx.app.config).sweep!(ctx.db, new Date(), () => true)
      expect(listings()).toBe(before + 1)
      expect(s3.objects.has(strayKey)).toBe(true)
      const swept = await sweep(new Date(Date.now() + 2 * HOUR))
      expect(swept.deleted).toBeGreaterThanOrEqual(1)
      expect(s3.objects.has(strayKey)).toBe(false)
      expect(s3.objects.has('elsewhere/notes.txt')).toBe(true)
      expect(objectsUnder(`photos/${photoId}/`)).toHaveLength(6)
      expect((await call(ctx.app, w.as.staff, 'GET', `/photos/${photoId}/thumb`)).statusCode).toBe(200)
    } finally {
      s3.pageSize = 1000
    }
    // Page by page: the listing went on with continuation tokens.
    expect(s3.log.filter((l) => l.method === 'GET' && l.path === `/${s3.bucket}/`).length).toBeGreaterThan(2)
  }, 30_000)

  it('runs the sweep as a background job of the server, which stops with it', async () => {
    const app = await buildApp({ config: ctx.app.config, db: ctx.db, clock: () => ctx.now, logger: false, webApps: [], backgroundJobs: false })
    scheduleFileStoreSweep(app)
    const orphan = 'linli/photos/job/thumb.webp~orphan'
    s3.objects.set(orphan, { bytes: Buffer.from('x'), contentType: 'image/webp', lastModified: new Date(Date.now() - 2 * HOUR) })
    await app.ready()
    try {
      await expect.poll(() => s3.objects.has(orphan), { timeout: 20_000, interval: 100 }).toBe(false)
    } finally {
      await app.close()
    }
    expect(await ctx.db.selectFrom('jobs').select(['name', 'last_error']).where('name', '=', 'sweep-file-store').execute()).toEqual([{ name: 'sweep-file-store', last_error: null }])
  }, 30_000)

  it('refuses an export with 409 export_incomplete when a file a row names is gone from the bucket, and sends no zip', async () => {
    const record = await draftRecord(w)
    const photoId = (await upload(w.as.staff, record, await cameraJpeg())).json().photos[0].id as string
    const lost = (await ctx.db.selectFrom('stored_objects').select('object_key').where('key', '=', `photos/${photoId}/thumb.jpeg`).executeTakeFirstOrThrow()).object_key
    const kept = s3.objects.get(lost)!
    s3.objects.delete(lost)
    try {
      const res = await call(ctx.app, w.as.admin, 'GET', `/regions/${w.districtA.id}/export.zip`)
      expect([res.statusCode, res.json().code, res.headers['content-type']]).toEqual([409, 'export_incomplete', expect.stringContaining('application/json')])
      expect(res.json().message).toContain(`photos/${photoId}/thumb.jpeg`)
    } finally {
      s3.objects.set(lost, kept)
      await call(ctx.app, w.as.staff, 'DELETE', `/records/${record}/photos/${photoId}`)
    }
  }, 30_000)

  it('carries the files in an export and puts them into the bucket of the installation importing it', async () => {
    const record = await draftRecord(w)
    const photoId = (await upload(w.as.staff, record, await cameraJpeg())).json().photos[0].id as string
    const zip = (await exportScope(ctx.db, { kind: 'region', id: w.districtA.id }, ctx.now, photoStore(ctx.app.config)))!.zip
    const files = openZip(zip).tables.stored_files!
    expect(files.rows.map((r) => r[files.columns.indexOf('key')])).toEqual(expect.arrayContaining([`photos/${photoId}/screen.webp`, `photos/${photoId}/thumb.jpeg`]))

    const cleanups: (() => Promise<void>)[] = []
    try {
      const appOn = async (db: Database, env: Record<string, string>) => {
        const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', LINLI_SEED: '0', ...env }), db, clock: () => ctx.now, logger: false, webApps: [], backgroundJobs: false })
        await app.ready()
        cleanups.push(() => app.close())
        return app
      }
      // Into another bucket (another prefix of this server), and into a database store.
      for (const env of [{ ...s3.env, S3_PREFIX: 'moved/' }, {}] as Record<string, string>[]) {
        const target = await createTestDatabase()
        cleanups.push(target.drop)
        const there = await appOn(target.db, env)
        const summary = await importExport(target.db, zip, photoStore(there.config))
        expect(summary.tables.find((t) => t.table === 'stored_files')!.inserted).toBe(files.rows.length)
        if (env.S3_PREFIX) expect([...s3.objects.keys()].filter((k) => k.startsWith(`moved/photos/${photoId}/`))).toHaveLength(6)
        const staff = (await signIn(there, w.usernames.staff)).cookie
        const before = await call(ctx.app, w.as.staff, 'GET', `/photos/${photoId}/screen`)
        const after = await call(there, staff, 'GET', `/photos/${photoId}/screen`)
        expect([after.statusCode, after.rawPayload.equals(before.rawPayload)]).toEqual([200, true])
        // Importing again changes nothing.
        expect((await importExport(target.db, zip, photoStore(there.config))).tables.find((t) => t.table === 'stored_files')!.inserted).toBe(0)
      }
    } finally {
      for (const c of cleanups.reverse()) await c()
    }
  }, 60_000)
})

describe('the test bucket checks signatures itself', () => {
  const put = (headers: Record<string, string>, body: Buffer, secret = s3.secretAccessKey, date = new Date()) => {
    const host = new URL(s3.endpoint).host
    const signed = signRequest({
      method: 'PUT', path: `/${s3.bucket}/linli/check.txt`, headers: { host, 'content-type': 'text/plain', ...headers }, payloadHash: sha256Hex(body),
      accessKeyId: s3.accessKeyId, secretAccessKey: secret, region: 'us-east-1', date,
    })
    const { host: _, ...sent } = signed.headers
    return { sent, send: (b = body, h = sent) => fetch(`${s3.endpoint}/${s3.bucket}/linli/check.txt`, { method: 'PUT', headers: h, body: new Uint8Array(b) }) }
  }
  const code = async (res: Response) => [res.status, /<Code>(.*)<\/Code>/.exec(await res.text())?.[1]]

  it('accepts a correctly signed request and refuses a wrong secret, a changed body, a changed header and an old date', async () => {
    const body = Buffer.from('hello')
    expect((await put({}, body).send()).status).toBe(200)
    expect(await code(await put({}, body, 'wrong-secret').send())).toEqual([403, 'SignatureDoesNotMatch'])
    expect(await code(await put({}, body).send(Buffer.from('HELLO')))).toEqual([400, 'XAmzContentSHA256Mismatch'])
    const signed = put({}, body)
    expect(await code(await signed.send(body, { ...signed.sent, 'content-type': 'text/html' }))).toEqual([403, 'SignatureDoesNotMatch'])
    expect(await code(await put({}, body, s3.secretAccessKey, new Date(Date.now() - HOUR)).send())).toEqual([403, 'RequestTimeTooSkewed'])
    expect(await code(await signed.send(body, { ...signed.sent, 'x-amz-date': '20261399T000000Z' }))).toEqual([403, 'AccessDenied'])
  })

  it('makes a store with the wrong secret fail with 503, not a stack trace', async () => {
    const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', LINLI_SEED: '0', ...s3.env, S3_SECRET_ACCESS_KEY: 'not-the-secret' }), db: ctx.db, clock: () => ctx.now, logger: false, webApps: [], backgroundJobs: false })
    try {
      await app.ready()
      const w = await newWorld(app, ctx.db)
      const record = await draftRecord(w)
      const res = await app.inject({ method: 'POST', url: `/api/records/${record}/photos`, headers: { cookie: w.as.staff }, payload: photoForm([{ name: 'a.jpg', bytes: await cameraJpeg() }]) })
      expect([res.statusCode, res.json().code]).toEqual([503, 'file_store_unavailable'])
      expect(s3.log.at(-1)).toMatchObject({ status: 403, code: 'SignatureDoesNotMatch' })
    } finally {
      await app.close()
    }
  }, 30_000)
})

describe('npm run linli -- sweep-files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'linli-sweep-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('deletes the old objects no row names, and says so when the bucket cannot be reached', async () => {
    const env = { LINLI_DATA_DIR: join(dir, 'pg'), ...s3.env, S3_PREFIX: 'cli-sweep/' }
    const object = (ageMs: number) => ({ bytes: Buffer.from('x'), contentType: 'image/webp', lastModified: new Date(Date.now() - ageMs) })
    s3.objects.set('cli-sweep/photos/p/thumb.webp~old', object(2 * HOUR))
    s3.objects.set('cli-sweep/photos/p/thumb.webp~new', object(0))
    const run = await runCli(['sweep-files'], env)
    expect([run.code, run.stderr]).toEqual([0, ''])
    expect(run.stdout).toMatch(/deleted 1 object\(s\) no row names, kept 1/)
    expect([...s3.objects.keys()].filter((k) => k.startsWith('cli-sweep/'))).toEqual(['cli-sweep/photos/p/thumb.webp~new'])

    expect((await runCli(['doctor'], env)).stdout).toMatch(/\[ ok \] bucket +linli-test at http:\/\/127\.0\.0\.1:\d+ answers \(1 object\(s\) under cli-sweep\/\)/)
    const wrongKey = await runCli(['doctor'], { ...env, S3_SECRET_ACCESS_KEY: 'not-the-secret' })
    expect(wrongKey.stdout).toMatch(/\[FAIL\] bucket +S3 GET .*: 403 SignatureDoesNotMatch.*\n.*→ Photos and attachments cannot be stored or shown/)
    await s3.down()
    const down = await runCli(['sweep-files'], env).finally(() => s3.up())
    expect(down.code).toBe(1)
    expect(down.stderr).toContain(`The bucket did not answer as it should (S3 GET /?list-type=2&prefix=cli-sweep%2F at ${s3.endpoint}: ECONNREFUSED)`)
    expect(down.stderr).not.toContain(s3.secretAccessKey)
    expect((await runCli(['sweep-files'], { LINLI_DATA_DIR: join(dir, 'pg') })).stdout).toMatch(/S3_BUCKET is not set/)
  }, 120_000)
})
