import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { newDistrict } from './support/factories'
import { changedTables, checksummer } from './support/fuzz-checksums'
import { type Mutation, type Operation, applyMutation, mutationsFor } from './support/fuzz-mutations'
import { problemWith, reachedHandler } from './support/fuzz-response'
import { fuzzWorld } from './support/fuzz-world'
import { useTestApp } from './support/test-app'
import { ROLES, type Req, type Role, matrix } from './support/valid-requests'

// Fixed runs per operation and identity keep CI time bounded; most go to the identity that may call it. FUZZ_RUNS digs deeper.
// About 3,300 requests: 70-100 s alone, over 180 s beside the browser tests on CI's two cores, hence its long limit.
const allowed = Number(process.env.FUZZ_RUNS ?? 6)
const RUNS = { allowed, other: Math.ceil(allowed / 6) }
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31))

// A refused sign-in is counted on purpose (lock-out after repeated guesses): the one write a refusal may make.
const WRITES_WHEN_REFUSED: Record<string, string[]> = {
  'POST /api/auth/login': ['staff', 'sign_in_throttle'],
  'POST /api/residents/login': ['residents', 'sign_in_throttle'],
  // A wrong code counts one of its five tries.
  'POST /api/residents/sign-up-with-code': ['phone_codes'],
  'POST /api/residents/sign-in-with-code': ['phone_codes'],
  'POST /api/residents/reset-password': ['phone_codes'],
  'POST /api/residents/me/phone': ['phone_codes'],
  'POST /api/residents/me/family': ['phone_codes'],
}
// Sign-outs, password changes, deactivations and screen removals can end the identities' sessions.
const ENDS_SESSIONS = /^(POST \/api\/(auth|residents)\/(logout|logout-everywhere|password)|POST \/api\/staff\/\{id\}\/password|(PATCH|DELETE) \/api\/(staff|screens)\/\{id\})$/
// A successful PATCH of center A or its region (a lower quota, no opening hours) would make later valid requests fail: it is undone.
const CHANGES_SETTINGS = /^PATCH \/api\/(centers|regions)\/\{id\}(\/|$)/

describe('every operation, from its valid request, one field mutated at a time, under every identity', () => {
  const ctx = useTestApp()

  it('sees a changed, added or removed row in its checksums, and not a read or a write of the same content', async () => {
    const checksums = checksummer(ctx.db)
    const a = await newDistrict(ctx.db, '甲区')
    const start = await checksums()
    await ctx.db.selectFrom('regions').selectAll().forUpdate().execute()
    await ctx.db.updateTable('regions').set({ name: '甲区' }).where('id', '=', a.id).execute()
    expect(changedTables(start, await checksums())).toEqual([])
    await ctx.db.updateTable('regions').set({ name: '乙区' }).where('id', '=', a.id).execute()
    const renamed = await checksums()
    expect(changedTables(start, renamed)).toEqual(['regions'])
    await ctx.db.deleteFrom('regions').where('id', '=', a.id).execute()
    await newDistrict(ctx.db, '乙区')
    expect(changedTables(renamed, await checksums())).toEqual(['regions'])
  })

  it('never answers 5xx, answers 4xx with the uniform error body, and a refused request changes no row', async () => {
    console.log(`fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED})`)
    const f = await fuzzWorld(ctx)
    const doc = (await ctx.app.inject('/api/openapi.json')).json() as { paths: Record<string, Record<string, Operation>> }
    const ops = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([m, op]) => ({ name: `${m.toUpperCase()} ${path}`, path, op })))
    const stats = { cases: 0, reached: 0, ok: 0, validationFailed: 0 }
    const failures: string[] = []
    const checksums = checksummer(ctx.db)
    let address = 0

    async function send(name: string, path: string, valid: Req, who: Role, m: Mutation | undefined) {
      const headers = await f.headersFor(who)
      const before = await checksums()
      const built = applyMutation(path, valid, m, headers, f.ids)
      // A new address per request: the per-address sign-in limits are tested elsewhere and would only hide the handlers here.
      const remoteAddress = `10.${(++address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`
      const res = await ctx.app.inject({ method: built.method as 'GET', url: built.url, headers: built.headers, remoteAddress, ...(built.payload !== undefined && { payload: built.payload }) })
      stats.cases++
      if (reachedHandler(res)) stats.reached++
      if (res.statusCode < 300) stats.ok++
      if (res.body.includes('"validation_failed"')) stats.validationFailed++
      let problem = problemWith(res)
      if (res.statusCode === 401 && m?.at !== 'header') f.forgetSessions()
      if (res.statusCode >= 400) {
        const changed = changedTables(before, await checksums()).filter((t) => !(WRITES_WHEN_REFUSED[name] ?? []).includes(t))
        if (changed.length) problem ??= `a refused request (${res.statusCode}) that changed ${changed.join(', ')}`
      } else {
        // A success may change rows: the next request's checksums, taken before it, are its new baseline.
        if (ENDS_SESSIONS.test(name)) f.forgetSessions()
        if (CHANGES_SETTINGS.test(name)) await f.restoreSettings()
      }
      return { res, problem, said: `${built.method} ${built.url.slice(0, 160)} ${String(built.payload ?? '').slice(0, 160)} -> ${res.statusCode} ${res.body.slice(0, 240)}` }
    }

    // First every valid request, on the untouched world, as the identity that may make it: a handler that always throws fails here.
    const valid = new Map<string, Req>()
    for (const { name, path } of ops) {
      if (!matrix[name]) {
        failures.push(`${name}: no valid request in test/support/valid-requests.ts`)
        continue
      }
      valid.set(name, await f.validRequest(name))
      const { res, problem, said } = await send(name, path, valid.get(name)!, f.allowedRole(name), undefined)
      if (problem || res.statusCode >= 300) failures.push(`${name} as ${f.allowedRole(name)}, unmutated: ${problem ?? 'not a success'}: ${said}`)
    }

    for (const [i, { name, path, op }] of ops.entries()) {
      if (!valid.has(name)) continue
      const mutations = mutationsFor(op, valid.get(name)!, Object.keys(f.ids))
      for (const [j, who] of ROLES.entries()) {
        const numRuns = who === f.allowedRole(name) ? RUNS.allowed : RUNS.other
        // Each run's fixtures are made up front, so one baseline covers them all; shrinking makes more as it needs them.
        const prepared: Req[] = []
        for (let k = 0; k < numRuns; k++) prepared.push(await f.validRequest(name))
        const property = fc.asyncProperty(mutations, async (m) => {
          const { problem, said } = await send(name, path, prepared.shift() ?? (await f.validRequest(name)), who, m)
          if (problem) throw new Error(`${problem}: ${said}`)
        })
        const details = await fc.check(property, { seed: SEED + i * ROLES.length + j, numRuns })
        if (details.failed) failures.push(`${name} as ${who}: ${(details.errorInstance as Error).message}\n${fc.defaultReportMessage(details)}`)
      }
    }

    const share = (n: number) => `${n} (${((100 * n) / stats.cases).toFixed(1)}%)`
    console.log(`fuzz: ${ops.length} operations x ${ROLES.length} identities, ${stats.cases} cases, seed ${SEED}; reached a handler: ${share(stats.reached)}; 2xx: ${share(stats.ok)}; stopped at schema validation: ${share(stats.validationFailed)}`)
    expect(failures).toEqual([])
  }, 420_000)
})
