import { describe, expect, it } from 'vitest'
import { newRoom, newWorld } from './support/factories'
import { useTestApp } from './support/test-app'

/** UUIDs are case-insensitive: an id typed or pasted in upper case means the same thing everywhere. */
describe('ids in upper case', () => {
  const ctx = useTestApp()
  const room = { name: '大写书吧', kind: 'multi_function', capacity: 20, floor: 1, access: 'resident' }

  it('work in a path, a query and a body as in lower case, in scope and out of it', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const own = w.centerA.toUpperCase()
    const created = await ctx.app.inject({ method: 'POST', url: `/api/centers/${own}/rooms`, headers: { cookie: w.as.manager }, payload: room })
    expect(created.statusCode).toBe(201)
    expect(created.json()).toMatchObject({ centerId: w.centerA })
    const listed = await ctx.app.inject({ url: `/api/centers/${own}/rooms?includeInactive=true`, headers: { cookie: w.as.staff } })
    expect(listed.statusCode).toBe(200)
    expect(listed.body).toContain('大写书吧')
    const r = await newRoom(ctx.db, w.centerA)
    expect((await ctx.app.inject({ method: 'PATCH', url: `/api/rooms/${r.id.toUpperCase()}`, headers: { cookie: w.as.staff }, payload: { capacity: 7 } })).statusCode).toBe(200)

    const log = await ctx.app.inject({ url: `/api/audit?centerId=${own}`, headers: { cookie: w.as.manager } })
    expect(log.statusCode).toBe(200)
    expect(log.json().items.length).toBeGreaterThan(0)

    const staff = await ctx.app.inject({
      method: 'POST', url: '/api/staff', headers: { cookie: w.as.admin },
      payload: { username: 'upper.case', displayName: '大写', role: 'center_staff', centerId: own, password: 'a-long-pass-phrase' },
    })
    expect(staff.statusCode).toBe(201)
    expect(staff.json()).toMatchObject({ centerId: w.centerA })

    // Case is the only thing forgiven: another center stays another center.
    expect((await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerB.toUpperCase()}/rooms`, headers: { cookie: w.as.manager }, payload: { ...room, name: '别处' } })).statusCode).toBe(403)
  })

  it('refuses a prefixed urn:uuid: id with a 400 in words, not a database error', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const res = await ctx.app.inject({ url: `/api/centers/urn:uuid:${w.centerA}/rooms` })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'validation_failed' })
  })
})
