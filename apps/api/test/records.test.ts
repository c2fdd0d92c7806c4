import { sql } from 'kysely'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { ActivityRecord, PublicRecord } from '@linli/contracts'
import { countRows, newResident, newStaff, signIn } from './support/factories'
import { newParticipationWorld } from './support/participation-world'
import { bombPng, cameraJpeg, photoForm, plainPng } from './support/record-photos'
import { useTestApp } from './support/test-app'

/*
 * 活动纪实: staff write a record of an activity with photos, confirm the people shown agreed, and
 * publish it for the lobby screens and phones. The clock stands at Friday 2026-11-20 10:00 in Shanghai.
 */
const ctx = useTestApp()
const send = (cookie: string | undefined, method: string, url: string, payload?: object, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: method as 'POST', url: `/api${url}`, headers: { ...(cookie && { cookie }), ...headers }, ...(payload && { payload }) })
const upload = (cookie: string, recordId: string, files: Parameters<typeof photoForm>[0]) =>
  ctx.app.inject({ method: 'POST', url: `/api/records/${recordId}/photos`, headers: { cookie }, payload: photoForm(files) })
const stored = async () => ({ photos: await countRows(ctx.db, 'record_photos'), files: await countRows(ctx.db, 'stored_files') })

async function setup() {
  const w = await newParticipationWorld(ctx.app, ctx.db)
  const { occurrenceId } = await w.activity({ title: '重阳节包饺子' })
  const draft = async (cookie = w.as.staff, body: object = {}) => {
    const res = await send(cookie, 'POST', `/centers/${w.centerA}/records`, { title: '重阳节包饺子活动', body: '三十多位老人一起包饺子。', tags: ['敬老'], organiser: '第一党支部', ...body })
    expect(res.statusCode).toBe(201)
    return res.json() as ActivityRecord
  }
  return { ...w, occurrenceId, draft }
}

describe('activity records with photos', () => {
  it('goes from a draft with photos through consent to published and back, photos served upright without EXIF', async () => {
    const w = await setup()
    // Two residents checked in and a walk-in group of three was counted at the door: five people came.
    for (const [resident, headcount] of [[w.alice.id, 1], [w.bob.id, 1], [null, 3]] as const)
      await ctx.db.insertInto('check_ins').values({ occurrence_id: w.occurrenceId, center_id: w.centerA, resident_id: resident, method: resident ? 'staff' : 'walk_in', headcount }).execute()
    const record = await w.draft(w.as.staff, { occurrenceId: w.occurrenceId })
    expect(record).toMatchObject({ status: 'draft', consent: false, photos: [], occurrence: { id: w.occurrenceId, title: '重阳节包饺子', checkedIn: 5 } })

    const added = await upload(w.as.staff, record.id, [{ name: 'IMG_0001.JPG', bytes: await cameraJpeg() }, { name: 'group.png', bytes: await plainPng(), type: 'image/png' }])
    expect(added.statusCode).toBe(200)
    const photos = (added.json() as ActivityRecord).photos
    // The camera's "turn 90°" is applied to the pixels: 400 x 200 becomes 200 x 400.
    expect(photos.map((p) => [p.width, p.height])).toEqual([[200, 400], [300, 300]])

    // A draft's photos are not public; the center's staff see them.
    const first = photos[0]!.id
    expect((await send(undefined, 'GET', `/photos/${first}/phone`)).statusCode).toBe(404)
    expect((await send(w.as.staff, 'GET', `/photos/${first}/phone`)).headers['cache-control']).toBe('private, no-cache')

    // Publishing needs the consent box: published records go to the lobby screens.
    const refused = await send(w.as.staff, 'POST', `/records/${record.id}/publish`)
    expect(refused.statusCode).toBe(409)
    expect(refused.json().code).toBe('record_consent_required')
    const consented = (await send(w.as.staff, 'PATCH', `/records/${record.id}`, { consent: true })).json() as ActivityRecord
    expect(consented).toMatchObject({ consent: true, consentByName: '测试人员', consentAt: ctx.now.toISOString() })
    const published = await send(w.as.staff, 'POST', `/records/${record.id}/publish`)
    expect(published.json()).toMatchObject({ status: 'published', publishedAt: ctx.now.toISOString() })
    // Taking consent back from a published record is refused: it is on the screens.
    expect((await send(w.as.staff, 'PATCH', `/records/${record.id}`, { consent: false })).json().code).toBe('record_consent_required')

    const list = await send(undefined, 'GET', `/centers/${w.centerA}/records`)
    const items = (list.json() as { items: PublicRecord[] }).items
    expect(items.map((r) => [r.title, r.organiser, r.occurrence?.checkedIn, r.photos.length])).toEqual([['重阳节包饺子活动', '第一党支部', 5, 2]])
    // Nobody's name or phone: not the staff member who confirmed, not the residents who came.
    for (const secret of ['测试人员', w.alice.name, w.alice.phone, w.bob.phone]) expect(list.body).not.toContain(secret)

    for (const variant of ['screen', 'phone', 'thumb'] as const) {
      for (const [accept, format] of [['image/webp,image/*', 'webp'], ['image/jpeg', 'jpeg']] as const) {
        const res = await send(undefined, 'GET', `/photos/${first}/${variant}`, undefined, { accept })
        expect(res.statusCode).toBe(200)
        expect(res.headers['content-type']).toBe(`image/${format}`)
        expect(res.headers['cache-control']).toBe('public, max-age=300')
        const meta = await sharp(res.rawPayload).metadata()
        expect({ format: meta.format, exif: meta.exif, orientation: meta.orientation, xmp: meta.xmp }).toEqual({ format, exif: undefined, orientation: undefined, xmp: undefined })
        expect(meta.height).toBeGreaterThan(meta.width!)
        expect(res.rawPayload.includes(Buffer.from('LinliCam'))).toBe(false)
      }
    }
    const etag = (await send(undefined, 'GET', `/photos/${first}/thumb`)).headers.etag as string
    expect((await send(undefined, 'GET', `/photos/${first}/thumb`, undefined, { 'if-none-match': etag })).statusCode).toBe(304)

    // Unpublished, it is gone from the public list and its photos are not public any more.
    expect((await send(w.as.manager, 'POST', `/records/${record.id}/unpublish`)).json().status).toBe('unpublished')
    expect((await send(undefined, 'GET', `/centers/${w.centerA}/records`)).json().items).toEqual([])
    expect((await send(undefined, 'GET', `/photos/${first}/screen`)).statusCode).toBe(404)
    expect((await send(undefined, 'GET', `/centers/${w.centerA}/records/${record.id}`)).statusCode).toBe(404)

    const audit = await ctx.db.selectFrom('audit_log').select('action').where('entity', '=', 'activity_record').where('entity_id', '=', record.id).orderBy('id').execute()
    expect(audit.map((a) => a.action)).toEqual(['create', 'add_photos', 'update', 'publish', 'unpublish'])
  })

  it('refuses bad files with a clear 4xx and stores nothing', async () => {
    const w = await setup()
    const record = await w.draft()
    const before = await stored()
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
    const oversized = Buffer.concat([await cameraJpeg(), Buffer.alloc(16 * 1024 * 1024, 1)])
    const good = await cameraJpeg(64, 48)
    const cases: [string, Parameters<typeof photoForm>[0], number, string][] = [
      ['a PDF named .jpg', [{ name: 'photo.jpg', bytes: pdf }], 400, 'photo_type'],
      ['a PDF after a good photo', [{ name: 'ok.jpg', bytes: good }, { name: 'photo.jpg', bytes: pdf }], 400, 'photo_type'],
      ['an empty file', [{ name: 'empty.jpg', bytes: Buffer.alloc(0) }], 400, 'photo_empty'],
      ['a file over 15 MB', [{ name: 'huge.jpg', bytes: oversized }], 413, 'photo_too_large'],
      ['13 photos', Array.from({ length: 13 }, (_, i) => ({ name: `p${i}.jpg`, bytes: good })), 400, 'too_many_photos'],
      ['a decompression bomb', [{ name: 'bomb.png', bytes: bombPng(), type: 'image/png' }], 400, 'photo_too_many_pixels'],
      ['no file at all', [], 400, 'photos_required'],
    ]
    for (const [what, files, status, code] of cases) {
      const res = await upload(w.as.staff, record.id, files)
      expect([what, res.statusCode, res.json().code]).toEqual([what, status, code])
      expect(await stored()).toEqual(before)
    }
    // Twelve is the most a record holds, across uploads too.
    expect((await upload(w.as.staff, record.id, Array.from({ length: 12 }, (_, i) => ({ name: `p${i}.jpg`, bytes: good })))).statusCode).toBe(200)
    const full = await stored()
    const more = await upload(w.as.staff, record.id, [{ name: 'one-more.jpg', bytes: good }])
    expect([more.statusCode, more.json().code]).toEqual([400, 'too_many_photos'])
    expect(await stored()).toEqual(full)
    expect(full.files - before.files).toBe(12 * 6)

    // Deleting the draft takes its photos and their files with it.
    expect((await send(w.as.staff, 'DELETE', `/records/${record.id}`)).statusCode).toBe(204)
    expect(await stored()).toEqual(before)
  })

  it("refuses another center's activity date and another center's staff, and a record without photos", async () => {
    const w = await setup()
    const adminB = await newStaff(ctx.db, 'district_admin', { regionId: w.districtB.id })
    const cookieB = (await signIn(ctx.app, adminB.username)).cookie
    const other = await send(cookieB, 'POST', `/centers/${w.centerB}/activities`, {
      title: '外中心活动', category: 'health', organiserKind: 'center', organiserName: '中心', roomId: null, location: '广场',
      startsLocal: '2026-11-23T09:00', endsLocal: '2026-11-23T10:00',
    })
    expect(other.statusCode).toBe(201)
    const otherOccurrence = (await ctx.db.selectFrom('occurrences').select('id').where('activity_id', '=', other.json().id).executeTakeFirstOrThrow()).id
    const records = await countRows(ctx.db, 'activity_records')
    const refused = await send(w.as.staff, 'POST', `/centers/${w.centerA}/records`, { title: '别处的活动', occurrenceId: otherOccurrence })
    expect([refused.statusCode, refused.json().code]).toEqual([400, 'record_occurrence_not_here'])
    expect(await countRows(ctx.db, 'activity_records')).toBe(records)

    const record = await w.draft(w.as.staff, { consent: true })
    const moved = await send(w.as.staff, 'PATCH', `/records/${record.id}`, { occurrenceId: otherOccurrence })
    expect([moved.statusCode, moved.json().code]).toEqual([400, 'record_occurrence_not_here'])
    // The database refuses it too, whatever the code above it does.
    await expect(ctx.db.updateTable('activity_records').set({ occurrence_id: otherOccurrence }).where('id', '=', record.id).execute()).rejects.toThrow()

    // Consent given but no photo yet: nothing to show on a screen.
    expect((await send(w.as.staff, 'POST', `/records/${record.id}/publish`)).json().code).toBe('record_photos_required')
    // Another district's admin neither sees nor changes center A's records.
    expect((await send(cookieB, 'PATCH', `/records/${record.id}`, { title: '改' })).statusCode).toBe(403)
    expect((await send(cookieB, 'GET', `/records?centerId=${w.centerA}`)).statusCode).toBe(403)
    expect((await upload(cookieB, record.id, [{ name: 'x.jpg', bytes: await cameraJpeg(64, 48) }])).statusCode).toBe(403)
    expect((await send(undefined, 'POST', `/centers/${w.centerA}/records`, { title: '匿名' })).statusCode).toBe(401)
  })

  it('counts distinct viewers per day without storing who viewed', async () => {
    const w = await setup()
    const record = await w.draft(w.as.staff, { consent: true })
    await upload(w.as.staff, record.id, [{ name: 'a.jpg', bytes: await cameraJpeg(64, 48) }])
    const resident = await newResident(ctx.db, '看客')
    const view = (cookie?: string, deviceId?: string) => send(cookie, 'POST', `/records/${record.id}/views`, deviceId ? { deviceId } : {})

    // Not public yet: a draft has no views.
    expect((await view(resident.cookie)).statusCode).toBe(404)
    await send(w.as.staff, 'POST', `/records/${record.id}/publish`)
    expect((await view(resident.cookie)).json()).toEqual({ views: 1, counted: true })
    expect((await view(resident.cookie)).json()).toEqual({ views: 1, counted: false })
    expect((await view(undefined, 'device-aaaa-1111')).json()).toEqual({ views: 2, counted: true })
    expect((await view(undefined, 'device-aaaa-1111')).json()).toEqual({ views: 2, counted: false })
    expect((await view(undefined, 'device-bbbb-2222')).json()).toEqual({ views: 3, counted: true })

    // Nothing stored names the resident or the device.
    const marks = await ctx.db.selectFrom('record_view_marks').selectAll().execute()
    expect(marks).toHaveLength(3)
    const dump = JSON.stringify(await ctx.db.selectFrom('record_view_days').selectAll().execute()) + marks.map((m) => Buffer.from(m.mark).toString('latin1')).join()
    for (const secret of [resident.id, 'device-aaaa-1111']) expect(dump).not.toContain(secret)

    // The next day the same viewers count again; a day's marks and salt are thrown away two days after it.
    const today = ctx.now
    ctx.now = new Date(today.getTime() + 86_400_000)
    expect((await view(resident.cookie)).json()).toEqual({ views: 4, counted: true })
    ctx.now = new Date(today.getTime() + 3 * 86_400_000)
    expect((await view(resident.cookie)).json()).toEqual({ views: 5, counted: true })
    const salts = await ctx.db.selectFrom('record_view_salts').select(sql<string>`day::text`.as('day')).orderBy('day').execute()
    expect(salts.map((s) => s.day)).toEqual(['2026-11-21', '2026-11-23'])
    expect(await countRows(ctx.db, 'record_view_marks')).toBe(2)
    ctx.now = today

    const days = await ctx.db.selectFrom('record_view_days').select([sql<string>`day::text`.as('day'), 'views']).where('record_id', '=', record.id).orderBy('day').execute()
    expect(days.map((d) => [d.day, d.views])).toEqual([['2026-11-20', 3], ['2026-11-21', 1], ['2026-11-23', 1]])
    expect(((await send(undefined, 'GET', `/centers/${w.centerA}/records`)).json() as { items: PublicRecord[] }).items[0]!.views).toBe(5)
  })
})
