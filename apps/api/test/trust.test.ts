import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { newRoom, newStaff, newWorld, signIn } from './support/factories'
import { useTestApp } from './support/test-app'

describe('audit log', () => {
  const ctx = useTestApp()

  it('records who changed what, from what to what, with the request id and address', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const room = await newRoom(ctx.db, w.centerA, { name: '书吧', capacity: 30 })
    const res = await ctx.app.inject({ method: 'PATCH', url: `/api/rooms/${room.id}`, headers: { cookie: w.as.staff }, payload: { capacity: 25 }, remoteAddress: '203.0.113.7' })
    expect(res.statusCode).toBe(200)
    const log = await ctx.app.inject({ url: `/api/audit?entity=room&entityId=${room.id}`, headers: { cookie: w.as.manager } })
    const [entry] = log.json().items
    expect(entry).toMatchObject({ entity: 'room', action: 'update', actorKind: 'staff', actorName: '测试人员', centerId: w.centerA, ip: '203.0.113.7', before: { capacity: 30 }, after: { capacity: 25 } })
    expect(entry.requestId).toEqual(expect.any(String))
  })

  it('keeps secrets out, exports CSV, and cannot be changed even by SQL', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const created = await ctx.app.inject({ method: 'POST', url: '/api/staff', headers: { cookie: w.as.manager }, payload: { username: 'xiaozhao', displayName: '=HYPERLINK("x")', role: 'center_staff', centerId: w.centerA, password: 'Fenghuang-2026' } })
    expect(created.statusCode).toBe(201)
    const csv = await ctx.app.inject({ url: `/api/audit.csv?entity=staff&centerId=${w.centerA}`, headers: { cookie: w.as.manager } })
    expect(csv.headers['content-type']).toContain('text/csv')
    expect(csv.body).toContain('"create"')
    expect(csv.body).not.toContain('Fenghuang-2026')
    expect(csv.body).not.toMatch(/password_?hash/i)
    // No cell starts a spreadsheet formula.
    expect(csv.body).not.toMatch(/(^|,)"[=+\-@]/m)
    expect(csv.body).toContain('HYPERLINK')
    await expect(sql`update audit_log set action = 'forged'`.execute(ctx.db)).rejects.toMatchObject({ code: '42501' })
    await expect(sql`delete from audit_log`.execute(ctx.db)).rejects.toMatchObject({ code: '42501' })
    expect((await ctx.app.inject({ url: '/api/audit', headers: { cookie: w.as.staff } })).statusCode).toBe(403)
    expect((await ctx.app.inject({ url: `/api/audit?centerId=${w.centerB}`, headers: { cookie: w.as.manager } })).statusCode).toBe(403)
  })
})

describe('staff management and sign-in protection', () => {
  const ctx = useTestApp()

  it('lets a manager add staff to their own center only, with a strong password', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const post = (cookie: string, payload: object) => ctx.app.inject({ method: 'POST', url: '/api/staff', headers: { cookie }, payload })
    const base = { username: 'zhangwei2', displayName: '张伟', role: 'center_staff', centerId: w.centerA, password: 'Fenghuang-2026' }
    expect((await post(w.as.manager, { ...base, password: '1234567890' })).json().code).toBe('weak_password')
    expect((await post(w.as.manager, { ...base, password: 'short' })).json().code).toBe('validation_failed')
    expect((await post(w.as.manager, { ...base, password: 'zhangwei2-secret' })).json().code).toBe('weak_password')
    expect((await post(w.as.manager, base)).statusCode).toBe(201)
    expect((await post(w.as.manager, { ...base, username: 'other', role: 'center_manager' })).statusCode).toBe(403)
    expect((await post(w.as.manager, { ...base, username: 'other', centerId: w.centerB })).statusCode).toBe(403)
    expect((await post(w.as.staff, { ...base, username: 'other' })).statusCode).toBe(403)
    expect((await post(w.as.admin, { ...base, username: 'boss', role: 'center_manager' })).statusCode).toBe(201)
    expect((await post(w.as.admin, { ...base, username: 'far', centerId: w.centerB })).statusCode).toBe(403)
    const list = await ctx.app.inject({ url: '/api/staff', headers: { cookie: w.as.manager } })
    expect(list.json().items.map((s: { username: string }) => s.username)).toEqual(expect.arrayContaining(['zhangwei2', 'boss']))
  })

  it('ends a deactivated member\'s sessions at once, and a reset password ends them too', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const member = await newStaff(ctx.db, 'center_staff', { centerId: w.centerA })
    const { cookie } = await signIn(ctx.app, member.username)
    const me = () => ctx.app.inject({ url: '/api/auth/me', headers: { cookie } })
    expect((await me()).statusCode).toBe(200)
    await ctx.app.inject({ method: 'PATCH', url: `/api/staff/${member.id}`, headers: { cookie: w.as.manager }, payload: { active: false } })
    expect((await me()).statusCode).toBe(401)
    await ctx.app.inject({ method: 'PATCH', url: `/api/staff/${member.id}`, headers: { cookie: w.as.manager }, payload: { active: true } })
    const again = await signIn(ctx.app, member.username)
    expect((await ctx.app.inject({ method: 'POST', url: `/api/staff/${member.id}/password`, headers: { cookie: w.as.manager }, payload: { password: 'Brand-new-2026' } })).statusCode).toBe(204)
    expect((await ctx.app.inject({ url: '/api/auth/me', headers: again })).statusCode).toBe(401)
    expect((await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: member.username, password: 'Brand-new-2026' } })).statusCode).toBe(200)
    const self = await ctx.app.inject({ method: 'PATCH', url: `/api/staff/${(await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: w.as.manager } })).json().id}`, headers: { cookie: w.as.manager }, payload: { active: false } })
    expect(self.statusCode).toBeGreaterThanOrEqual(400)
  })

  it("does not let a stranger's wrong passwords lock a member out", async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const member = await newStaff(ctx.db, 'center_staff', { centerId: w.centerA })
    const login = (password: string, remoteAddress: string) => ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: member.username, password }, remoteAddress })
    for (let i = 0; i < 5; i++) expect((await login('wrong-password', '198.51.100.66')).statusCode).toBe(401)
    const held = await login(member.password, '198.51.100.66')
    expect([held.statusCode, held.json().code, held.headers['retry-after']]).toEqual([429, 'too_many_attempts', '1'])
    expect((await login(member.password, '203.0.113.20')).statusCode).toBe(200)
    const list = await ctx.app.inject({ url: '/api/staff', headers: { cookie: w.as.manager } })
    expect(list.json().items.find((s: { id: string }) => s.id === member.id)).toMatchObject({ active: true })
  })

  it('signs out everywhere, and changing your own password needs the current one', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const member = await newStaff(ctx.db, 'center_staff', { centerId: w.centerA })
    const a = await signIn(ctx.app, member.username)
    const b = await signIn(ctx.app, member.username)
    const change = (payload: object) => ctx.app.inject({ method: 'POST', url: '/api/auth/password', headers: a, payload })
    expect((await change({ currentPassword: 'nope', newPassword: 'Another-pass-1' })).json().code).toBe('wrong_password')
    expect((await ctx.app.inject({ method: 'POST', url: '/api/auth/logout-everywhere', headers: a })).statusCode).toBe(204)
    // The manager sees that centerless entry of their staff member in the log.
    const log = await ctx.app.inject({ url: '/api/audit?entity=staff', headers: { cookie: w.as.manager } })
    expect(log.json().items.map((e: { action: string; actorId: string }) => [e.action, e.actorId])).toContainEqual(['sign_out_everywhere', member.id])
    for (const s of [a, b]) expect((await ctx.app.inject({ url: '/api/auth/me', headers: s })).statusCode).toBe(401)
  })
})
