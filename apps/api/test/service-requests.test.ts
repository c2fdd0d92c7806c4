import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import type { ServiceRequest, ServiceRequestPage } from '@linli/contracts'
import type { App } from '../src/app-instance'
import type { Database } from '../src/db/database'
import { countRows, newResident, newWorld } from './support/factories'
import { useTestApp } from './support/test-app'

/** A center's service hall; the clock stands at Friday 2026-11-20 10:00 in Shanghai. */
async function newHall(app: App, db: Database) {
  const w = await newWorld(app, db)
  const call = (method: string, url: string, payload?: object, cookie = w.as.staff) =>
    app.inject({ method: method as 'GET', url, headers: { cookie }, ...(payload && { payload }) })
  const log = (body: object) => call('POST', `/api/centers/${w.centerA}/service-requests`, { category: 'social_security', description: '咨询医保转移', ...body })
  const act = (id: string, body: object) => call('POST', `/api/service-requests/${id}/actions`, body)
  return { ...w, call, log, act }
}

describe('service requests (民情) at the service hall', () => {
  const ctx = useTestApp()
  // Tests that move the clock put it back, whatever happens.
  afterEach(() => void (ctx.now = new Date('2026-11-20T02:00:00Z')))

  it('logs an anonymous visitor, and one resolved on the spot at once', async () => {
    const h = await newHall(ctx.app, ctx.db)
    const anonymous = await h.log({})
    expect(anonymous.statusCode).toBe(201)
    expect(anonymous.json()).toMatchObject({
      centerId: h.centerA, status: 'registered', category: 'social_security', description: '咨询医保转移', residentId: null,
      visitorName: null, visitorPhone: null, department: null, transferredAt: null, closedAt: null, resolution: '',
      receivedAt: '2026-11-20T10:00:00+08:00',
    })
    const resident = await newResident(ctx.db, '李大姐')
    const onSpot = await h.log({ category: 'policy', description: '咨询老年证办理', residentId: resident.id, visitorName: '李大姐', visitorPhone: '0371-6688 1234', resolvedOnSpot: true, resolution: '现场告知所需材料', receivedAt: '2026-11-20T09:40:00+08:00' })
    expect(onSpot.json()).toMatchObject({ status: 'resolved_on_spot', resolution: '现场告知所需材料', residentId: resident.id, visitorName: '李大姐', closedAt: '2026-11-20T01:40:00.000Z' })
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'actor_kind']).where('entity', '=', 'service_request').where('entity_id', '=', onSpot.json().id).execute()
    expect(audit).toEqual([{ action: 'create', actor_kind: 'staff' }])
  })

  it('refuses bad input with a clear 400 and writes nothing', async () => {
    const h = await newHall(ctx.app, ctx.db)
    const before = await countRows(ctx.db, 'service_requests')
    expect((await h.log({ receivedAt: '2026-11-20T10:30:00+08:00' })).json()).toMatchObject({ statusCode: 400, code: 'received_in_future' })
    expect((await h.log({ residentId: '00000000-0000-4000-8000-000000000000' })).json()).toMatchObject({ statusCode: 400, code: 'unknown_resident' })
    expect((await h.log({ resolution: '已处理' })).json()).toMatchObject({ statusCode: 400, code: 'resolution_without_resolving' })
    expect((await h.log({ category: 'weather' })).statusCode).toBe(400)
    expect((await h.log({ description: '   ' })).statusCode).toBe(400)
    expect((await h.log({ visitorPhone: 'call me' })).statusCode).toBe(400)
    expect(await countRows(ctx.db, 'service_requests')).toBe(before)
  })

  it('follows a request from registered to transferred to closed, refusing steps its status does not allow', async () => {
    const h = await newHall(ctx.app, ctx.db)
    const r = (await h.log({ category: 'property', description: '楼道灯坏了' })).json() as ServiceRequest
    expect((await h.act(r.id, { action: 'transfer' })).statusCode).toBe(400) // a department is required
    ctx.now = new Date('2026-11-20T03:00:00Z')
    const transferred = await h.act(r.id, { action: 'transfer', department: '物业公司' })
    expect(transferred.json()).toMatchObject({ status: 'transferred', department: '物业公司', transferredAt: '2026-11-20T03:00:00.000Z', closedAt: null })

    const refused = async (body: object, message: RegExp) => {
      const res = await h.act(r.id, body)
      expect(res.statusCode).toBe(409)
      expect(res.json()).toMatchObject({ code: 'invalid_transition', message: expect.stringMatching(message) })
    }
    await refused({ action: 'transfer', department: '街道办' }, /already transferred/)
    await refused({ action: 'resolve_on_spot', resolution: '已修' }, /already transferred; it cannot be resolved on the spot/)
    expect((await h.call('GET', `/api/service-requests/${r.id}`)).json()).toMatchObject({ status: 'transferred', department: '物业公司' })

    ctx.now = new Date('2026-11-20T08:00:00Z')
    const closed = await h.act(r.id, { action: 'close', resolution: '物业已更换灯泡' })
    expect(closed.json()).toMatchObject({ status: 'closed', department: '物业公司', transferredAt: '2026-11-20T03:00:00.000Z', closedAt: '2026-11-20T08:00:00.000Z', resolution: '物业已更换灯泡' })
    for (const body of [{ action: 'close', resolution: '再关' }, { action: 'transfer', department: '街道办' }, { action: 'resolve_on_spot', resolution: '现场' }])
      await refused(body, /already closed/)

    const audit = await ctx.db.selectFrom('audit_log').select('action').where('entity', '=', 'service_request').where('entity_id', '=', r.id).orderBy('at').execute()
    expect(audit.map((a) => a.action)).toEqual(['create', 'transfer', 'close'])
  })

  it('resolves or closes a registered request directly, and a resolved one stays final', async () => {
    const h = await newHall(ctx.app, ctx.db)
    const a = (await h.log({})).json() as ServiceRequest
    expect((await h.act(a.id, { action: 'resolve_on_spot', resolution: '现场解答' })).json()).toMatchObject({ status: 'resolved_on_spot', closedAt: '2026-11-20T02:00:00.000Z' })
    const again = await h.act(a.id, { action: 'close', resolution: '关闭' })
    expect(again.json()).toMatchObject({ statusCode: 409, code: 'invalid_transition', message: expect.stringContaining('resolved on the spot') })
    const b = (await h.log({})).json() as ServiceRequest
    expect((await h.act(b.id, { action: 'close', resolution: '来访者撤回' })).json()).toMatchObject({ status: 'closed', department: null, transferredAt: null })
    expect((await h.act('00000000-0000-4000-8000-000000000000', { action: 'close', resolution: 'x' })).statusCode).toBe(404)
  })

  it('keeps figures right on a small fixture: received, resolved on the spot, transferred, closed', async () => {
    const h = await newHall(ctx.app, ctx.db)
    const make = async (n: number, then: object[] = [], extra: object = {}) => {
      for (let i = 0; i < n; i++) {
        const r = (await h.log({ receivedAt: '2026-11-19T10:00:00+08:00', ...extra })).json() as ServiceRequest
        for (const step of then) expect((await h.act(r.id, step)).statusCode).toBe(200)
      }
    }
    await make(3, [], { resolvedOnSpot: true, resolution: '现场解决' })
    await make(1, [{ action: 'resolve_on_spot', resolution: '稍后现场解决' }])
    await make(2, [{ action: 'transfer', department: '社保所' }, { action: 'close', resolution: '已办结' }])
    await make(1, [{ action: 'transfer', department: '司法所' }])
    await make(1, [{ action: 'close', resolution: '无需处理' }])
    await make(2)
    const { rows } = await sql<{ received: string; on_spot: string; transferred: string; closed: string }>`
      select count(*) as received,
        count(*) filter (where status = 'resolved_on_spot') as on_spot,
        count(*) filter (where transferred_at is not null) as transferred,
        count(*) filter (where transferred_at is not null and status = 'closed') as closed
      from service_requests where center_id = ${h.centerA}`.execute(ctx.db)
    // The seeds' 810 / 419 / 203 / 192 (95 %) in miniature: 10 / 4 / 3 / 2, closing rate 2 of 3.
    expect(Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]))).toEqual({ received: 10, on_spot: 4, transferred: 3, closed: 2 })
    const total = async (qs: string) => ((await h.call('GET', `/api/centers/${h.centerA}/service-requests${qs}`)).json() as ServiceRequestPage).total
    expect(await total('')).toBe(10)
    expect(await total('?status=resolved_on_spot')).toBe(4)
    expect(await total('?status=transferred')).toBe(1)
    expect(await total('?status=closed')).toBe(3)
    expect(await total('?status=registered')).toBe(2)
  })

  it('lists by received day in the center\'s time zone, status and category, newest first, a page at a time', async () => {
    const h = await newHall(ctx.app, ctx.db)
    const at = (receivedAt: string, category = 'legal_aid') => h.log({ receivedAt, category })
    const late = (await at('2026-11-19T23:30:00+08:00')).json() // the 19th in Shanghai
    const early = (await at('2026-11-20T00:30:00+08:00')).json() // the 20th in Shanghai, the 19th in UTC
    const other = (await at('2026-11-20T09:00:00+08:00', 'environment')).json()
    const list = async (qs: string) => (await h.call('GET', `/api/centers/${h.centerA}/service-requests${qs}`)).json() as ServiceRequestPage
    expect((await list('')).items.map((r) => r.id)).toEqual([other.id, early.id, late.id])
    expect((await list('?from=2026-11-20&to=2026-11-20')).items.map((r) => r.id)).toEqual([other.id, early.id])
    expect((await list('?to=2026-11-19')).items.map((r) => r.id)).toEqual([late.id])
    expect((await list('?category=legal_aid')).items.map((r) => r.id)).toEqual([early.id, late.id])
    const page = await list('?limit=2&offset=2')
    expect(page).toMatchObject({ total: 3, items: [{ id: late.id }] })
    expect((await h.call('GET', `/api/centers/${h.centerA}/service-requests?from=2026-11-20&to=2026-11-19`)).json()).toMatchObject({ statusCode: 400, code: 'invalid_range' })
  })

  it('is for staff of the center and district admins in scope only', async () => {
    const h = await newHall(ctx.app, ctx.db)
    const r = (await h.log({})).json() as ServiceRequest
    const resident = await newResident(ctx.db)
    expect((await h.call('GET', `/api/service-requests/${r.id}`, undefined, resident.cookie)).statusCode).toBe(401)
    expect((await ctx.app.inject(`/api/centers/${h.centerA}/service-requests`)).statusCode).toBe(401)
    expect((await h.call('GET', `/api/service-requests/${r.id}`, undefined, h.as.admin)).statusCode).toBe(200)
    expect((await h.call('GET', `/api/centers/${h.centerB}/service-requests`, undefined, h.as.admin)).statusCode).toBe(403)
    expect((await h.call('POST', `/api/centers/${h.centerB}/service-requests`, { category: 'other', description: '越权' }, h.as.manager)).statusCode).toBe(403)
  })
})
