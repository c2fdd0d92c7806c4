import { Writable } from 'node:stream'
import { RESIDENT_COOKIE } from '@linli/contracts'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { App } from '../src/app-instance'
import { buildApp } from '../src/app'
import { loadConfig } from '../src/config'
import { PASSWORD, countRows, newResident } from './support/factories'
import { type FakeProvider, fakeTencent } from './support/sms-provider-servers'
import { createTestDatabase, useTestApp } from './support/test-app'

/*
 * Codes go out through a Tencent SMS provider on this machine (the real provider code, signed
 * requests and all), so each test reads the code from what the provider received, as a resident
 * reads it from their phone. The demo's log channel has its own test at the end.
 */
const KEYS = { id: 'AKIDLinliCodes', secret: 'tencent-code-key', sdkAppId: '1400000009' }
const env: Record<string, string> = {
  SMS_PROVIDER: 'tencent', SMS_SECRET_ID: KEYS.id, SMS_SECRET_KEY: KEYS.secret, SMS_SDK_APP_ID: KEYS.sdkAppId,
  SMS_SIGN_NAME: '邻里中心', SMS_TEMPLATES: '{}', SMS_CODE_TEMPLATE: '2000001',
}
let provider: FakeProvider
beforeAll(async () => {
  provider = await fakeTencent(KEYS)
  env.SMS_ENDPOINT = provider.url
})
afterAll(() => provider.close())

const ctx = useTestApp({ env })
let n = 0
const newPhone = () => `138${String(++n).padStart(8, '0')}`
let addr = 0
const fresh = () => `198.51.100.${++addr}`
const post = (url: string, payload: object, remoteAddress = fresh()) => ctx.app.inject({ method: 'POST', url: `/api/residents/${url}`, payload, remoteAddress })
const ask = (phone: string, purpose: string, remoteAddress?: string) => post('phone-codes', { phone, purpose }, remoteAddress)
const later = (seconds: number) => { ctx.now = new Date(ctx.now.getTime() + seconds * 1000) }
const received = (phone: string) => provider.received.filter((r) => r.phone === `+86${phone}`)
/** The code on the resident's phone once the SMS arrives. */
async function smsCode(phone: string, nth = 1) {
  await vi.waitFor(() => expect(received(phone).length).toBeGreaterThanOrEqual(nth), { timeout: 5000 })
  const sms = received(phone)[nth - 1]!
  expect(sms.template).toBe('2000001')
  return (sms.params as string[])[0]!
}
const cookieOf = (res: { cookies: { name: string; value: string }[] }) => res.cookies.find((c) => c.name === RESIDENT_COOKIE)?.value
const me = (cookie: string) => ctx.app.inject({ url: '/api/residents/me', headers: { cookie: `${RESIDENT_COOKIE}=${cookie}` } })
const wrongOf = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0')

describe('signing up, signing in and resetting a password with an SMS code', () => {
  it('signs a new number up once its code arrives, with or without a password', async () => {
    const phone = newPhone()
    const asked = await ask(phone, 'sign_up')
    expect(asked.statusCode).toBe(202)
    expect(asked.json()).toEqual({ expiresInSeconds: 300, resendAfterSeconds: 60 })
    const code = await smsCode(phone)
    expect(code).toMatch(/^\d{6}$/)
    const res = await post('sign-up-with-code', { phone, code, name: '李奶奶', password: 'long-enough-1' })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ name: '李奶奶', phone })
    expect((await me(cookieOf(res)!)).json()).toMatchObject({ phone })
    expect((await post('login', { phone, password: 'long-enough-1' })).statusCode).toBe(200)

    const without = newPhone()
    await ask(without, 'sign_up')
    const made = await post('sign-up-with-code', { phone: without, code: await smsCode(without), name: '赵爷爷' })
    expect(made.statusCode).toBe(201)
    // No password was chosen, so none signs in; codes do.
    expect((await post('login', { phone: without, password: 'long-enough-1' })).json().code).toBe('invalid_credentials')
  })

  it('signs a resident in with a code, and resets a password with one', async () => {
    const resident = await newResident(ctx.db)
    await ask(resident.phone, 'sign_in')
    const res = await post('sign-in-with-code', { phone: resident.phone, code: await smsCode(resident.phone) })
    expect(res.statusCode).toBe(200)
    expect((await me(cookieOf(res)!)).json()).toMatchObject({ id: resident.id })

    later(61) // one code a minute per number, whatever it is for
    expect((await ask(resident.phone, 'reset_password')).statusCode).toBe(202)
    const reset = await post('reset-password', { phone: resident.phone, code: await smsCode(resident.phone, 2), newPassword: 'a-new-password-2' })
    expect(reset.statusCode).toBe(200)
    expect((await me(cookieOf(reset)!)).json()).toMatchObject({ id: resident.id })
    expect((await post('login', { phone: resident.phone, password: PASSWORD })).json().code).toBe('invalid_credentials')
    expect((await post('login', { phone: resident.phone, password: 'a-new-password-2' })).statusCode).toBe(200)
  })
})

describe('codes that do not work', () => {
  it('locks a code after five wrong tries, even against the right one, until a new code is asked for', async () => {
    const resident = await newResident(ctx.db)
    await ask(resident.phone, 'sign_in')
    const code = await smsCode(resident.phone)
    const answers = []
    for (let i = 0; i < 5; i++) answers.push((await post('sign-in-with-code', { phone: resident.phone, code: wrongOf(code) })).json().code)
    expect(answers).toEqual(['code_invalid', 'code_invalid', 'code_invalid', 'code_invalid', 'too_many_tries'])
    const right = await post('sign-in-with-code', { phone: resident.phone, code })
    expect([right.statusCode, right.json().code, cookieOf(right)]).toEqual([429, 'too_many_tries', undefined])
    later(61)
    await ask(resident.phone, 'sign_in')
    expect((await post('sign-in-with-code', { phone: resident.phone, code: await smsCode(resident.phone, 2) })).statusCode).toBe(200)
  })

  it('refuses an expired code, a used one, one for another number and one for another purpose, changing nothing', async () => {
    const phone = newPhone()
    await ask(phone, 'sign_up')
    const code = await smsCode(phone)
    later(5 * 60 + 1)
    const before = await countRows(ctx.db, 'residents')
    const expired = await post('sign-up-with-code', { phone, code, name: '迟到' })
    expect([expired.statusCode, expired.json().code]).toEqual([400, 'code_expired'])

    const resident = await newResident(ctx.db)
    const other = await newResident(ctx.db)
    await ask(resident.phone, 'sign_in')
    const mine = await smsCode(resident.phone)
    const elsewhere = await post('sign-in-with-code', { phone: other.phone, code: mine })
    expect([elsewhere.statusCode, elsewhere.json().code, cookieOf(elsewhere)]).toEqual([400, 'code_invalid', undefined])
    const otherPurpose = await post('reset-password', { phone: resident.phone, code: mine, newPassword: 'not-this-one-9' })
    expect([otherPurpose.statusCode, otherPurpose.json().code]).toEqual([400, 'code_invalid'])
    expect((await post('sign-in-with-code', { phone: resident.phone, code: mine })).statusCode).toBe(200)
    const reused = await post('sign-in-with-code', { phone: resident.phone, code: mine })
    expect([reused.statusCode, reused.json().code, cookieOf(reused)]).toEqual([400, 'code_used', undefined])
    expect((await post('login', { phone: resident.phone, password: PASSWORD })).statusCode).toBe(200)
    expect(await countRows(ctx.db, 'residents')).toBe(before + 2)
  })

  it('refuses bad input with 400 and writes nothing', async () => {
    const rows = async () => [await countRows(ctx.db, 'phone_codes'), await countRows(ctx.db, 'residents')]
    const before = await rows()
    for (const [url, body] of [
      ['phone-codes', { phone: '12345', purpose: 'sign_in' }],
      ['phone-codes', { phone: newPhone(), purpose: 'delete_account' }],
      ['phone-codes', { phone: newPhone() }],
      ['sign-up-with-code', { phone: newPhone(), code: '12345', name: '短码' }],
      ['sign-up-with-code', { phone: newPhone(), code: '123456', name: '', password: 'long-enough-1' }],
      ['sign-in-with-code', { phone: newPhone(), code: 'abcdef' }],
      ['reset-password', { phone: newPhone(), code: '123456', newPassword: 'short' }],
    ] as const) {
      const res = await post(url, body)
      expect([url, res.statusCode, res.json().code]).toEqual([url, 400, 'validation_failed'])
    }
    expect(await rows()).toEqual(before)
  })
})

describe('limits, and answers that do not tell whether a number is registered', () => {
  it('gives one number one code a minute and five an hour, saying when to ask again', async () => {
    const phone = newPhone()
    expect((await ask(phone, 'sign_up')).statusCode).toBe(202)
    later(10)
    const soon = await ask(phone, 'sign_in')
    expect([soon.statusCode, soon.json().code, soon.headers['retry-after']]).toEqual([429, 'too_many_codes', '50'])
    for (let i = 0; i < 4; i++) {
      later(60)
      expect((await ask(phone, 'sign_up')).statusCode).toBe(202)
    }
    later(60)
    const hourly = await ask(phone, 'sign_up')
    expect([hourly.statusCode, hourly.json().code]).toEqual([429, 'too_many_codes'])
    expect(Number(hourly.headers['retry-after'])).toBe(3600 - 4 * 60 - 60 - 10)
    later(Number(hourly.headers['retry-after']))
    expect((await ask(phone, 'sign_up')).statusCode).toBe(202)
    // Only the newest code works: asking again replaced the others.
    const last = await smsCode(phone, 6)
    const first = (received(phone)[0]!.params as string[])[0]!
    if (first !== last) expect((await post('sign-up-with-code', { phone, code: first, name: '旧码' })).json().code).toBe('code_invalid')
    expect((await post('sign-up-with-code', { phone, code: last, name: '新码' })).statusCode).toBe(201)
  })

  it('gives one client address 20 codes an hour across numbers, without holding up other addresses', async () => {
    const address = '203.0.113.77'
    for (let i = 0; i < 20; i++) expect((await ask(newPhone(), 'sign_in', address)).statusCode).toBe(202)
    const refused = await ask(newPhone(), 'sign_in', address)
    expect([refused.statusCode, refused.json().code, Number(refused.headers['retry-after']) > 0]).toEqual([429, 'too_many_codes', true])
    expect((await ask(newPhone(), 'sign_in', '203.0.113.78')).statusCode).toBe(202)
  })

  it('answers a registered and an unknown number alike, and sends sign-in and reset codes only to the registered one', async () => {
    const answer = (r: Awaited<ReturnType<typeof ask>>) => ({ status: r.statusCode, body: r.body, retry: r.headers['retry-after'], cookie: r.headers['set-cookie'] })
    for (const purpose of ['sign_in', 'reset_password', 'sign_up']) {
      const known = await newResident(ctx.db)
      const unknown = newPhone()
      expect(answer(await ask(unknown, purpose))).toEqual(answer(await ask(known.phone, purpose)))
      later(5)
      expect(answer(await ask(unknown, purpose))).toEqual(answer(await ask(known.phone, purpose)))
      const code = await smsCode(known.phone)
      if (purpose === 'sign_up') {
        // Both are sent a sign-up code; the owner of the registered number learns so by typing it, and nothing changes.
        expect((await smsCode(unknown)).length).toBe(6)
        const before = await countRows(ctx.db, 'residents')
        const taken = await post('sign-up-with-code', { phone: known.phone, code, name: '冒名', password: 'long-enough-1' })
        expect([taken.statusCode, taken.json().code, cookieOf(taken)]).toEqual([409, 'phone_registered', undefined])
        expect(await countRows(ctx.db, 'residents')).toBe(before)
        expect((await post('login', { phone: known.phone, password: PASSWORD })).statusCode).toBe(200)
      } else {
        expect(received(unknown)).toEqual([])
        // A guess at the unknown number's code is refused the way a wrong code for a registered one is.
        const guess = (phone: string) => purpose === 'sign_in'
          ? post('sign-in-with-code', { phone, code: wrongOf(code) })
          : post('reset-password', { phone, code: wrongOf(code), newPassword: 'long-enough-3' })
        const [u, k] = [await guess(unknown), await guess(known.phone)]
        expect([u.statusCode, u.body]).toEqual([k.statusCode, k.body])
        expect(k.json().code).toBe('code_invalid')
      }
      later(61)
    }
  })
})

describe('without an SMS provider (the demo)', () => {
  let app: App
  let drop: () => Promise<void>
  const lines: string[] = []
  beforeAll(async () => {
    const created = await createTestDatabase()
    drop = created.drop
    const stream = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done() } })
    const config = loadConfig({ LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1', LINLI_SEED: '0' })
    app = await buildApp({ config, db: created.db, logger: { level: 'info', stream }, webApps: [], backgroundJobs: false })
    await app.ready()
  })
  afterAll(async () => {
    await app?.close()
    await drop?.()
  })

  it('prints the code to the server log, and that code signs up', async () => {
    const phone = '13800000001'
    expect((await app.inject({ method: 'POST', url: '/api/residents/phone-codes', payload: { phone, purpose: 'sign_up' } })).statusCode).toBe(202)
    let code = ''
    await vi.waitFor(() => {
      const line = lines.find((l) => l.includes('短信验证码 138****0001: '))
      expect(line).toBeDefined()
      code = /短信验证码 138\*{4}0001: (\d{6})/.exec(line!)![1]!
    })
    expect(lines.join('').includes(phone)).toBe(false)
    const res = await app.inject({ method: 'POST', url: '/api/residents/sign-up-with-code', payload: { phone, code, name: '演示居民' } })
    expect(res.statusCode).toBe(201)
  })
})

describe('with an SMS provider but no code template', () => {
  it('answers 503 codes_unavailable for every number and writes nothing', async () => {
    const created = await createTestDatabase()
    const { SMS_CODE_TEMPLATE: _, ...noCodeTemplate } = env
    const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1', LINLI_SEED: '0', ...noCodeTemplate })
    const app = await buildApp({ config, db: created.db, logger: false, webApps: [], backgroundJobs: false })
    try {
      const known = await newResident(created.db)
      for (const phone of [known.phone, '13700000002']) {
        const res = await app.inject({ method: 'POST', url: '/api/residents/phone-codes', payload: { phone, purpose: 'sign_in' } })
        expect([res.statusCode, res.json().code]).toEqual([503, 'codes_unavailable'])
      }
      expect(await countRows(created.db, 'phone_codes')).toBe(0)
    } finally {
      await app.close()
      await created.drop()
    }
  })
})

describe('a shorter resend wait (LINLI_SMS_RESEND_SECONDS, for the browser tests)', () => {
  it('lets one number ask again after that many seconds, says so, and still allows only five an hour', async () => {
    const created = await createTestDatabase()
    let now = new Date('2026-11-20T02:00:00Z')
    const later = (seconds: number) => { now = new Date(now.getTime() + seconds * 1000) }
    const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1', LINLI_SEED: '0', ...env, LINLI_SMS_RESEND_SECONDS: '20' })
    const app = await buildApp({ config, db: created.db, clock: () => now, logger: false, webApps: [], backgroundJobs: false })
    try {
      const ask = () => app.inject({ method: 'POST', url: '/api/residents/phone-codes', payload: { phone: '13900000020', purpose: 'sign_up' } })
      const first = await ask()
      expect([first.statusCode, first.json()]).toEqual([202, { expiresInSeconds: 300, resendAfterSeconds: 20 }])
      later(5)
      const soon = await ask()
      expect([soon.statusCode, soon.json().code, soon.headers['retry-after']]).toEqual([429, 'too_many_codes', '15'])
      for (let i = 0; i < 4; i++) {
        later(20)
        expect((await ask()).statusCode).toBe(202)
      }
      later(20)
      expect([(await ask()).statusCode]).toEqual([429])
    } finally {
      await app.close()
      await created.drop()
    }
  })
})
