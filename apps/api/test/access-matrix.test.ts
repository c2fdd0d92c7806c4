import { describe, expect, it } from 'vitest'
import { newBookingWorld } from './support/booking-world'
import { sideOf } from './support/matrix-sides'
import { useTestApp } from './support/test-app'
import { ROLES, identityHeaders, matrix } from './support/valid-requests'

describe('access matrix: every operation x every role x own and foreign center', () => {
  const ctx = useTestApp()

  it('lists every operation of the OpenAPI document, so a new route cannot ship without a rule', async () => {
    const doc = (await ctx.app.inject('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> }
    const operations = Object.entries(doc.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`))
    expect(operations.filter((op) => !matrix[op])).toEqual([])
  })

  it('answers each role as the matrix says', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const own = await sideOf(ctx.app, ctx.db, w, 'A')
    const foreign = await sideOf(ctx.app, ctx.db, w, 'B')
    const headersFor = await identityHeaders(ctx.app, ctx.db, w)
    const wrong: string[] = []
    let cases = 0
    for (const [op, rule] of Object.entries(matrix)) {
      for (const [sideName, side, allowed] of [['own', own, rule.own], ['foreign', foreign, rule.foreign ?? []]] as const) {
        for (const role of ROLES) {
          const req = await rule.req(side)
          const res = await ctx.app.inject({ method: req.method as 'GET', url: req.url, headers: await headersFor(role), ...(req.payload && { payload: req.payload }) })
          cases++
          const denied = [401, 403, 404].includes(res.statusCode) && !(res.statusCode === 404 && !['GET', 'DELETE'].includes(req.method) && allowed.includes(role) && res.json().code !== 'not_found')
          const isAllowed = allowed.includes(role)
          // Allowed callers may still get a domain answer (400/404/409) but never 401/403.
          const ok = isAllowed ? ![401, 403].includes(res.statusCode) && res.statusCode < 500 : denied || res.statusCode === 400 && ['POST /api/auth/login', 'POST /api/residents/login'].includes(op)
          if (!ok) wrong.push(`${op} [${sideName}] as ${role}: ${res.statusCode} ${res.body.slice(0, 120)}`)
        }
      }
    }
    console.log(`access matrix: ${Object.keys(matrix).length} operations x ${ROLES.length} roles x 2 sides = ${cases} requests`)
    expect(wrong).toEqual([])
  }, 240_000)
})
