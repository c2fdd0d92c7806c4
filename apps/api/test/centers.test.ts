import { describe, expect, it } from 'vitest'
import { countRows, newCenter, newRoom, newWorld } from './support/factories'
import { useTestApp } from './support/test-app'

const valid = (regionId: string) => ({
  regionId,
  name: '凤凰台党群服务中心（新）',
  address: '郑州市金水区南阳路',
  areaM2: 4700,
  openingHours: [{ weekday: 1, opens: '08:30', closes: '21:00' }, { weekday: 6, opens: '09:00', closes: '17:30' }],
  contactName: '李娜',
  contactPhone: '0371-6392 8810',
})

describe('centers', () => {
  const ctx = useTestApp()
  const post = (cookie: string, payload: unknown) => ctx.app.inject({ method: 'POST', url: '/api/centers', headers: { cookie }, payload: payload as object })

  it('lists and shows centers publicly, filtered by region subtree, with room counts', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    await newRoom(ctx.db, w.centerA)
    await newRoom(ctx.db, w.centerA, { active: false })
    const inA = (await ctx.app.inject(`/api/centers?regionId=${w.districtA.id}`)).json().items
    expect(inA.map((c: { id: string }) => c.id)).toEqual([w.centerA])
    expect(inA[0]).toMatchObject({ regionId: w.subA.id, roomCount: 1, timeZone: 'Asia/Shanghai' })
    const one = await ctx.app.inject(`/api/centers/${w.centerB}`)
    expect(one.json()).toMatchObject({ id: w.centerB, regionId: w.subB.id })
  })

  it('lets a district admin create a center in their region, defaulting the time zone', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const { timeZone: _t, ...body } = { ...valid(w.subA.id), timeZone: undefined }
    const res = await post(w.as.admin, body)
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ ...body, timeZone: 'Asia/Shanghai', roomCount: 0 })
  })

  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
    ['an offset instead of a zone', { timeZone: '+08:00' }, 'timeZone'],
    ['an overlong name', { name: '中'.repeat(101) }, 'name'],
    ['a blank name', { name: '   ' }, 'name'],
    ['a text area', { areaM2: '4700' }, 'areaM2'],
    ['a negative area', { areaM2: -5 }, 'areaM2'],
    ['a bad time of day', { openingHours: [{ weekday: 1, opens: '25:00', closes: '21:00' }] }, 'openingHours'],
    ['a weekday 8', { openingHours: [{ weekday: 8, opens: '08:00', closes: '21:00' }] }, 'openingHours'],
    ['closing before opening', { openingHours: [{ weekday: 1, opens: '21:00', closes: '08:00' }] }, 'openingHours'],
    ['an unknown field', { color: 'red' }, 'color'],
    ['an unknown region', { regionId: '00000000-0000-4000-8000-000000000000' }, 'region'],
    ['a malformed region id', { regionId: 'abc' }, 'regionId'],
  ])('rejects %s with a 400 naming it and writes nothing', async (_what, change, field) => {
    const w = await newWorld(ctx.app, ctx.db)
    const before = await countRows(ctx.db, 'centers')
    const res = await post(w.as.admin, { ...valid(w.subA.id), ...change })
    expect(res.statusCode).toBe(400)
    expect(res.json().message + JSON.stringify(res.json().details ?? [])).toContain(field)
    expect(res.body).not.toMatch(/at .*\.ts:\d+/)
    expect(await countRows(ctx.db, 'centers')).toBe(before)
  })

  it('keeps centers within scope: foreign district 403, center roles cannot create', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    expect((await post(w.as.admin, valid(w.subB.id))).statusCode).toBe(403)
    expect((await post(w.as.manager, valid(w.subA.id))).statusCode).toBe(403)
    expect((await ctx.app.inject({ method: 'POST', url: '/api/centers', payload: valid(w.subA.id) })).statusCode).toBe(401)
  })

  it('lets the manager edit their own center but not another; staff may not edit', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const patch = (cookie: string, id: string, payload: object) => ctx.app.inject({ method: 'PATCH', url: `/api/centers/${id}`, headers: { cookie }, payload })
    const ok = await patch(w.as.manager, w.centerA, { areaM2: 3300, timeZone: 'America/New_York' })
    expect(ok.statusCode).toBe(200)
    expect(ok.json()).toMatchObject({ areaM2: 3300, timeZone: 'America/New_York' })
    expect((await patch(w.as.manager, w.centerB, { areaM2: 1 })).statusCode).toBe(403)
    expect((await patch(w.as.staff, w.centerA, { areaM2: 1 })).statusCode).toBe(403)
    expect((await patch(w.as.manager, w.centerA, { regionId: w.subA.id, name: '改名后的中心' })).statusCode).toBe(200)
    expect((await patch(w.as.manager, w.centerA, { regionId: w.districtA.id })).statusCode).toBe(403)
    expect((await patch(w.as.admin, w.centerA, { regionId: w.districtA.id })).json().regionId).toBe(w.districtA.id)
    expect((await patch(w.as.admin, w.centerA, { regionId: w.subB.id })).statusCode).toBe(403)
    expect((await patch(w.as.admin, w.centerA, {})).statusCode).toBe(400)
    expect((await patch(w.as.admin, '00000000-0000-4000-8000-000000000000', { areaM2: 5 })).statusCode).toBe(404)
  })

  it('deletes an empty center, but refuses one that still has rooms', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    await newRoom(ctx.db, w.centerA)
    const del = (id: string) => ctx.app.inject({ method: 'DELETE', url: `/api/centers/${id}`, headers: { cookie: w.as.admin } })
    const refused = await del(w.centerA)
    expect(refused.statusCode).toBe(409)
    expect(refused.json().code).toBe('center_has_rooms')
    const empty = await newCenter(ctx.db, w.subA.id)
    expect((await del(empty)).statusCode).toBe(204)
    expect((await ctx.app.inject(`/api/centers/${empty}`)).statusCode).toBe(404)
  })
})
