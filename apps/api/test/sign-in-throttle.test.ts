import { randomUUID } from 'node:crypto'
import type { LightMyRequestResponse } from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app'
import { loadConfig } from '../src/config'
import { clientOf } from '../src/modules/auth/client-address'
import { newCenter, newDistrict, newResident, newStaff, newSubdistrict, PASSWORD } from './support/factories'
import { useTestApp } from './support/test-app'

let host = 0
/**
 * A client: one IPv6 /64, which the throttle counts as one. Each request comes from a fresh
 * address in it, so the per-address, per-minute rate limiter in front stays out of the way.
 */
const clientIn = (net: string) => () => `2001:db8:${net}::${(++host).toString(16)}`
const newNet = () => randomUUID().slice(0, 4)
const answer = (res: LightMyRequestResponse) => ({ status: res.statusCode, body: res.body, retryAfter: res.headers['retry-after'] })

describe.each([
  { who: 'staff', url: '/api/auth/login', body: (name: string, password: string) => ({ username: name, password }), unknown: () => `nobody-${newNet()}` },
  { who: 'resident', url: '/api/residents/login', body: (name: string, password: string) => ({ phone: name, password }), unknown: () => `1390${String(Math.random()).slice(2, 9)}` },
])('$who sign-in throttle', ({ who, url, body, unknown }) => {
  const ctx = useTestApp()
  const start = new Date('2026-11-20T02:00:00Z')
  afterEach(() => void (ctx.now = start))
  const later = (seconds: number) => (ctx.now = new Date(ctx.now.getTime() + seconds * 1000))
  const attempt = (from: () => string, name: string, password = 'wrong-password') =>
    ctx.app.inject({ method: 'POST', url, payload: body(name, password), remoteAddress: from() })

  /** An account's sign-in name (username or phone number); its password is PASSWORD. */
  async function account(): Promise<string> {
    if (who === 'resident') return (await newResident(ctx.db)).phone
    const centerId = await newCenter(ctx.db, (await newSubdistrict(ctx.db, (await newDistrict(ctx.db)).id)).id)
    return (await newStaff(ctx.db, 'center_staff', { centerId })).username
  }

  it("lets the owner sign in from their own client while a stranger's client waits", async () => {
    const name = await account()
    const stranger = clientIn(newNet())
    for (let i = 0; i < 8; i++) await attempt(stranger, name)
    const blocked = await attempt(stranger, name, PASSWORD)
    expect(blocked.statusCode).toBe(429)
    expect(blocked.json()).toMatchObject({ statusCode: 429, code: 'too_many_attempts' })
    expect((await attempt(clientIn(newNet()), name, PASSWORD)).statusCode).toBe(200)
  })

  it('makes one client wait 1 s, 2 s, 4 s … up to 15 min per name, without checking the password meanwhile', async () => {
    const name = await account()
    const from = clientIn(newNet())
    for (let i = 0; i < 5; i++) expect((await attempt(from, name)).statusCode).toBe(401)
    const waits: string[] = []
    for (let i = 0; i < 13; i++) {
      const held = await attempt(from, name, PASSWORD)
      expect(held.statusCode).toBe(429)
      waits.push(held.headers['retry-after'] as string)
      later(Number(held.headers['retry-after']) - 1)
      expect((await attempt(from, name, PASSWORD)).statusCode).toBe(429)
      later(1)
      expect((await attempt(from, name)).statusCode).toBe(401)
    }
    expect(waits).toEqual(['1', '2', '4', '8', '16', '32', '64', '128', '256', '512', '900', '900', '900'])
    later(900)
    expect((await attempt(from, name, PASSWORD)).statusCode).toBe(200)
    // A success starts the pair over: the next typo is not held.
    expect((await attempt(from, name)).statusCode).toBe(401)
    expect((await attempt(from, name)).statusCode).toBe(401)
  })

  it('gives a burst of parallel attempts no more tries than one at a time', async () => {
    const name = await account()
    const from = clientIn(newNet())
    const burst = await Promise.all(Array.from({ length: 16 }, () => attempt(from, name)))
    expect(burst.map((r) => r.statusCode).sort()).toEqual([...Array<number>(5).fill(401), ...Array<number>(11).fill(429)])
  })

  it('answers an unknown name byte for byte as a known one, in every state', async () => {
    async function story(name: string) {
      ctx.now = start
      const from = clientIn(newNet())
      const seen = []
      for (let i = 0; i < 6; i++) seen.push(answer(await attempt(from, name)))
      later(1)
      seen.push(answer(await attempt(from, name)), answer(await attempt(from, name)))
      later(2)
      seen.push(answer(await attempt(from, name)))
      return seen
    }
    const known = await story(await account())
    const stranger = await story(unknown())
    expect(stranger).toEqual(known)
    expect(known.map((a) => [a.status, a.retryAfter])).toEqual([
      [401, undefined], [401, undefined], [401, undefined], [401, undefined], [401, undefined], [429, '1'], [401, undefined], [429, '2'], [401, undefined],
    ])
  })

  it('slows one client trying many names, counting its failures only', async () => {
    const name = await account()
    const from = clientIn(newNet())
    for (let i = 0; i < 28; i++) expect((await attempt(from, unknown())).statusCode).toBe(401)
    // Honest sign-ins behind the same address (a center's Wi-Fi) use up none of its allowance.
    for (let i = 0; i < 3; i++) expect((await attempt(from, name, PASSWORD)).statusCode).toBe(200)
    for (let i = 0; i < 2; i++) expect((await attempt(from, unknown())).statusCode).toBe(401)
    const held = await attempt(from, name, PASSWORD)
    expect(held.statusCode).toBe(429)
    expect(held.headers['retry-after']).toBe('1')
    expect((await attempt(clientIn(newNet()), name, PASSWORD)).statusCode).toBe(200)
    later(1)
    expect((await attempt(from, name, PASSWORD)).statusCode).toBe(200)
  })

  it('holds its counts in the database, so every replica and a restart see them', async () => {
    const name = await account()
    const from = clientIn(newNet())
    for (let i = 0; i < 5; i++) await attempt(from, name)
    const rows = await ctx.db.selectFrom('sign_in_throttle').selectAll().where('client', '=', clientOf(from())).orderBy('subject').execute()
    // The client as a whole, and the pair; the name tried is kept only as a digest.
    expect(rows.map((r) => [r.scope, r.subject.replace(/^[0-9a-f]{64}$/, 'digest'), r.failures])).toEqual([[who, '*', 5], [who, 'digest', 5]])
    expect(rows[1]!.blocked_until).toEqual(new Date(ctx.now.getTime() + 1000))
    const replica = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), db: ctx.db, clock: () => ctx.now, logger: false, backgroundJobs: false })
    const held = await replica.inject({ method: 'POST', url, payload: body(name, PASSWORD), remoteAddress: from() })
    await replica.close()
    expect(held.statusCode).toBe(429)
  })
})
