import { describe, expect, it } from 'vitest'
import { newWorld } from './support/factories'
import { useTestApp } from './support/test-app'

describe('security headers and cross-site writes', () => {
  const ctx = useTestApp()

  it('sends a strict content security policy and the usual hardening headers', async () => {
    const res = await ctx.app.inject('/api/centers')
    const csp = res.headers['content-security-policy'] as string
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(res.headers['x-content-type-options']).toBe('nosniff')
  })

  it('refuses a write whose Origin is another site, even with a valid session', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const payload = { name: '书吧', kind: 'book_bar', capacity: 30, floor: 1, access: 'open' }
    const url = `/api/centers/${w.centerA}/rooms`
    const evil = await ctx.app.inject({ method: 'POST', url, headers: { cookie: w.as.staff, origin: 'https://evil.example', host: 'linli.example' }, payload })
    expect(evil.statusCode).toBe(403)
    expect(evil.json().message).toContain('another site')
    const same = await ctx.app.inject({ method: 'POST', url, headers: { cookie: w.as.staff, origin: 'https://linli.example', host: 'linli.example' }, payload })
    expect(same.statusCode).toBe(201)
  })
})
