import { describe, expect, it } from 'vitest'
import { SESSION_COOKIE } from '@linli/contracts'
import { countRows, newCenter, newDistrict, newStaff, newSubdistrict, signIn } from './support/factories'
import { useTestApp } from './support/test-app'

describe('staff sign-in', () => {
  const ctx = useTestApp()

  async function manager() {
    const district = await newDistrict(ctx.db)
    const centerId = await newCenter(ctx.db, (await newSubdistrict(ctx.db, district.id)).id)
    return { centerId, ...(await newStaff(ctx.db, 'center_manager', { centerId })) }
  }

  it('signs in with the right password and sets an httpOnly, SameSite session cookie', async () => {
    const m = await manager()
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: m.username.toUpperCase(), password: m.password } })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ username: m.username, role: 'center_manager', centerId: m.centerId, regionId: null })
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    const me = await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: `${SESSION_COOKIE}=${cookie.value}` } })
    expect(me.json()).toMatchObject({ username: m.username, scopeName: expect.stringContaining('党群服务中心') })
  })

  it('refuses a wrong password or unknown user with the same answer and no session', async () => {
    const m = await manager()
    const before = await countRows(ctx.db, 'sessions')
    for (const payload of [{ username: m.username, password: 'wrong' }, { username: 'nobody', password: 'wrong' }]) {
      const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload })
      expect(res.statusCode).toBe(401)
      expect(res.json()).toEqual({ statusCode: 401, code: 'invalid_credentials', message: 'Wrong username or password' })
    }
    expect(await countRows(ctx.db, 'sessions')).toBe(before)
  })

  it('rejects malformed sign-in bodies with a 400 that names the field', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x' } })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'validation_failed', message: expect.stringContaining('password') })
  })

  it('answers 401 to /me without a session, and after sign-out', async () => {
    expect((await ctx.app.inject('/api/auth/me')).statusCode).toBe(401)
    const m = await manager()
    const { cookie } = await signIn(ctx.app, m.username)
    const out = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })
    expect(out.statusCode).toBe(204)
    expect((await ctx.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401)
  })

  it('ends sessions when they expire and when the account is deactivated', async () => {
    const m = await manager()
    const { cookie } = await signIn(ctx.app, m.username)
    const start = ctx.now
    ctx.now = new Date(start.getTime() + 13 * 3_600_000)
    expect((await ctx.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401)
    ctx.now = start

    const again = await signIn(ctx.app, m.username)
    await ctx.db.updateTable('staff').set({ active: false }).where('id', '=', m.id).execute()
    expect((await ctx.app.inject({ url: '/api/auth/me', headers: again })).statusCode).toBe(401)
    const login = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: m.username, password: m.password } })
    expect(login.statusCode).toBe(401)
  })

  it('stores only a hash of the session token', async () => {
    const m = await manager()
    const { cookie } = await signIn(ctx.app, m.username)
    const token = cookie.split('=')[1]!
    const stored = await ctx.db.selectFrom('sessions').select('id').where('staff_id', '=', m.id).execute()
    expect(stored.length).toBeGreaterThan(0)
    expect(stored.map((s) => s.id)).not.toContain(token)
  })
})
