import { type Socket, io } from 'socket.io-client'
import { afterEach, describe, expect, it } from 'vitest'
import type { ClientToServerEvents, ServerToClientEvents } from '@linli/contracts'
import { createSeenBatch } from '../src/modules/screens/seen-batch'
import { newBookingWorld } from './support/booking-world'
import { newCenter, newSubdistrict } from './support/factories'
import { useTestApp } from './support/test-app'

type Client = Socket<ServerToClientEvents, ClientToServerEvents>

describe('paired lobby screens over real Socket.IO connections', () => {
  const ctx = useTestApp({ listen: true })
  const clients: Client[] = []
  afterEach(() => clients.splice(0).forEach((c) => c.disconnect()))
  const url = () => {
    const a = ctx.app.server.address()
    return `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`
  }
  const connect = (deviceToken?: string) => {
    const c: Client = io(url(), { transports: ['websocket'], reconnection: false, auth: deviceToken ? { deviceToken } : {} })
    clients.push(c)
    return c
  }
  const connected = (c: Client) => new Promise<void>((resolve, reject) => {
    c.once('connect', () => resolve())
    c.once('connect_error', reject)
  })

  async function pair(w: Awaited<ReturnType<typeof newBookingWorld>>, centerId = w.centerA, cookie = w.as.manager) {
    const start = (await ctx.app.inject({ method: 'POST', url: '/api/screens/pairings' })).json()
    expect(start.code).toMatch(/^[A-Z0-9]{6}$/)
    const poll = () => ctx.app.inject({ method: 'POST', url: `/api/screens/pairings/${start.pairingId}/poll`, payload: { secret: start.secret } })
    expect((await poll()).json()).toEqual({ status: 'waiting' })
    const created = await ctx.app.inject({ method: 'POST', url: `/api/centers/${centerId}/screens`, headers: { cookie }, payload: { code: start.code.toLowerCase(), name: '一楼大厅', layout: 'lobby', language: 'zh-CN' } })
    expect(created.statusCode).toBe(201)
    const paired = (await poll()).json()
    expect(paired).toMatchObject({ status: 'paired', screenId: created.json().id })
    // The token is handed over once only.
    expect((await poll()).json()).toEqual({ status: 'expired' })
    return { token: paired.deviceToken as string, screenId: created.json().id as string }
  }

  it('pairs a screen by its code; the token reads its settings and is stored only as a hash', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const { token, screenId } = await pair(w)
    const me = await ctx.app.inject({ url: '/api/screens/me', headers: { authorization: `Bearer ${token}` } })
    expect(me.json()).toMatchObject({ screenId, centerId: w.centerA, layout: 'lobby', name: '一楼大厅' })
    const stored = await ctx.db.selectFrom('screens').select('token_hash').where('id', '=', screenId).executeTakeFirstOrThrow()
    expect(stored.token_hash).not.toBe(token)
    expect((await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/screens`, headers: { cookie: w.as.manager }, payload: { code: 'ZZZZZZ', name: 'x', layout: 'lobby', language: 'zh-CN' } })).json().code).toBe('unknown_pairing_code')
    expect((await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/screens`, headers: { cookie: w.as.staff }, payload: { code: 'ZZZZZZ', name: 'x', layout: 'lobby', language: 'zh-CN' } })).statusCode).toBe(403)
  })

  it('pushes a schedule change to fifty screens of the center', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const { token } = await pair(w)
    const screens = Array.from({ length: 50 }, () => connect(token))
    await Promise.all(screens.map(connected))
    const received = Promise.all(screens.map((c) => new Promise((resolve) => c.once('center:changed', resolve))))
    await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-21', '09:00', '10:00'))
    const payloads = await received
    expect(payloads).toHaveLength(50)
    expect(payloads[0]).toEqual({ centerId: w.centerA, what: 'schedule' })
  })

  it('refuses a revoked token, and tells a connected screen it was revoked', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const { token, screenId } = await pair(w)
    const screen = connect(token)
    await connected(screen)
    const revoked = new Promise((resolve) => screen.once('screen:revoked', () => resolve('revoked')))
    const dropped = new Promise((resolve) => screen.once('disconnect', resolve))
    expect((await ctx.app.inject({ method: 'DELETE', url: `/api/screens/${screenId}`, headers: { cookie: w.as.manager } })).statusCode).toBe(204)
    expect(await revoked).toBe('revoked')
    await dropped
    await expect(connected(connect(token))).rejects.toThrow('screen_revoked')
    await expect(connected(connect('made-up-token'))).rejects.toThrow('screen_revoked')
    expect((await ctx.app.inject({ url: '/api/screens/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401)
  })

  it('shows screens online while they beat, and flags one silent for over two minutes', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const { token } = await pair(w)
    const screen = connect(token)
    await connected(screen)
    screen.emit('screen:heartbeat', { appVersion: '1.2.3' })
    const list = async () => (await ctx.app.inject({ url: `/api/centers/${w.centerA}/screens`, headers: { cookie: w.as.staff } })).json().items[0]
    await expect.poll(async () => (await list()).appVersion).toBe('1.2.3')
    expect(await list()).toMatchObject({ online: true, stale: false })
    ctx.now = new Date(ctx.now.getTime() + 3 * 60_000)
    expect(await list()).toMatchObject({ online: false, stale: true })
    ctx.now = new Date(ctx.now.getTime() - 3 * 60_000)
  })

  it("writes heartbeats in batches: none per beat, every screen's last beat at the next flush, never moving a screen back in time", async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const [a, b] = [await pair(w), await pair(w)]
    const seenOf = async (id: string) => ctx.db.selectFrom('screens').select(['last_seen_at', 'app_version']).where('id', '=', id).executeTakeFirstOrThrow()
    let now = new Date('2026-12-07T10:00:00Z')
    const batch = createSeenBatch(ctx.db, () => now, 3_600_000)
    try {
      batch.seen(a.screenId, '2.0.0')
      batch.seen(b.screenId, '2.0.1')
      now = new Date('2026-12-07T10:00:30Z')
      batch.seen(a.screenId)
      // Nothing is written per beat.
      expect((await seenOf(a.screenId)).app_version).toBeNull()
      await batch.flush()
      expect(await seenOf(a.screenId)).toEqual({ last_seen_at: new Date('2026-12-07T10:00:30Z'), app_version: '2.0.0' })
      expect(await seenOf(b.screenId)).toEqual({ last_seen_at: new Date('2026-12-07T10:00:00Z'), app_version: '2.0.1' })
      // A late batch from another replica with an older beat leaves the newer one.
      now = new Date('2026-12-07T09:59:00Z')
      batch.seen(a.screenId)
      await batch.flush()
      expect((await seenOf(a.screenId)).last_seen_at).toEqual(new Date('2026-12-07T10:00:30Z'))
    } finally {
      await batch.close()
    }
  })

  it('takes over only the screens of the region an emergency is for, and clears it', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const inA = await pair(w)
    const otherSub = await newSubdistrict(ctx.db, w.districtB.id)
    const centerC = await newCenter(ctx.db, otherSub.id)
    const { newStaff, signIn } = await import('./support/factories')
    const adminB = await newStaff(ctx.db, 'district_admin', { regionId: w.districtB.id })
    const cookieB = (await signIn(ctx.app, adminB.username)).cookie
    const inC = await pair(w, centerC, cookieB)
    const a = connect(inA.token)
    const c = connect(inC.token)
    await Promise.all([connected(a), connected(c)])
    const seenByA: unknown[] = []
    a.on('center:changed', (p) => seenByA.push(p))
    const atC = new Promise((resolve) => c.once('center:changed', resolve))
    const res = await ctx.app.inject({
      method: 'POST', url: '/api/emergencies', headers: { cookie: cookieB },
      payload: { title: '紧急疏散', message: '请沿安全出口有序撤离', regionId: w.districtB.id, endsAt: new Date(ctx.now.getTime() + 3_600_000).toISOString() },
    })
    expect(res.statusCode).toBe(201)
    expect(await atC).toEqual({ centerId: centerC, what: 'emergency' })
    const boardC = await ctx.app.inject(`/api/centers/${centerC}/board`)
    expect(boardC.json().emergency).toMatchObject({ title: '紧急疏散' })
    expect((await ctx.app.inject(`/api/centers/${w.centerA}/board`)).json().emergency).toBeNull()
    expect(seenByA).toEqual([])
    // A district admin cannot take over another district's screens.
    const foreign = await ctx.app.inject({ method: 'POST', url: '/api/emergencies', headers: { cookie: w.as.admin }, payload: { title: 'x', message: 'y', regionId: w.districtB.id, endsAt: new Date(ctx.now.getTime() + 60_000).toISOString() } })
    expect(foreign.statusCode).toBe(403)
    await ctx.app.inject({ method: 'POST', url: `/api/emergencies/${res.json().id}/clear`, headers: { cookie: cookieB } })
    expect((await ctx.app.inject(`/api/centers/${centerC}/board`)).json().emergency).toBeNull()
  })

  it('shows current announcements for the center and its regions, and never a resident name or phone', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const iso = (minutes: number) => new Date(ctx.now.getTime() + minutes * 60_000).toISOString()
    const post = (payload: object, cookie = w.as.manager) => ctx.app.inject({ method: 'POST', url: '/api/announcements', headers: { cookie }, payload })
    expect((await post({ text: '本周六停水，活动照常', centerId: w.centerA, startsAt: iso(-10), endsAt: iso(60), priority: 'high' })).statusCode).toBe(201)
    expect((await post({ text: '全区文明城市创建', regionId: w.districtA.id, startsAt: iso(-10), endsAt: iso(60), priority: 'normal' }, w.as.admin)).statusCode).toBe(201)
    expect((await post({ text: '下周的通知', centerId: w.centerA, startsAt: iso(600), endsAt: iso(700), priority: 'normal' })).statusCode).toBe(201)
    expect((await post({ text: 'x', regionId: w.districtA.id, startsAt: iso(0), endsAt: iso(5), priority: 'normal' })).statusCode).toBe(403)
    expect((await post({ text: 'x', startsAt: iso(0), endsAt: iso(5), priority: 'normal' })).json().code).toBe('target_required')
    await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-20', '14:00', '15:00'))
    const board = await ctx.app.inject(`/api/centers/${w.centerA}/board`)
    expect(board.json().announcements.map((a: { text: string }) => a.text)).toEqual(['本周六停水，活动照常', '全区文明城市创建'])
    const schedule = await ctx.app.inject(`/api/centers/${w.centerA}/schedule`)
    for (const body of [board.body, schedule.body]) {
      expect(body).not.toContain(w.alice.name)
      expect(body).not.toContain(w.alice.phone)
    }
    expect(schedule.json().occupied).toHaveLength(1)
  })
})
