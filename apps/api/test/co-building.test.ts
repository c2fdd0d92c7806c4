import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { countUnitsAndAgreements } from '../src/modules/co-building/agreements.repository'
import { attachmentForm, tinyPdf } from './support/co-building-fixtures'
import { newRoom, newWorld } from './support/factories'
import { cameraJpeg } from './support/record-photos'
import { useTestApp } from './support/test-app'

type World = Awaited<ReturnType<typeof newWorld>>

describe('co-building units (驻区单位), their agreements and the rooms they provide', () => {
  const ctx = useTestApp()
  const call = (cookie: string, method: string, url: string, payload?: object) =>
    ctx.app.inject({ method: method as 'POST', url: `/api${url}`, headers: { cookie }, ...(payload && { payload }) })
  const upload = (cookie: string, id: string, name: string, bytes: Buffer, type?: string) =>
    ctx.app.inject({ method: 'PUT', url: `/api/co-building/agreements/${id}/attachment`, headers: { cookie }, payload: attachmentForm(name, bytes, type) })

  const filesOf = async (agreementId: string) =>
    (await ctx.db.selectFrom('stored_files').select('key').where('key', 'like', `agreements/${agreementId}/%`).execute()).length

  async function hospital(w: World, name = '市第一人民医院') {
    const res = await call(w.as.admin, 'POST', '/co-building/units', { regionId: w.subA.id, name, kind: 'hospital', contactName: '张主任', contactPhone: '0371-66668888', centerIds: [w.centerA] })
    expect(res.statusCode).toBe(201)
    return res.json() as { id: string; name: string }
  }
  const agreementBody = (w: World) => ({ centerId: w.centerA, title: '医疗健康共建协议', content: '每月义诊一次', startsOn: '2026-01-01', endsOn: '2027-12-31' })

  it('lets a district administrator register a unit with its partner center, and the center see it', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const unit = await hospital(w)
    const listed = (await call(w.as.admin, 'GET', `/co-building/units?kind=hospital&q=${encodeURIComponent('人民')}`)).json()
    expect(listed.items).toEqual([expect.objectContaining({ name: '市第一人民医院', contactPhone: '0371-66668888', partners: [expect.objectContaining({ kind: 'center', id: w.centerA })] })])
    // The center's staff see the units working with them, and may not change them.
    expect((await call(w.as.staff, 'GET', '/co-building/units')).json().items.map((u: { id: string }) => u.id)).toEqual([unit.id])
    expect((await call(w.as.manager, 'PATCH', `/co-building/units/${unit.id}`, { active: false })).statusCode).toBe(403)
    expect((await call(w.as.manager, 'POST', '/co-building/units', { regionId: w.subA.id, name: '某学校', kind: 'school' })).statusCode).toBe(403)
    const changed = await call(w.as.admin, 'PATCH', `/co-building/units/${unit.id}`, { address: '郑州市金水区纬五路', contactPhone: null })
    expect(changed.json()).toMatchObject({ address: '郑州市金水区纬五路', contactPhone: null })
  })

  it("refuses a duplicate name, another district's region or center, and bad phone numbers, storing nothing", async () => {
    const w = await newWorld(ctx.app, ctx.db)
    await hospital(w)
    const dup = await call(w.as.admin, 'POST', '/co-building/units', { regionId: w.subA.id, name: '市第一人民医院', kind: 'hospital' })
    expect([dup.statusCode, dup.json().code]).toEqual([409, 'duplicate_name'])
    expect(dup.json().message).toContain('同名')
    expect((await call(w.as.admin, 'POST', '/co-building/units', { regionId: w.subB.id, name: '外区医院', kind: 'hospital' })).statusCode).toBe(403)
    expect((await call(w.as.admin, 'POST', '/co-building/units', { regionId: w.subA.id, name: '跨区医院', kind: 'hospital', centerIds: [w.centerB] })).statusCode).toBe(403)
    expect((await call(w.as.admin, 'POST', '/co-building/units', { regionId: w.subA.id, name: '号码错', kind: 'school', contactPhone: '12345' })).statusCode).toBe(400)
    expect(await ctx.db.selectFrom('co_building_units').select('name').where('region_id', '=', w.subA.id).execute()).toEqual([{ name: '市第一人民医院' }])
  })

  it("keeps another district's unit out of reach: reading, changing, partnering, signing", async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const other = await newWorld(ctx.app, ctx.db)
    const theirs = await hospital(other, '外区的医院')
    for (const [method, url, payload] of [
      ['GET', `/co-building/units/${theirs.id}`], ['PATCH', `/co-building/units/${theirs.id}`, { active: false }], ['DELETE', `/co-building/units/${theirs.id}`],
      ['POST', `/co-building/units/${theirs.id}/partners`, { centerId: w.centerA }], ['GET', `/co-building/units/${theirs.id}/agreements`],
      ['POST', `/co-building/units/${theirs.id}/agreements`, agreementBody(w)],
    ] as [string, string, object?][]) {
      expect([method, url, (await call(w.as.admin, method, url, payload)).statusCode]).toEqual([method, url, 403])
    }
    expect((await call(w.as.staff, 'GET', `/co-building/units?centerId=${other.centerA}`)).statusCode).toBe(403)
    expect((await call(w.as.admin, 'GET', '/co-building/units')).json().items).toEqual([])
  })

  it('records an agreement with a PDF, derives its status from the dates, and serves the file to its center only', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const unit = await hospital(w)
    const created = await call(w.as.manager, 'POST', `/co-building/units/${unit.id}/agreements`, agreementBody(w))
    expect(created.statusCode).toBe(201)
    const a = created.json()
    expect(a).toMatchObject({ status: 'active', startsOn: '2026-01-01', endsOn: '2027-12-31', partner: { kind: 'center', id: w.centerA }, attachment: null })
    const up = await upload(w.as.manager, a.id, '协议.pdf', tinyPdf())
    expect(up.statusCode).toBe(200)
    expect(up.json().attachment).toEqual({ name: '协议.pdf', contentType: 'application/pdf', size: tinyPdf().length })
    const file = await call(w.as.staff, 'GET', `/co-building/agreements/${a.id}/attachment`)
    expect([file.statusCode, file.headers['content-type']]).toEqual([200, 'application/pdf'])
    expect(file.rawPayload.equals(tinyPdf())).toBe(true)
    const other = await newWorld(ctx.app, ctx.db)
    expect((await call(other.as.admin, 'GET', `/co-building/agreements/${a.id}/attachment`)).statusCode).toBe(403)
    // Dates in the past make it expired; the unit counts it.
    expect((await call(w.as.manager, 'PATCH', `/co-building/agreements/${a.id}`, { startsOn: '2024-01-01', endsOn: '2025-12-31' })).json().status).toBe('expired')
    expect((await call(w.as.admin, 'GET', `/co-building/units/${unit.id}`)).json().agreementCount).toBe(1)
    // Deleting it takes its file along.
    expect((await call(w.as.manager, 'DELETE', `/co-building/agreements/${a.id}`)).statusCode).toBe(204)
    expect(await filesOf(a.id)).toBe(0)
  })

  it('refuses inverted dates, a partner the unit does not work with, a fake PDF and an empty file, storing nothing', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const unit = await hospital(w)
    const inverted = await call(w.as.admin, 'POST', `/co-building/units/${unit.id}/agreements`, { ...agreementBody(w), startsOn: '2027-01-01', endsOn: '2026-12-31' })
    expect([inverted.statusCode, inverted.json().code]).toEqual([400, 'agreement_dates'])
    expect(inverted.json().message).toContain('结束日期')
    const notPartner = await call(w.as.admin, 'POST', `/co-building/units/${unit.id}/agreements`, { ...agreementBody(w), centerId: undefined, regionId: w.subA.id })
    expect([notPartner.statusCode, notPartner.json().code]).toEqual([400, 'agreement_partner'])
    expect((await call(w.as.admin, 'GET', `/co-building/units/${unit.id}`)).json().agreementCount).toBe(0)
    const a = (await call(w.as.admin, 'POST', `/co-building/units/${unit.id}/agreements`, agreementBody(w))).json()
    const patched = await call(w.as.admin, 'PATCH', `/co-building/agreements/${a.id}`, { endsOn: '2025-12-31' })
    expect([patched.statusCode, patched.json().code]).toEqual([400, 'agreement_dates'])
    const fake = await upload(w.as.admin, a.id, '协议.pdf', Buffer.from('<html>not a pdf</html>'))
    expect([fake.statusCode, fake.json().code]).toEqual([400, 'attachment_type'])
    const jpegNamedPdf = await upload(w.as.admin, a.id, '协议.pdf', Buffer.from('%PDF-1.4 but no end'))
    expect(jpegNamedPdf.statusCode).toBe(400)
    const empty = await upload(w.as.admin, a.id, 'empty.pdf', Buffer.alloc(0))
    expect([empty.statusCode, empty.json().code]).toEqual([400, 'attachment_empty'])
    expect(await filesOf(a.id)).toBe(0)
    expect((await call(w.as.admin, 'GET', `/co-building/agreements/${a.id}`)).json().attachment).toBeNull()
  })

  it('keeps a photo of the signed page without its EXIF and GPS', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const unit = await hospital(w)
    const a = (await call(w.as.admin, 'POST', `/co-building/units/${unit.id}/agreements`, agreementBody(w))).json()
    const up = await upload(w.as.admin, a.id, 'scan.pdf', await cameraJpeg(), 'application/pdf')
    expect(up.json().attachment).toMatchObject({ name: 'scan.pdf', contentType: 'image/jpeg' })
    const file = await call(w.as.admin, 'GET', `/co-building/agreements/${a.id}/attachment`)
    const meta = await sharp(file.rawPayload).metadata()
    expect([meta.exif, meta.width, meta.height]).toEqual([undefined, 200, 400])
  })

  it("offers a unit's room to a partner center's booking system, shown as provided by the unit", async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const unit = await hospital(w)
    const room = { name: '医院健康讲堂', kind: 'lecture_hall', capacity: 80, floor: 2, access: 'resident', providedByUnitId: unit.id }
    const created = await call(w.as.staff, 'POST', `/centers/${w.centerA}/rooms`, room)
    expect(created.statusCode).toBe(201)
    expect(created.json().providedBy).toEqual({ unitId: unit.id, name: '市第一人民医院' })
    const publicList = await ctx.app.inject(`/api/centers/${w.centerA}/rooms`)
    expect(publicList.json().items.find((r: { name: string }) => r.name === '医院健康讲堂').providedBy.name).toBe('市第一人民医院')
    expect((await call(w.as.admin, 'GET', `/co-building/units/${unit.id}`)).json().rooms).toEqual([expect.objectContaining({ name: '医院健康讲堂', centerId: w.centerA })])
    // A unit may not be removed, nor stop working with the center, while it provides a room there.
    expect((await call(w.as.admin, 'DELETE', `/co-building/units/${unit.id}`)).json().code).toBe('unit_provides_rooms')
    expect((await call(w.as.admin, 'DELETE', `/co-building/units/${unit.id}/partners/${w.centerA}`)).json().code).toBe('partner_has_rooms')
  })

  it("refuses a room offered by a unit that does not work with the center, and a center's own room turned into a unit's", async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const unit = await hospital(w)
    const school = (await call(w.as.admin, 'POST', '/co-building/units', { regionId: w.subA.id, name: '实验小学', kind: 'school' })).json()
    const notPartner = await call(w.as.staff, 'POST', `/centers/${w.centerA}/rooms`, { name: '学校操场', kind: 'gym', capacity: 100, floor: 1, access: 'resident', providedByUnitId: school.id })
    expect([notPartner.statusCode, notPartner.json().code]).toEqual([400, 'unit_not_partner'])
    const own = await newRoom(ctx.db, w.centerA, { name: '一楼多功能厅' })
    const turned = await call(w.as.staff, 'PATCH', `/rooms/${own.id}`, { providedByUnitId: unit.id })
    expect([turned.statusCode, turned.json().code]).toEqual([409, 'room_of_center'])
    expect(turned.json().message).toContain('一楼多功能厅')
    // The database holds the line too.
    await expect(ctx.db.updateTable('rooms').set({ provided_by_unit_id: unit.id }).where('id', '=', own.id).execute()).rejects.toThrow(/provider/)
    expect((await ctx.db.selectFrom('rooms').select('provided_by_unit_id').where('id', '=', own.id).executeTakeFirstOrThrow()).provided_by_unit_id).toBeNull()
    expect(await ctx.db.selectFrom('rooms').select('name').where('center_id', '=', w.centerA).execute()).toEqual([{ name: '一楼多功能厅' }])
  })

  it('counts units and agreements for the region report', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const unit = await hospital(w)
    await hospital(w, '市第二人民医院')
    await call(w.as.admin, 'POST', `/co-building/units/${unit.id}/agreements`, agreementBody(w))
    await call(w.as.admin, 'POST', `/co-building/units/${unit.id}/agreements`, { ...agreementBody(w), title: '旧协议', startsOn: '2024-01-01', endsOn: '2024-12-31' })
    expect(await countUnitsAndAgreements(ctx.db, [w.districtA.id], { from: '2026-01-01', to: '2026-12-31' })).toEqual({ units: 2, agreementsSigned: 1, agreementsInForce: 1 })
    expect(await countUnitsAndAgreements(ctx.db, [w.districtB.id], { from: '2026-01-01', to: '2026-12-31' })).toEqual({ units: 0, agreementsSigned: 0, agreementsInForce: 0 })
  })
})
