import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../src/app-instance'
import { buildApp } from '../src/app'
import { loadConfig } from '../src/config'
import type { Database } from '../src/db/database'
import { withDatabase } from '../src/cli/open-database'
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
const DAY = 24 * HOUR

const call = (app: App, cookie: string | undefined, method: string, url: string, payload?: object, headers: Record<string, string> = {}) =>
  app.inject({ method: method as 'POST', url: `/api${url}`, headers: { ...(cookie && { cookie }), ...headers }, ...(payload && { payload }) })
const upload = (cookie: string, recordId: string, bytes: Buffer) =>
  ctx.app.inject({ method: 'POST', url: `/api/records/${recordId}/photos`, headers: { cookie }, payload: photoForm([{ name: 'IMG_0001.JPG', bytes }]) })
const attach = (cookie: string, id: string, name: string, bytes: Buffer, type: string) =>
  ctx.app.inject({ method: 'PUT', url: `/api/co-building/agreements/${id}/attachment`, headers: { cookie }, payload: attachmentForm(name, bytes, type) })
const objectsUnder = (path: string) => [...s3.objects.keys()].filter((k) => k.startsWith(`linli/${path}`))
const sweep = (now: Date) => photoStore(ctx.app.config).sweep!(ctx.db, now)
const sweepOrphans = (now: Date, stopping?: () => boolean) => photoStore(ctx.app.config).sweepOrphans!(ctx.db, now, stopping)
/** The default retention (S3_RETENTION_DAYS) and a day, from now. */
const afterRetention = () => new Date(Date.now() + 31 * DAY)
const deletionsOf = (path: string) => ctx.db.selectFrom('stored_object_deletions').select(['key', 'object_key']).where('key', 'like', `${path}%`).orderBy('key').execute()
const listings = () => s3.log.filter((l) => l.method === 'GET' && l.path === `/${s3.bucket}/`).length
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
    // The objects stay for the retention period (a backup from before the delete still names them), then go.
    expect((await deletionsOf(`photos/${photoId}/`)).map((d) => d.object_key).sort()).toEqual(rows.map((r) => r.object_key).sort())
    expect(await sweep(new Date(Date.now() + 29 * DAY))).toMatchObject({ deleted: 0, waiting: expect.any(Number) })
    expect(objectsUnder(`photos/${photoId}/`)).toHaveLength(6)
    expect((await sweep(afterRetention())).deleted).toBeGreaterThanOrEqual(6)
    expect(objectsUnder(`photos/${photoId}/`)).toEqual([])
    expect(await deletionsOf(`photos/${photoId}/`)).toEqual([])
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
    expect(await deletionsOf(`agreements/${id}/`)).toHaveLength(2)
    await sweep(afterRetention())
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

  it('never follows a redirect with a signed request: 503 file_store_unavailable, and nothing is stored or sent elsewhere', async () => {
    const record = await draftRecord(w)
    const elsewhere: string[] = []
    const other = createServer((req, res) => {
      elsewhere.push(`${req.method} ${req.url}`)
      res.writeHead(200).end()
    })
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
    const before = { photos: await countRows(ctx.db, 'record_photos'), rows: await countRows(ctx.db, 'stored_objects'), objects: s3.objects.size }
    s3.redirecting = `http://127.0.0.1:${(other.address() as AddressInfo).port}`
    try {
      const res = await upload(w.as.staff, record, await cameraJpeg())
      expect([res.statusCode, res.json().code]).toEqual([503, 'file_store_unavailable'])
      expect(s3.log.at(-1)).toMatchObject({ method: 'PUT', status: 307 })
    } finally {
      s3.redirecting = undefined
      await new Promise((resolve) => other.close(resolve))
    }
    expect(elsewhere).toEqual([])
    expect({ photos: await countRows(ctx.db, 'record_photos'), rows: await countRows(ctx.db, 'stored_objects'), objects: s3.objects.size }).toEqual(before)
  }, 30_000)

  it('keeps the objects of a rolled-back delete, and of a deleted file whose object a row names again', async () => {
    const record = await draftRecord(w)
    const photoId = (await upload(w.as.staff, record, await cameraJpeg())).json().photos[0].id as string
    const keys = (await ctx.db.selectFrom('stored_objects').select('key').where('key', 'like', `photos/${photoId}/%`).execute()).map((r) => r.key)
    await ctx.db.transaction().execute(async (trx) => {
      await photoStore(ctx.app.config).delete(trx, keys)
      throw new Error('roll back')
    }).catch(() => undefined)
    expect(await deletionsOf(`photos/${photoId}/`)).toEqual([])
    await sweep(afterRetention())
    expect(objectsUnder(`photos/${photoId}/`)).toHaveLength(6)
    expect((await call(ctx.app, w.as.staff, 'GET', `/photos/${photoId}/thumb`)).statusCode).toBe(200)

    // Deleted, then its rows are back (a re-import, a partial restore): the deletion record no longer counts.
    const rows = await ctx.db.selectFrom('stored_objects').selectAll().where('key', 'like', `photos/${photoId}/%`).execute()
    expect((await call(ctx.app, w.as.staff, 'DELETE', `/records/${record}/photos/${photoId}`)).statusCode).toBe(200)
    expect(await deletionsOf(`photos/${photoId}/`)).toHaveLength(6)
    await ctx.db.insertInto('stored_objects').values(rows).execute()
    expect(await sweep(afterRetention())).toMatchObject({ deleted: 0, kept: 6 })
    expect(objectsUnder(`photos/${photoId}/`)).toHaveLength(6)
    expect(await deletionsOf(`photos/${photoId}/`)).toEqual([])
    await photoStore(ctx.app.config).delete(ctx.db, keys)
  }, 30_000)

  it("never lists the bucket in the default sweep, so another installation's objects stay; --orphans takes objects nothing names after 24 h", async () => {
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
    // A staging copy of a backup using the same bucket and prefix uploaded this; this database has no row for it.
    const theirs = 'linli/photos/staging/thumb.webp~theirs'
    const object = (ageMs: number) => ({ bytes: Buffer.from('not ours'), contentType: 'text/plain', lastModified: new Date(Date.now() - ageMs) })
    s3.objects.set(theirs, object(5 * DAY))
    s3.objects.set('elsewhere/notes.txt', object(5 * DAY))

    const lists = listings()
    await sweep(afterRetention())
    expect(listings()).toBe(lists)
    expect([s3.objects.has(strayKey), s3.objects.has(theirs)]).toEqual([true, true])

    // A file deleted here, waiting out the retention: --orphans leaves it to the default sweep.
    const deletedPhoto = (await upload(w.as.staff, record, await cameraJpeg())).json().photos.find((p: { id: string }) => p.id !== photoId).id as string
    expect((await call(ctx.app, w.as.staff, 'DELETE', `/records/${record}/photos/${deletedPhoto}`)).statusCode).toBe(200)

    s3.pageSize = 2
    try {
      // Within 24 hours nothing is taken: the upload may be in a long transaction (an import) that
      // commits later. Older, even another installation's object goes: hence only when told.
      const soon = new Date(Date.now() + 2 * HOUR)
      expect((await sweepOrphans(soon)).deleted).toBe(1)
      expect([s3.objects.has(strayKey), s3.objects.has(theirs)]).toEqual([true, false])
      // A server shutting down stops after the page at hand.
      const before = listings()
      await sweepOrphans(soon, () => true)
      expect(listings()).toBe(before + 1)
      const swept = await sweepOrphans(new Date(Date.now() + 25 * HOUR))
      expect(swept.deleted).toBeGreaterThanOrEqual(1)
      expect(s3.objects.has(strayKey)).toBe(false)
      expect(s3.objects.has('elsewhere/notes.txt')).toBe(true)
      expect(objectsUnder(`photos/${photoId}/`)).toHaveLength(6)
      expect(objectsUnder(`photos/${deletedPhoto}/`)).toHaveLength(6)
      expect((await call(ctx.app, w.as.staff, 'GET', `/photos/${photoId}/thumb`)).statusCode).toBe(200)
    } finally {
      s3.pageSize = 1000
    }
    // Page by page: the listing went on with continuation tokens.
    expect(listings()).toBeGreaterThan(lists + 3)
  }, 30_000)

  it('runs the sweep as a background job of the server, which stops with it', async () => {
    const app = await buildApp({ config: ctx.app.config, db: ctx.db, clock: () => ctx.now, logger: false, webApps: [], backgroundJobs: false })
    scheduleFileStoreSweep(app)
    const deleted = 'linli/photos/job/thumb.webp~deleted'
    const orphan = 'linli/photos/job/thumb.webp~orphan'
    for (const key of [deleted, orphan]) s3.objects.set(key, { bytes: Buffer.from('x'), contentType: 'image/webp', lastModified: new Date(Date.now() - 40 * DAY) })
    await ctx.db.insertInto('stored_object_deletions').values({ object_key: deleted, key: 'photos/job/thumb.webp', deleted_at: new Date(Date.now() - 31 * DAY) }).execute()
    await app.ready()
    try {
      await expect.poll(() => s3.objects.has(deleted), { timeout: 20_000, interval: 100 }).toBe(false)
    } finally {
      await app.close()
    }
    expect(await ctx.db.selectFrom('jobs').select(['name', 'last_error']).where('name', '=', 'sweep-file-store').execute()).toEqual([{ name: 'sweep-file-store', last_error: null }])
    // The server never takes an object nothing names: it may be another installation's.
    expect(s3.objects.has(orphan)).toBe(true)
    s3.objects.delete(orphan)
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

  it('deletes the objects of files deleted more than S3_RETENTION_DAYS ago, orphans only with --orphans, and says so when the bucket cannot be reached', async () => {
    const env = { LINLI_DATA_DIR: join(dir, 'pg'), ...s3.env, S3_PREFIX: 'cli-sweep/' }
    const object = (ageMs: number) => ({ bytes: Buffer.from('x'), contentType: 'image/webp', lastModified: new Date(Date.now() - ageMs) })
    s3.objects.set('cli-sweep/photos/p/thumb.webp~old', object(25 * HOUR))
    s3.objects.set('cli-sweep/photos/p/thumb.webp~new', object(2 * HOUR))
    s3.objects.set('cli-sweep/photos/q/thumb.webp~deleted', object(40 * DAY))
    const under = () => [...s3.objects.keys()].filter((k) => k.startsWith('cli-sweep/')).sort()
    const first = await runCli(['sweep-files'], env)
    expect([first.code, first.stderr]).toEqual([0, ''])
    expect(first.stdout).toMatch(/deleted 0 object\(s\) of files deleted more than 30 day\(s\) ago; 0 deleted file\(s\) wait/)
    expect(under()).toHaveLength(3)

    await withDatabase(loadConfig(env), (db) => db.insertInto('stored_object_deletions')
      .values({ object_key: 'cli-sweep/photos/q/thumb.webp~deleted', key: 'photos/q/thumb.webp', deleted_at: new Date(Date.now() - 31 * DAY) }).execute())
    const due = await runCli(['sweep-files'], env)
    expect([due.code, due.stderr]).toEqual([0, ''])
    expect(due.stdout).toMatch(/deleted 1 object\(s\) of files deleted more than 30 day\(s\) ago/)
    expect(under()).toEqual(['cli-sweep/photos/p/thumb.webp~new', 'cli-sweep/photos/p/thumb.webp~old'])

    const help = await runCli(['sweep-files', '--help'], env)
    expect(help.stdout).toMatch(/--orphans[\s\S]*only when this database is the only one using this bucket and prefix/)
    const orphans = await runCli(['sweep-files', '--orphans'], env)
    expect([orphans.code, orphans.stderr]).toEqual([0, ''])
    expect(orphans.stdout).toContain('--orphans: Run it only when this database is the only one using this bucket and prefix')
    expect(orphans.stdout).toMatch(/Orphans under cli-sweep\/: deleted 1 object\(s\) no row names and older than 24 hours, kept 1/)
    expect(under()).toEqual(['cli-sweep/photos/p/thumb.webp~new'])

    expect((await runCli(['doctor'], env)).stdout).toMatch(/\[ ok \] bucket +linli-test at http:\/\/127\.0\.0\.1:\d+ answers \(1 object\(s\) under cli-sweep\/\)/)
    const wrongKey = await runCli(['doctor'], { ...env, S3_SECRET_ACCESS_KEY: 'not-the-secret' })
    expect(wrongKey.stdout).toMatch(/\[FAIL\] bucket +S3 GET .*: 403 SignatureDoesNotMatch.*\n.*→ Photos and attachments cannot be stored or shown/)
    await s3.down()
    const down = await runCli(['sweep-files', '--orphans'], env).finally(() => s3.up())
    expect(down.code).toBe(1)
    expect(down.stderr).toContain(`The bucket did not answer as it should (S3 GET /?list-type=2&prefix=cli-sweep%2F at ${s3.endpoint}: ECONNREFUSED)`)
    expect(down.stderr).not.toContain(s3.secretAccessKey)
    expect((await runCli(['sweep-files'], { LINLI_DATA_DIR: join(dir, 'pg') })).stdout).toMatch(/S3_BUCKET is not set/)
    // Eight CLI starts, each opening PGlite: up to 15 s apiece on a busy machine.
  }, 300_000)
})
