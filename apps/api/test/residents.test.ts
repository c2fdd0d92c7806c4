import { describe, expect, it } from 'vitest'
import { RESIDENT_COOKIE } from '@linli/contracts'
import { countRows } from './support/factories'
import { useTestApp } from './support/test-app'

describe('resident accounts', () => {
  const ctx = useTestApp()
  const signup = (payload: object) => ctx.app.inject({ method: 'POST', url: '/api/residents/signup', payload })

  it('signs up with name, mainland mobile number and password, and is signed in at once', async () => {
    const res = await signup({ name: '刘大爷', phone: '13912345678', password: 'pass-word-1', organisationName: '夕阳红合唱团' })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ name: '刘大爷', phone: '13912345678', organisationName: '夕阳红合唱团' })
    const cookie = res.cookies.find((c) => c.name === RESIDENT_COOKIE)!
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
    const me = await ctx.app.inject({ url: '/api/residents/me', headers: { cookie: `${RESIDENT_COOKIE}=${cookie.value}` } })
    expect(me.json().name).toBe('刘大爷')
    expect(res.body).not.toContain('pass-word-1')
  })

  it.each([
    ['a landline', { phone: '037163928810' }],
    ['a short number', { phone: '1391234567' }],
    ['a number starting 12', { phone: '12912345678' }],
    ['a short password', { password: '1234567' }],
    ['no name', { name: '' }],
  ])('refuses %s with 400', async (_what, change) => {
    const before = await countRows(ctx.db, 'residents')
    const res = await signup({ name: '张三', phone: '13700000000', password: 'long-enough', ...change })
    expect(res.statusCode).toBe(400)
    expect(await countRows(ctx.db, 'residents')).toBe(before)
  })

  it('refuses a second account for a phone number, and signs in with the right password only', async () => {
    await signup({ name: '李四', phone: '13800000001', password: 'long-enough' })
    const again = await signup({ name: '李四', phone: '13800000001', password: 'other-pass' })
    expect(again.statusCode).toBe(409)
    expect(again.json().code).toBe('phone_registered')
    const login = (password: string) => ctx.app.inject({ method: 'POST', url: '/api/residents/login', payload: { phone: '13800000001', password } })
    expect((await login('other-pass')).json().code).toBe('invalid_credentials')
    const ok = await login('long-enough')
    expect(ok.statusCode).toBe(200)
    const cookie = `${RESIDENT_COOKIE}=${ok.cookies.find((c) => c.name === RESIDENT_COOKIE)!.value}`
    await ctx.app.inject({ method: 'POST', url: '/api/residents/logout', headers: { cookie } })
    expect((await ctx.app.inject({ url: '/api/residents/me', headers: { cookie } })).statusCode).toBe(401)
  })
})
