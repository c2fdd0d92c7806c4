import { describe, expect, it } from 'vitest'
import { sideOf } from './support/matrix-sides'
import { outsideChangesNothing, runScopeProbes } from './support/scope-blind'
import { newScopeChecker, owns } from './support/scope-check'
import { uncheckedListOperations } from './support/scope-specs'
import { newScopeWorld, recentred, scopeCallers, useFixtureApp } from './support/scope-world'
import { useTestApp } from './support/test-app'
import { identityHeaders, matrix } from './support/valid-requests'

describe('access matrix: every operation x every caller x own, sibling, other-subdistrict and other-district center', () => {
  const ctx = useTestApp()
  const fixtures = useFixtureApp(ctx)

  it('lists every operation of the OpenAPI document, so a new route cannot ship without a rule', async () => {
    const doc = (await ctx.app.inject('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> }
    const operations = Object.entries(doc.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`))
    expect(operations.filter((op) => !matrix[op])).toEqual([])
    // Every answer with records, a CSV or a calendar says how its rows are owned, so the matrix can check them.
    expect(uncheckedListOperations(doc as Parameters<typeof uncheckedListOperations>[0])).toEqual([])
  })

  it('answers each caller as the matrix says, and hands out no row outside their scope', async () => {
    const w = await newScopeWorld(ctx.app, ctx.db)
    const sides = []
    for (const spec of w.sides) sides.push({ ...spec, side: await sideOf(fixtures.app, ctx.db, recentred(w, spec), 'A') })
    const callers = await scopeCallers(ctx.app, ctx.db, w, await identityHeaders(ctx.app, ctx.db, w))
    const scope = newScopeChecker(ctx.db, callers.identities)
    const inScope = new Map<string, boolean>()
    for (const c of callers.names) for (const s of sides) inScope.set(`${c} ${s.name}`, await owns(ctx.db, callers.identities[c], s))
    const wrong: string[] = []
    let cases = 0
    for (const [op, rule] of Object.entries(matrix)) {
      for (const { side, ...spec } of sides) {
        for (const caller of callers.names) {
          const role = callers.role(caller)
          const allowed = inScope.get(`${caller} ${spec.name}`) ? rule.own : rule.foreign ?? []
          const req = await rule.req(side)
          const res = await ctx.app.inject({ method: req.method as 'GET', url: req.url, headers: await callers.headers(caller), ...(req.payload && { payload: req.payload }) })
          cases++
          const denied = [401, 403, 404].includes(res.statusCode) && !(res.statusCode === 404 && !['GET', 'DELETE'].includes(req.method) && allowed.includes(role) && res.json().code !== 'not_found')
          const isAllowed = allowed.includes(role)
          // Allowed callers may still get a domain answer (400/404/409) but never 401/403.
          const ok = isAllowed ? ![401, 403].includes(res.statusCode) && res.statusCode < 500 : denied || res.statusCode === 400 && ['POST /api/auth/login', 'POST /api/residents/login'].includes(op)
          if (!ok) wrong.push(`${op} [${spec.name}] as ${caller}: ${res.statusCode} ${res.body.slice(0, 120)}`)
          await scope.check(op, req.url, caller, res, spec.centerId)
        }
      }
    }
    const probes = await runScopeProbes(ctx.app, ctx.db, w, callers, scope)
    const blind = await outsideChangesNothing(ctx.app, ctx.db, w, callers, scope)
    console.log(`access matrix: ${Object.keys(matrix).length} operations x ${callers.names.length} identities x ${sides.length} sides = ${cases} requests, `
      + `${probes.requests} filter probes; ${scope.stats.bodies} list/report bodies and ${scope.stats.rows} rows checked for scope; `
      + `${blind.reads} reads repeated in ${blind.requests} requests around writes outside their scope`)
    expect({ wrong: [...wrong, ...probes.wrong], leaks: scope.report(), moved: blind.wrong }).toEqual({ wrong: [], leaks: [], moved: [] })
  }, 480_000)
})
