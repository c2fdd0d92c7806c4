import { describe, expect, it } from 'vitest'
import { phoneCodeFixtures } from './support/phone-code-fixtures'
import { useTestApp } from './support/test-app'

/** A new password signs out whoever else was in with the old one (a lost phone, a shared tablet). */
describe('a resident\'s new password ends their other sessions', () => {
  const ctx = useTestApp()
  let addr = 0
  const post = (url: string, payload: object, cookie?: string) =>
    ctx.app.inject({ method: 'POST', url: `/api/residents/${url}`, payload, remoteAddress: `198.51.100.${++addr}`, ...(cookie && { headers: { cookie } }) })
  const cookieOf = (res: { headers: Record<string, unknown> }) => String(res.headers['set-cookie']).split(';')[0]!
  const signedIn = async (cookie: string) => (await ctx.app.inject({ url: '/api/residents/me', headers: { cookie } })).statusCode
  /** A resident (password long-enough-1) signed in on two phones, and a live code of `purpose` for the number. */
  async function onTwoPhones(purpose: 'reset_password' | 'sign_in') {
    const { phone, code } = await phoneCodeFixtures(ctx.app, ctx.db).phoneCode(purpose, true)
    const phones = []
    for (let i = 0; i < 2; i++) {
      const res = await post('login', { phone, password: 'long-enough-1' })
      expect(res.statusCode).toBe(200)
      phones.push(cookieOf(res))
    }
    return { phone, code, phones: phones as [string, string] }
  }

  it('keeps the phone that changed the password signed in and signs the other out', async () => {
    const { phones: [mine, other] } = await onTwoPhones('sign_in')
    expect(await signedIn(other)).toBe(200)
    const changed = await post('me/password', { currentPassword: 'long-enough-1', newPassword: 'new-secret-22' }, mine)
    expect(changed.statusCode).toBe(204)
    expect(await signedIn(mine)).toBe(200)
    expect(await signedIn(other)).toBe(401)
  })

  it('a wrong current password signs nobody out', async () => {
    const { phones: [mine, other] } = await onTwoPhones('sign_in')
    expect((await post('me/password', { currentPassword: 'not-it', newPassword: 'new-secret-22' }, mine)).statusCode).toBe(400)
    expect([await signedIn(mine), await signedIn(other)]).toEqual([200, 200])
  })

  it('a reset by code signs out every earlier session and signs in only the phone that reset', async () => {
    const { phone, code, phones } = await onTwoPhones('reset_password')
    const reset = await post('reset-password', { phone, code, newPassword: 'after-reset-33' })
    expect(reset.statusCode).toBe(200)
    expect([await signedIn(phones[0]), await signedIn(phones[1])]).toEqual([401, 401])
    expect(await signedIn(cookieOf(reset))).toBe(200)
  })
})
