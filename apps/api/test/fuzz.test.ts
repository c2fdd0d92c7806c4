import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { newBookingWorld } from './support/booking-world'
import { useTestApp } from './support/test-app'

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; anyOf?: Schema[]; format?: string; pattern?: string; maxLength?: number; items?: Schema }
interface Operation { parameters?: { name: string; in: string; schema: Schema }[]; requestBody?: { content: Record<string, { schema: Schema }> } }

const injections = ["' OR 1=1; DROP TABLE rooms; --", '<script>alert(1)</script>', '${7*7}{{7*7}}', '\u0000\u202e\ud83d\ude00', '../../etc/passwd']
const huge = (seed: string) => seed.repeat(Math.ceil(20_000 / seed.length))

/** Values that no field of this type accepts. */
function badValuesFor(schema: Schema): unknown[] {
  const types = [schema.type, ...(schema.anyOf ?? []).map((s) => s.type)].flat().filter(Boolean)
  const values: unknown[] = [{ nested: true }, huge('界'), ...injections.map((i) => huge(i))]
  if (!types.includes('string')) values.push('text', '')
  if (!types.includes('integer') && !types.includes('number')) values.push(12, -1e308)
  else values.push(-1e12, 1e21, 1.5, Number.MAX_SAFE_INTEGER + 2)
  if (!types.includes('boolean')) values.push(true)
  if (!types.includes('array')) values.push(['x'])
  // Impossible dates and zones are bad only where a shape is asked for and they miss it; free text may hold them.
  const shaped = [schema, ...(schema.anyOf ?? [])].filter((s) => s.format || s.pattern)
  for (const v of ['2026-02-30T25:61', 'Mars/Olympus'])
    if (shaped.length && !shaped.some((s) => !s.format && s.pattern && new RegExp(s.pattern, 'u').test(v))) values.push(v)
  return values
}

function requestsFor(path: string, method: string, op: Operation, ids: string[]) {
  const cases: { url: string; headers: Record<string, string>; payload?: string }[] = []
  const params = op.parameters ?? []
  const pathValues = ['not-an-id', '00000000-0000-4000-8000-000000000000', ...injections.map(encodeURIComponent), ...ids]
  for (const value of pathValues) {
    const url = path.replace(/\{(\w+)\}/g, () => value)
    for (const q of params.filter((p) => p.in === 'query'))
      for (const bad of badValuesFor(q.schema).slice(0, 4)) cases.push({ url: `${url}?${q.name}=${encodeURIComponent(typeof bad === 'string' ? bad : JSON.stringify(bad))}`, headers: {} })
    cases.push({ url: `${url}?unknownParam=1`, headers: {} })
    if (!op.requestBody) continue
    const schema = Object.values(op.requestBody.content)[0]!.schema
    const json = { 'content-type': 'application/json' }
    cases.push({ url, headers: json, payload: '{"broken": ' })
    cases.push({ url, headers: { 'content-type': 'text/plain' }, payload: 'hello' })
    cases.push({ url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=1' })
    for (const body of [null, [], 'text', 42, { unknownField: 1 }]) cases.push({ url, headers: json, payload: JSON.stringify(body) })
    for (const [name, prop] of Object.entries(schema.properties ?? {}))
      for (const bad of badValuesFor(prop)) cases.push({ url, headers: json, payload: JSON.stringify({ [name]: bad }) })
  }
  return cases.map((c) => ({ ...c, method }))
}

describe('every operation in the OpenAPI document, fed malformed input', () => {
  const ctx = useTestApp()

  it('answers each with a 4xx and the uniform error body, and changes no row', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    // A real, published occurrence with a capacity, so sign-up and check-in routes meet more than a missing id.
    const activity = await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/activities`, headers: { cookie: w.as.staff }, payload: { title: '讲座', category: 'lecture', organiserKind: 'center', organiserName: '中心', roomId: null, location: '广场', startsLocal: '2026-12-01T10:00', endsLocal: '2026-12-01T11:00', capacity: 5 } })
    const occurrence = await ctx.db.selectFrom('occurrences').select('id').where('activity_id', '=', activity.json().id).executeTakeFirstOrThrow()
    const doc = (await ctx.app.inject('/api/openapi.json')).json() as { paths: Record<string, Record<string, Operation>> }
    const tables = (await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema()`.execute(ctx.db)).rows.map((r) => r.name)
    const snapshot = async () => Object.fromEntries(await Promise.all(tables.map(async (t) => [t, Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(t)}`.execute(ctx.db)).rows[0]!.n)])))
    const before = await snapshot()
    const identities = { anonymous: {}, staff: { cookie: w.as.manager }, resident: { cookie: w.alice.cookie } }
    let sent = 0
    let operations = 0
    const failures: string[] = []
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        if (method === 'get' && !(op.parameters ?? []).length) continue // nothing to malform
        operations++
        // A bounded, evenly spread sample of each operation's cases keeps CI quick.
        const all = requestsFor(path, method.toUpperCase(), op, path.startsWith('/api/occurrences/') ? [w.room.id, occurrence.id] : [w.room.id])
        const step = Math.max(1, Math.ceil(all.length / 45))
        const cases = all.filter((_, i) => i % step === 0)
        for (const [who, auth] of Object.entries(identities)) {
          for (const c of cases) {
            const res = await ctx.app.inject({ method: c.method as 'GET', url: c.url, headers: { ...c.headers, ...auth }, ...(c.payload !== undefined && { payload: c.payload }) })
            sent++
            const body = String(res.headers['content-type'] ?? '').includes('json') ? res.json() : undefined
            const uniform = body && typeof body.statusCode === 'number' && typeof body.code === 'string' && typeof body.message === 'string'
            // A well-formed read of a real id may succeed; everything else must be a uniform 4xx.
            const harmlessRead = c.method === 'GET' && res.statusCode < 300
            if (!harmlessRead && (res.statusCode < 400 || res.statusCode >= 500 || !uniform || /\bat .*\.(ts|js):\d+/.test(res.body)))
              failures.push(`${who} ${c.method} ${c.url} ${c.payload?.slice(0, 80) ?? ''} -> ${res.statusCode} ${res.body.slice(0, 160)}`)
          }
        }
      }
    }
    console.log(`fuzz: ${operations} operations, ${sent} malformed requests, 3 identities, ${failures.length} failures`)
    expect(failures).toEqual([])
    expect(await snapshot()).toEqual(before)
  }, 240_000)
})
