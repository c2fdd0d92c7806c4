import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../src/app-instance'
import { buildApp } from '../src/app'
import { loadConfig } from '../src/config'
import type { Database } from '../src/db/database'
import { newWorld } from './support/factories'
import { createTestDatabase, useTestApp } from './support/test-app'

const roomPayload = { name: '书吧', kind: 'book_bar', capacity: 30, floor: 1, access: 'open' }
/** A cross-site write with a valid session cookie riding along, as a browser would send it. */
async function crossSiteWrite(app: App, db: Database, headers: Record<string, string>) {
  const w = await newWorld(app, db)
  return app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/rooms`, headers: { cookie: w.as.staff, host: 'linli.example', ...headers }, payload: roomPayload })
}

describe('security headers and cross-site writes', () => {
  const ctx = useTestApp()

  it('sends a strict content security policy and the usual hardening headers', async () => {
    const res = await ctx.app.inject('/api/centers')
    const csp = res.headers['content-security-policy'] as string
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(res.headers['x-content-type-options']).toBe('nosniff')
  })

  it('sends the same hardening headers, computed once, on answers, errors and not-found pages alike', async () => {
    const names = [
      'content-security-policy', 'cross-origin-opener-policy', 'cross-origin-resource-policy', 'origin-agent-cluster', 'referrer-policy',
      'strict-transport-security', 'x-content-type-options', 'x-dns-prefetch-control', 'x-download-options', 'x-frame-options',
      'x-permitted-cross-domain-policies', 'x-xss-protection',
    ]
    const pick = (headers: Record<string, unknown>) => Object.fromEntries(names.map((n) => [n, headers[n]]))
    const ok = await ctx.app.inject('/api/centers')
    expect(pick(ok.headers)).toMatchObject({ 'x-frame-options': 'SAMEORIGIN', 'referrer-policy': 'no-referrer', 'cross-origin-opener-policy': 'same-origin' })
    expect(Object.values(pick(ok.headers)).every((v) => typeof v === 'string' && v.length > 0)).toBe(true)
    expect(ok.headers['cross-origin-embedder-policy']).toBeUndefined()
    const missing = await ctx.app.inject('/api/nothing-here')
    const invalid = await ctx.app.inject('/api/centers/not-a-uuid/schedule?from=2026-13-01')
    expect(missing.statusCode).toBe(404)
    expect(invalid.statusCode).toBe(400)
    expect(pick(missing.headers)).toEqual(pick(ok.headers))
    expect(pick(invalid.headers)).toEqual(pick(ok.headers))
  })

  it('refuses a write whose Origin is another site, even with a valid session', async () => {
    const evil = await crossSiteWrite(ctx.app, ctx.db, { origin: 'https://evil.example' })
    expect(evil.statusCode).toBe(403)
    expect(evil.json().message).toContain('another site')
    expect((await crossSiteWrite(ctx.app, ctx.db, { origin: 'https://linli.example' })).statusCode).toBe(201)
  })

  it('ignores X-Forwarded-Host without TRUST_PROXY: anyone can send it', async () => {
    const evil = await crossSiteWrite(ctx.app, ctx.db, { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' })
    expect(evil.statusCode).toBe(403)
    expect(evil.json()).toMatchObject({ code: 'forbidden', message: expect.stringContaining('another site') })
  })
})

describe('cross-site writes behind a proxy (TRUST_PROXY=1)', () => {
  let app: App
  let db: Database
  let drop: () => Promise<void>
  beforeAll(async () => {
    ;({ db, drop } = await createTestDatabase())
    app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', TRUST_PROXY: '1' }), db, logger: false, webApps: [], backgroundJobs: false })
    await app.ready()
  })
  afterAll(async () => {
    await app?.close()
    await drop?.()
  })

  it("takes the proxy's forwarded host as the site, and only that", async () => {
    expect((await crossSiteWrite(app, db, { origin: 'https://evil.example', 'x-forwarded-host': 'linli.example' })).statusCode).toBe(403)
    expect((await crossSiteWrite(app, db, { origin: 'https://evil.example' })).statusCode).toBe(403)
    expect((await crossSiteWrite(app, db, { origin: 'https://linli.example', 'x-forwarded-host': 'linli.example' })).statusCode).toBe(201)
    // The proxy names the public host, whatever Host it connected with: TRUST_PROXY=1 means it
    // sets this header itself, so here the write is same-site as the proxy tells it.
    expect((await crossSiteWrite(app, db, { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' })).statusCode).toBe(201)
  })

  it('takes the client address from the one proxy in front, not from what the client wrote before it', async () => {
    // A client can send its own X-Forwarded-For; a proxy that appends to it leaves the forged entry
    // first. Only the last hop is the proxy's word, so throttles and the audit log key on that one.
    const res = await crossSiteWrite(app, db, { 'x-forwarded-for': '198.51.100.66, 203.0.113.7' })
    expect(res.statusCode).toBe(201)
    const entry = await db.selectFrom('audit_log').select('ip').where('entity_id', '=', res.json().id).executeTakeFirstOrThrow()
    expect(entry.ip).toBe('203.0.113.7')
  })
})
