import { describe, expect, it } from 'vitest'
import { countRows, newRoom, newWorld } from './support/factories'
import { useTestApp } from './support/test-app'

const room = { name: '多功能厅', kind: 'multi_function', capacity: 200, floor: 1, amenities: ['投影仪', '音响'], access: 'resident', requiresApproval: true }

describe('rooms', () => {
  const ctx = useTestApp()

  it('lets center staff add, change and delete rooms of their center', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const headers = { cookie: w.as.staff }
    const created = await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/rooms`, headers, payload: room })
    expect(created.statusCode).toBe(201)
    expect(created.json()).toMatchObject({ ...room, centerId: w.centerA, active: true, description: '' })
    const id = created.json().id
    const changed = await ctx.app.inject({ method: 'PATCH', url: `/api/rooms/${id}`, headers, payload: { capacity: 180, description: '可容纳 180 人' } })
    expect(changed.json()).toMatchObject({ capacity: 180, description: '可容纳 180 人', name: '多功能厅' })
    expect((await ctx.app.inject(`/api/rooms/${id}`)).json().capacity).toBe(180)
    expect((await ctx.app.inject({ method: 'DELETE', url: `/api/rooms/${id}`, headers })).statusCode).toBe(204)
    expect((await ctx.app.inject(`/api/rooms/${id}`)).statusCode).toBe(404)
  })

  it('shows inactive rooms to signed-in staff only', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    await newRoom(ctx.db, w.centerA, { name: '开放' })
    await newRoom(ctx.db, w.centerA, { name: '停用', active: false })
    const names = (body: string) => JSON.parse(body).items.map((r: { name: string }) => r.name)
    expect(names((await ctx.app.inject(`/api/centers/${w.centerA}/rooms`)).body)).toEqual(['开放'])
    expect((await ctx.app.inject(`/api/centers/${w.centerA}/rooms?includeInactive=true`)).statusCode).toBe(401)
    const staffView = await ctx.app.inject({ url: `/api/centers/${w.centerA}/rooms?includeInactive=true`, headers: { cookie: w.as.staff } })
    expect(names(staffView.body).sort()).toEqual(['停用', '开放'].sort())
    expect((await ctx.app.inject('/api/centers/00000000-0000-4000-8000-000000000000/rooms')).statusCode).toBe(404)
  })

  it.each([
    ['capacity as text', { capacity: '200' }],
    ['zero capacity', { capacity: 0 }],
    ['an unknown kind', { kind: 'swimming_pool' }],
    ['an unknown access', { access: 'everyone' }],
    ['an overlong name', { name: '室'.repeat(61) }],
    ['too many amenities', { amenities: Array.from({ length: 21 }, (_, i) => `设备${i}`) }],
    ['duplicate amenities', { amenities: ['投影仪', '投影仪'] }],
    ['a fractional floor', { floor: 1.5 }],
    ['an extra field', { owner: 'me' }],
  ])('rejects %s with 400 and writes nothing', async (_what, change) => {
    const w = await newWorld(ctx.app, ctx.db)
    const before = await countRows(ctx.db, 'rooms')
    const res = await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/rooms`, headers: { cookie: w.as.manager }, payload: { ...room, ...change } })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ statusCode: 400, code: 'validation_failed', message: expect.any(String) })
    expect(await countRows(ctx.db, 'rooms')).toBe(before)
  })

  it('rejects malformed JSON and a wrong content type without a 5xx', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const url = `/api/centers/${w.centerA}/rooms`
    const bad = await ctx.app.inject({ method: 'POST', url, headers: { cookie: w.as.manager, 'content-type': 'application/json' }, payload: '{"name":' })
    expect(bad.statusCode).toBe(400)
    const text = await ctx.app.inject({ method: 'POST', url, headers: { cookie: w.as.manager, 'content-type': 'text/plain' }, payload: 'hello' })
    expect(text.statusCode).toBe(415)
    expect(text.json().code).toBe('unsupported_media_type')
  })

  it('refuses a second room with the same name in a center with 409', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    await newRoom(ctx.db, w.centerA, { name: '书吧' })
    const res = await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/rooms`, headers: { cookie: w.as.manager }, payload: { ...room, name: '书吧' } })
    expect(res.statusCode).toBe(409)
    expect(res.json()).toEqual({ statusCode: 409, code: 'duplicate_name', message: 'A room with this name already exists in this center' })
  })

  it('keeps rooms within scope for every write', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const foreign = await newRoom(ctx.db, w.centerB)
    for (const cookie of [w.as.staff, w.as.manager, w.as.admin]) {
      expect((await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerB}/rooms`, headers: { cookie }, payload: room })).statusCode).toBe(403)
      expect((await ctx.app.inject({ method: 'PATCH', url: `/api/rooms/${foreign.id}`, headers: { cookie }, payload: { capacity: 1 } })).statusCode).toBe(403)
      expect((await ctx.app.inject({ method: 'DELETE', url: `/api/rooms/${foreign.id}`, headers: { cookie } })).statusCode).toBe(403)
    }
    expect((await ctx.app.inject({ method: 'PATCH', url: `/api/rooms/${foreign.id}`, payload: { capacity: 1 } })).statusCode).toBe(401)
    expect((await ctx.app.inject(`/api/rooms/${foreign.id}`)).json().capacity).toBe(30)
  })

  it('lets the district admin manage rooms in any center of their district', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const res = await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/rooms`, headers: { cookie: w.as.admin }, payload: room })
    expect(res.statusCode).toBe(201)
  })
})
