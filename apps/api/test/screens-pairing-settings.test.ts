import { type Socket, io } from 'socket.io-client'
import { afterEach, describe, expect, it } from 'vitest'
import type { ClientToServerEvents, PairingStart, ServerToClientEvents } from '@linli/contracts'
import { newStaff, newWorld, signIn } from './support/factories'
import { useTestApp } from './support/test-app'

type Client = Socket<ServerToClientEvents, ClientToServerEvents>

describe('pairing a screen as staff see it, and what admin then lists', () => {
  const ctx = useTestApp({ listen: true })
  const clients: Client[] = []
  afterEach(() => clients.splice(0).forEach((c) => c.disconnect()))
  const port = () => {
    const a = ctx.app.server.address()
    return typeof a === 'object' && a ? a.port : 0
  }

  const start = async () => (await ctx.app.inject({ method: 'POST', url: '/api/screens/pairings' })).json() as PairingStart
  const poll = (p: PairingStart) => ctx.app.inject({ method: 'POST', url: `/api/screens/pairings/${p.pairingId}/poll`, payload: { secret: p.secret } })
  const pairAs = (w: Awaited<ReturnType<typeof newWorld>>, code: string, extra: object = {}) => ctx.app.inject({
    method: 'POST', url: `/api/centers/${w.centerA}/screens`, headers: { cookie: w.as.manager },
    payload: { code, name: '一楼大厅', layout: 'lobby', language: 'zh-CN', ...extra },
  })
  const list = async (w: Awaited<ReturnType<typeof newWorld>>) =>
    (await ctx.app.inject({ url: `/api/centers/${w.centerA}/screens`, headers: { cookie: w.as.staff } })).json().items as Record<string, unknown>[]

  it('accepts the code with the space the screen shows, with dashes, and in lower case', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const a = await start()
    // The screen shows 'MGF 56V': pasting it as shown must pair, not lose the last character.
    const shown = `${a.code.slice(0, 3)} ${a.code.slice(3)}`
    expect((await pairAs(w, shown)).statusCode).toBe(201)
    const b = await start()
    const typed = ` ${b.code.slice(0, 2).toLowerCase()}-${b.code.slice(2, 5)}\u3000${b.code.slice(5).toLowerCase()} `
    expect((await pairAs(w, typed)).statusCode).toBe(201)
    expect((await poll(a)).json()).toMatchObject({ status: 'paired' })
    expect((await poll(b)).json()).toMatchObject({ status: 'paired' })
  })

  it('refuses a code with five or seven characters, or other signs, as a 400 that pairs nothing', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const p = await start()
    for (const code of [`${p.code.slice(0, 3)} ${p.code.slice(3, 5)}`, `${p.code}A`, `${p.code.slice(0, 3)}/${p.code.slice(3)}`, '']) {
      const res = await pairAs(w, code)
      expect(res.statusCode, code).toBe(400)
      expect(res.json()).toMatchObject({ statusCode: 400, code: expect.any(String), message: expect.any(String) })
    }
    expect(await list(w)).toEqual([])
    expect((await poll(p)).json()).toEqual({ status: 'waiting' })
  })

  it('lists a just-paired screen as waiting rather than silent, and online once it has collected its token', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const p = await start()
    expect((await pairAs(w, p.code)).statusCode).toBe(201)
    expect((await list(w))[0]).toMatchObject({ online: false, stale: false, lastSeenAt: null })
    const paired = (await poll(p)).json()
    expect(paired.status).toBe('paired')
    expect((await list(w))[0]).toMatchObject({ online: true, stale: false, lastSeenAt: ctx.now.toISOString() })

    // Silent for a while, then it comes back: the socket connection alone marks it online again.
    const before = ctx.now
    ctx.now = new Date(before.getTime() + 5 * 60_000)
    expect((await list(w))[0]).toMatchObject({ online: false, stale: true })
    const screen: Client = io(`http://127.0.0.1:${port()}`, { transports: ['websocket'], reconnection: false, auth: { deviceToken: paired.deviceToken } })
    clients.push(screen)
    await new Promise<void>((resolve, reject) => screen.once('connect', resolve).once('connect_error', reject))
    await expect.poll(async () => (await list(w))[0]).toMatchObject({ online: true, stale: false, lastSeenAt: ctx.now.toISOString() })
    ctx.now = before
  })

  it("keeps each screen's panel size and viewing distance (55 inches at 3 m unless set) and tells the screen", async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const p = await start()
    const created = (await pairAs(w, p.code)).json()
    expect(created).toMatchObject({ panelInches: 55, viewingDistanceM: 3 })
    const { deviceToken } = (await poll(p)).json()
    const me = async () => (await ctx.app.inject({ url: '/api/screens/me', headers: { authorization: `Bearer ${deviceToken}` } })).json()
    expect(await me()).toMatchObject({ panelInches: 55, viewingDistanceM: 3 })

    const screen: Client = io(`http://127.0.0.1:${port()}`, { transports: ['websocket'], reconnection: false, auth: { deviceToken } })
    clients.push(screen)
    await new Promise<void>((resolve, reject) => screen.once('connect', resolve).once('connect_error', reject))
    const told = new Promise((resolve) => screen.once('screen:config', resolve))
    const patch = (payload: object) => ctx.app.inject({ method: 'PATCH', url: `/api/screens/${created.id}`, headers: { cookie: w.as.manager }, payload })
    const saved = await patch({ panelInches: 65, viewingDistanceM: 4.5 })
    expect(saved.json()).toMatchObject({ panelInches: 65, viewingDistanceM: 4.5 })
    expect(await told).toEqual({ screenId: created.id })
    expect(await me()).toMatchObject({ panelInches: 65, viewingDistanceM: 4.5 })

    for (const bad of [{ panelInches: 2 }, { viewingDistanceM: 0 }, { panelInches: '55' }, { viewingDistanceM: 31 }]) {
      const res = await patch(bad)
      expect(res.statusCode, JSON.stringify(bad)).toBe(400)
      expect(res.json().code).toEqual(expect.any(String))
    }
    expect(await me()).toMatchObject({ panelInches: 65, viewingDistanceM: 4.5 })

    const q = await start()
    expect((await pairAs(w, q.code, { panelInches: 21.5, viewingDistanceM: 1 })).json()).toMatchObject({ panelInches: 21.5, viewingDistanceM: 1 })
  })
  it("turns a lobby screen's 活动风采 off for the manager only, tells the screen, and refuses anything but true or false", async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const p = await start()
    const created = (await pairAs(w, p.code)).json()
    // Screens show 活动风采 unless told otherwise, as they did before the setting existed.
    expect(created).toMatchObject({ showRecords: true })
    const { deviceToken } = (await poll(p)).json()
    const me = async () => (await ctx.app.inject({ url: '/api/screens/me', headers: { authorization: `Bearer ${deviceToken}` } })).json()
    expect(await me()).toMatchObject({ showRecords: true })

    const screen: Client = io(`http://127.0.0.1:${port()}`, { transports: ['websocket'], reconnection: false, auth: { deviceToken } })
    clients.push(screen)
    await new Promise<void>((resolve, reject) => screen.once('connect', resolve).once('connect_error', reject))
    const told = new Promise((resolve) => screen.once('screen:config', resolve))
    const patch = (payload: object, cookie = w.as.manager) =>
      ctx.app.inject({ method: 'PATCH', url: `/api/screens/${created.id}`, headers: { cookie }, payload })

    const saved = await patch({ showRecords: false })
    expect(saved.statusCode).toBe(200)
    expect(saved.json()).toMatchObject({ showRecords: false, name: '一楼大厅', layout: 'lobby' })
    expect(await told).toEqual({ screenId: created.id })
    expect(await me()).toMatchObject({ showRecords: false })
    expect((await list(w))[0]).toMatchObject({ showRecords: false })
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'before', 'after']).where('entity_id', '=', created.id)
      .where('action', '=', 'update').executeTakeFirstOrThrow()
    expect(audit).toMatchObject({ before: { showRecords: true }, after: { showRecords: false } })

    // The manager of another center, and the center's own staff, cannot turn it back on.
    const foreign = await newStaff(ctx.db, 'center_manager', { centerId: w.centerB })
    const foreignCookie = (await signIn(ctx.app, foreign.username)).cookie
    expect((await patch({ showRecords: true }, foreignCookie)).statusCode).toBe(403)
    expect((await patch({ showRecords: true }, w.as.staff)).statusCode).toBe(403)

    for (const bad of [{ showRecords: 'true' }, { showRecords: 0 }, { showRecords: null }, { showRecords: false, extra: 1 }]) {
      const res = await patch(bad)
      expect(res.statusCode, JSON.stringify(bad)).toBe(400)
      expect(res.json().code).toEqual(expect.any(String))
    }
    expect(await me()).toMatchObject({ showRecords: false })

    expect((await patch({ showRecords: true })).json()).toMatchObject({ showRecords: true })
    expect(await me()).toMatchObject({ showRecords: true })
  })

  it('pairs a lobby screen with 活动风采 off when staff say so', async () => {
    const w = await newWorld(ctx.app, ctx.db)
    const p = await start()
    expect((await pairAs(w, p.code, { showRecords: false })).json()).toMatchObject({ showRecords: false })
    expect((await pairAs(w, (await start()).code, { showRecords: 'no' })).statusCode).toBe(400)
  })
})
