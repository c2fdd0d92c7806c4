import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { RESIDENT_COOKIE } from '@linli/contracts'
import { PASSWORD, countRows, newResident } from './support/factories'
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

  it('refuses a second account for a phone number (the answer is bounded: see below), and signs in with the right password only', async () => {
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

/**
 * Until sign-up proves the number by SMS, "this number has an account" must be answered; what
 * bounds it is that sign-up shares sign-in's throttle and a taken number counts as a failure.
 */
describe('resident sign-up and phone-number enumeration', () => {
  const ctx = useTestApp()
  let host = 0
  // One IPv6 /64 is one client; fresh addresses in it keep the per-minute rate limiter out of the way.
  const clientIn = (net = randomUUID().slice(0, 4)) => () => `2001:db8:${net}::${(++host).toString(16)}`
  const freshPhone = () => `137${String(Math.random()).slice(2, 10)}`
  const signup = (from: () => string, phone: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/residents/signup', payload: { name: '周阿姨', phone, password: 'long-enough' }, remoteAddress: from() })
  const login = (from: () => string, phone: string, password: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/residents/login', payload: { phone, password }, remoteAddress: from() })

  it('lets one client find only as many registered numbers as it may guess passwords', async () => {
    const prober = clientIn()
    for (let i = 0; i < 15; i++) expect((await login(prober, freshPhone(), 'guess-1234')).statusCode).toBe(401)
    for (let i = 0; i < 15; i++) {
      const taken = await signup(prober, (await newResident(ctx.db)).phone)
      expect([taken.statusCode, taken.json().code]).toEqual([409, 'phone_registered'])
    }
    const before = await countRows(ctx.db, 'residents')
    const phone = freshPhone()
    const held = await signup(prober, phone)
    expect(held.statusCode).toBe(429)
    expect(held.json()).toMatchObject({ code: 'too_many_attempts' })
    expect(held.headers['retry-after']).toBe('1')
    expect(await countRows(ctx.db, 'residents')).toBe(before)
    expect((await signup(clientIn(), phone)).statusCode).toBe(201)
  })

  it('holds a probed number for the probing client only; its owner signs in elsewhere', async () => {
    const owner = await newResident(ctx.db)
    const prober = clientIn()
    for (let i = 0; i < 5; i++) expect((await signup(prober, owner.phone)).statusCode).toBe(409)
    expect((await login(prober, owner.phone, PASSWORD)).statusCode).toBe(429)
    expect((await login(clientIn(), owner.phone, PASSWORD)).statusCode).toBe(200)
  })

  it('never holds honest sign-ups behind one shared address', async () => {
    const centerWifi = clientIn()
    for (let i = 0; i < 32; i++) expect((await signup(centerWifi, freshPhone())).statusCode).toBe(201)
  })
})
