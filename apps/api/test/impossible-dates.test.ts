import { describe, expect, it } from 'vitest'
import { newBookingWorld } from './support/booking-world'
import { newRoom } from './support/factories'
import { useTestApp } from './support/test-app'

type Schema = { format?: string; enum?: string[]; const?: string; examples?: string[]; anyOf?: Schema[] }
type Param = { name: string; in: string; required?: boolean; schema: Schema }
type Operation = { parameters?: Param[] }

const DATE_FORMATS = ['local-date', 'local-date-time', 'year-month', 'date-time']
/** Values that match the old patterns (or ajv's date-time) but name no real day, or no year a center can mean. */
const impossible: Record<string, string[]> = {
  'local-date': ['2026-02-30', '2026-04-31', '2025-02-29', '0000-01-01', '9999-12-31'],
  'local-date-time': ['2026-02-30T09:00', '2025-02-29T10:00', '0000-01-01T00:00', '9999-12-31T23:59'],
  'year-month': ['0000-01', '9999-12'],
  'date-time': ['2026-02-30T09:00:00+08:00', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z'],
}
const valid: Record<string, string> = { 'local-date': '2026-11-20', 'local-date-time': '2026-11-20T09:00', 'year-month': '2026-11', 'date-time': '2026-11-20T02:00:00Z' }
/** A valid value for another required parameter: a good date, or the first value an enum allows. */
const validFor = (p: Param): string | undefined => {
  const f = formatOf(p)
  if (f) return valid[f]
  const s = p.schema
  return s.enum?.[0] ?? s.const ?? s.examples?.[0] ?? s.anyOf?.map((a) => a.const ?? a.enum?.[0]).find(Boolean)
}
const formatOf = (p: Param) => [p.schema.format, ...(p.schema.anyOf ?? []).map((s) => s.format)].find((f) => f && DATE_FORMATS.includes(f))

describe('impossible calendar dates', () => {
  const ctx = useTestApp()

  it('are a 400 naming the field in every query string of every operation, for every caller', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const room = await newRoom(ctx.db, w.centerA)
    const doc = (await ctx.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, Operation>> }
    // Path ids are real ones of the caller's own center, so nothing but the date can be wrong.
    const ids: Record<string, string> = { id: w.centerA, centerId: w.centerA, roomId: room.id, residentId: w.alice.id }
    let checked = 0
    const failures: string[] = []
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        for (const param of (op.parameters ?? []).filter((p) => p.in === 'query' && formatOf(p))) {
          const url = path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? w.centerA)
          // The other required dates are valid ones, so the impossible one is the only thing wrong.
          const others = (op.parameters ?? []).filter((p) => p.in === 'query' && p.required && p !== param)
          const rest = others.map((p) => `&${p.name}=${encodeURIComponent(validFor(p) ?? '')}`).join('')
          for (const cookie of [undefined, w.as.admin, w.alice.cookie]) {
            for (const value of impossible[formatOf(param)!]!) {
              const res = await ctx.app.inject({ method: method.toUpperCase() as 'GET', url: `${url}?${param.name}=${encodeURIComponent(value)}${rest}`, headers: cookie ? { cookie } : {} })
              checked++
              const body = res.json() as { code?: string; details?: { path: string }[] }
              // A caller may be turned away first (401/403); what must never happen is a 5xx or a date let through.
              if (res.statusCode >= 500 || res.statusCode < 400) failures.push(`${method} ${path} ${param.name}=${value}: ${res.statusCode}`)
              else if (res.statusCode === 400 && !body.details?.some((d) => d.path === `querystring/${param.name}`))
                failures.push(`${method} ${path} ${param.name}=${value}: 400 without naming the field: ${res.body}`)
            }
          }
        }
      }
    }
    expect(failures).toEqual([])
    expect(checked).toBeGreaterThan(100)
  })

  it('are a 400 for the anonymous public schedule, not a crash', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const res = await ctx.app.inject({ url: `/api/centers/${w.centerA}/schedule?from=2026-02-30` })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'validation_failed', details: [{ path: 'querystring/from' }] })
    expect(res.json().message).toContain('calendar date')
  })

  it('are a 400 in a booking body, and nothing is booked', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const room = await newRoom(ctx.db, w.centerA)
    for (const startsLocal of ['2026-02-30T09:00', '2025-02-29T09:00', '9999-12-31T09:00']) {
      const res = await ctx.app.inject({ method: 'POST', url: `/api/rooms/${room.id}/bookings`, headers: { cookie: w.alice.cookie }, payload: { startsLocal, endsLocal: '2026-03-02T10:00', purpose: '议事', headcount: 3 } })
      expect(res.statusCode).toBe(400)
      expect(res.json().details).toEqual([expect.objectContaining({ path: 'body/startsLocal' })])
    }
    const { n } = await ctx.db.selectFrom('bookings').select((eb) => eb.fn.countAll<string>().as('n')).where('room_id', '=', room.id).executeTakeFirstOrThrow()
    expect(Number(n)).toBe(0)
  })

  // The date checks that period.ts and local-days.ts once made after validation (code invalid_date) are gone:
  // the local-date format already turns these away, with the same words, before any handler runs.
  it('are turned away by the schema on every report and list that reads local days, for staff allowed to read them', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const center = `/api/centers/${w.centerA}`
    const urls = [
      `${center}/reports?from=2026-02-30&to=2026-03-31`, `${center}/reports/export?table=rooms&format=csv&from=2026-01-01&to=2025-02-29`,
      `/api/regions/${w.districtA.id}/reports?from=2026-04-31&to=2026-05-31`, `${center}/service-requests?from=2026-02-30`,
      `${center}/notifications?to=2026-06-31`, `${center}/volunteer-service?from=2026-02-29`,
    ]
    for (const url of urls) {
      const res = await ctx.app.inject({ url, headers: { cookie: w.as.admin } })
      const field = /[?&](from|to)=\d{4}-(02-(29|30)|04-31|06-31)/.exec(url.replace('2026-01-01', ''))![1]
      expect([url, res.statusCode, res.json()]).toEqual([url, 400, expect.objectContaining({
        code: 'validation_failed', message: expect.stringContaining('calendar date'), details: [expect.objectContaining({ path: `querystring/${field}` })],
      })])
    }
  })

  it('are a 400 when creating an activity, and no activity is made', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const before = await ctx.db.selectFrom('activities').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
    const res = await ctx.app.inject({
      method: 'POST', url: `/api/centers/${w.centerA}/activities`, headers: { cookie: w.as.staff },
      payload: { title: '讲座', category: 'lecture', organiserKind: 'center', organiserName: '中心', roomId: null, location: '广场', startsLocal: '2026-04-31T10:00', endsLocal: '2026-05-01T11:00', rrule: 'FREQ=WEEKLY;COUNT=3' },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().details).toEqual([expect.objectContaining({ path: 'body/startsLocal' })])
    const after = await ctx.db.selectFrom('activities').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
    expect(after.n).toEqual(before.n)
  })
})
