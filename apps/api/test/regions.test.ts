import { describe, expect, it } from 'vitest'
import { countRows, newWorld } from './support/factories'
import { useTestApp } from './support/test-app'

describe('regions', () => {
  const ctx = useTestApp()

  it('lists regions publicly', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const res = await ctx.app.inject('/api/regions')
    expect(res.statusCode).toBe(200)
    const ids = res.json().items.map((r: { id: string }) => r.id)
    expect(ids).toEqual(expect.arrayContaining([w.districtA.id, w.subA.id, w.districtB.id]))
  })

  it('lets a district admin add a community under a subdistrict of their district', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const res = await ctx.app.inject({ method: 'POST', url: '/api/regions', headers: { cookie: w.as.admin }, payload: { parentId: w.subA.id, level: 'community', name: '省委社区' } })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ parentId: w.subA.id, level: 'community', name: '省委社区' })
    const rename = await ctx.app.inject({ method: 'PATCH', url: `/api/regions/${res.json().id}`, headers: { cookie: w.as.admin }, payload: { name: '纬五路社区' } })
    expect(rename.json().name).toBe('纬五路社区')
  })

  it('refuses wrong levels, foreign districts, center roles and anonymous callers without writing', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const before = await countRows(ctx.db, 'regions')
    const post = (cookie: string | undefined, payload: object) =>
      ctx.app.inject({ method: 'POST', url: '/api/regions', headers: cookie ? { cookie } : {}, payload })
    expect((await post(w.as.admin, { parentId: w.subA.id, level: 'subdistrict', name: 'x' })).json()).toMatchObject({ statusCode: 400, code: 'invalid_level' })
    expect((await post(w.as.admin, { parentId: w.subB.id, level: 'community', name: 'x' })).statusCode).toBe(403)
    expect((await post(w.as.admin, { parentId: null, level: 'district', name: 'x' })).statusCode).toBe(403)
    expect((await post(w.as.manager, { parentId: w.subA.id, level: 'community', name: 'x' })).statusCode).toBe(403)
    expect((await post(undefined, { parentId: w.subA.id, level: 'community', name: 'x' })).statusCode).toBe(401)
    expect((await post(w.as.admin, { parentId: '00000000-0000-4000-8000-000000000000', level: 'community', name: 'x' })).statusCode).toBe(404)
    expect((await post(w.as.admin, { parentId: w.subA.id, level: 'village', name: 'x' })).statusCode).toBe(400)
    expect((await post(w.as.admin, { parentId: w.subA.id, level: 'community', name: '   ' })).statusCode).toBe(400)
    expect((await post(w.as.admin, { parentId: w.subA.id, level: 'community', name: '社'.repeat(61) })).statusCode).toBe(400)
    expect(await countRows(ctx.db, 'regions')).toBe(before)
  })

  it('refuses a duplicate name under the same parent with 409', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const payload = { parentId: w.subA.id, level: 'community', name: '重名社区' }
    expect((await ctx.app.inject({ method: 'POST', url: '/api/regions', headers: { cookie: w.as.admin }, payload })).statusCode).toBe(201)
    const dup = await ctx.app.inject({ method: 'POST', url: '/api/regions', headers: { cookie: w.as.admin }, payload })
    expect(dup.statusCode).toBe(409)
    expect(dup.json().code).toBe('duplicate_name')
  })
})
