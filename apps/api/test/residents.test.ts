import { describe, expect, it } from 'vitest'
import { RESIDENT_COOKIE } from '@linli/contracts'
import { PASSWORD, countRows, newResident } from './support/factories'
import { useTestApp } from './support/test-app'

describe('resident accounts', () => {
  const ctx = useTestApp()
  const login = (phone: string, password: string) => ctx.app.inject({ method: 'POST', url: '/api/residents/login', payload: { phone, password } })

  it('signs in with the right password only, with an httpOnly cookie, and signs out', async () => {
    const resident = await newResident(ctx.db, '李四')
    expect((await login(resident.phone, 'other-pass')).json().code).toBe('invalid_credentials')
    const ok = await login(resident.phone, PASSWORD)
    expect(ok.statusCode).toBe(200)
    expect(ok.json()).toMatchObject({ name: '李四', phone: resident.phone })
    const session = ok.cookies.find((c) => c.name === RESIDENT_COOKIE)!
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
    const cookie = `${RESIDENT_COOKIE}=${session.value}`
    expect((await ctx.app.inject({ url: '/api/residents/me', headers: { cookie } })).json().name).toBe('李四')
    await ctx.app.inject({ method: 'POST', url: '/api/residents/logout', headers: { cookie } })
    expect((await ctx.app.inject({ url: '/api/residents/me', headers: { cookie } })).statusCode).toBe(401)
  })

  /*
   * Sign-up without a proven number had to tell anyone whether a number had an account (409 for a
   * taken one, 201 for a free one) and let anyone register any number. Accounts now come only from
   * sign-up with an SMS code (phone-codes.test.ts), which answers every number alike.
   */
  it('has no password sign-up any more: a taken and a free number get the same 404, and no account is made', async () => {
    const taken = await newResident(ctx.db)
    const before = await countRows(ctx.db, 'residents')
    const answers = []
    for (const phone of [taken.phone, '13712345678']) {
      const res = await ctx.app.inject({ method: 'POST', url: '/api/residents/signup', payload: { name: '周阿姨', phone, password: 'long-enough' } })
      answers.push([res.statusCode, res.json().code])
    }
    expect(answers).toEqual([[404, 'not_found'], [404, 'not_found']])
    expect(await countRows(ctx.db, 'residents')).toBe(before)
    const doc = (await ctx.app.inject('/api/openapi.json')).json() as { paths: Record<string, unknown> }
    expect(Object.keys(doc.paths)).not.toContain('/api/residents/signup')
    expect(Object.keys(doc.paths)).toContain('/api/residents/sign-up-with-code')
  })
})
