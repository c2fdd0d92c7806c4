import { type Socket, io } from 'socket.io-client'
import { afterEach, describe, expect, it } from 'vitest'
import type { CenterChange, ClientToServerEvents, ServerToClientEvents } from '@linli/contracts'
import { buildApp } from '../src/app'
import type { App } from '../src/app-instance'
import { loadConfig } from '../src/config'
import { announcementPusher, pushDueAnnouncements } from '../src/modules/board/announcement-pushes'
import { newWorld } from './support/factories'
import { useTestApp } from './support/test-app'

type Client = Socket<ServerToClientEvents, ClientToServerEvents>
type World = Awaited<ReturnType<typeof newWorld>>

describe('scheduled announcements reach the screens when they start and when they end (clock injected)', () => {
  const ctx = useTestApp({ listen: true })
  const clients: Client[] = []
  const extraApps: App[] = []
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.disconnect())
    for (const app of extraApps.splice(0)) await app.close()
  })
  const at = (minutes: number) => new Date(Date.parse('2026-11-20T02:00:00Z') + minutes * 60_000)

  /** A lobby screen following the center on a listening app: collects what it is told. */
  async function screenOf(app: App, centerId: string) {
    const a = app.server.address()
    const c: Client = io(`http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`, { transports: ['websocket'], reconnection: false })
    clients.push(c)
    const told: CenterChange[] = []
    c.on('center:changed', (p) => told.push(p.what))
    await new Promise<void>((resolve) => c.once('connect', () => c.emit('center:watch', centerId, () => resolve())))
    return told
  }
  const shown = async (app: App, centerId: string) =>
    (await app.inject(`/api/centers/${centerId}/board`)).json().announcements.map((a: { text: string }) => a.text) as string[]
  const announce = (w: World, payload: object, cookie = w.as.manager) =>
    ctx.app.inject({ method: 'POST', url: '/api/announcements', headers: { cookie }, payload: { priority: 'normal', ...payload } })
  /** Pushes travel over a real socket in order: once a round trip is back, everything sent before it has arrived. */
  const settle = (centerId: string) => clients.at(-1)!.emitWithAck('center:watch', centerId)

  it('pushes a scheduled announcement at its start and at its end, once each', async () => {
    ctx.now = at(0)
    const w = await newWorld(ctx.app, ctx.db)
    const told = await screenOf(ctx.app, w.centerA)
    expect((await announce(w, { text: '十点起停水一小时', centerId: w.centerA, startsAt: at(10).toISOString(), endsAt: at(70).toISOString() })).statusCode).toBe(201)
    await settle(w.centerA)
    told.length = 0

    ctx.now = at(9)
    expect(await pushDueAnnouncements(ctx.app)).toEqual({ announcements: 0, centers: 0 })
    expect(await shown(ctx.app, w.centerA)).toEqual([])

    ctx.now = at(10)
    expect(await pushDueAnnouncements(ctx.app)).toEqual({ announcements: 1, centers: 1 })
    await expect.poll(() => told).toEqual(['announcements'])
    expect(await shown(ctx.app, w.centerA)).toEqual(['十点起停水一小时'])
    expect(await pushDueAnnouncements(ctx.app)).toEqual({ announcements: 0, centers: 0 })

    ctx.now = at(70)
    expect(await pushDueAnnouncements(ctx.app)).toEqual({ announcements: 1, centers: 1 })
    await expect.poll(() => told).toEqual(['announcements', 'announcements'])
    expect(await shown(ctx.app, w.centerA)).toEqual([])
    expect(await pushDueAnnouncements(ctx.app)).toEqual({ announcements: 0, centers: 0 })
    await settle(w.centerA)
    expect(told).toHaveLength(2)
  })

  it('does not push again what was on screen when it was saved, and reaches every center of a region', async () => {
    ctx.now = at(0)
    const w = await newWorld(ctx.app, ctx.db)
    expect((await announce(w, { text: '已经开始的通知', centerId: w.centerA, startsAt: at(-5).toISOString(), endsAt: at(30).toISOString() })).statusCode).toBe(201)
    expect(await pushDueAnnouncements(ctx.app)).toEqual({ announcements: 0, centers: 0 })
    expect((await announce(w, { text: '全区通知', regionId: w.districtA.id, startsAt: at(15).toISOString(), endsAt: at(45).toISOString() }, w.as.admin)).statusCode).toBe(201)
    ctx.now = at(15)
    // The district reaches center A only; district B's center hears nothing.
    expect(await pushDueAnnouncements(ctx.app)).toEqual({ announcements: 1, centers: 1 })
    expect(await shown(ctx.app, w.centerA)).toEqual(['已经开始的通知', '全区通知'])
    expect(await shown(ctx.app, w.centerB)).toEqual([])
    ctx.now = at(45)
    // Both have ended by now: one push per center, not one per announcement.
    expect(await pushDueAnnouncements(ctx.app)).toEqual({ announcements: 2, centers: 1 })
  })

  it('finds what fell due while the API was down when it starts again, and pushes it on its own', async () => {
    ctx.now = at(0)
    const w = await newWorld(ctx.app, ctx.db)
    expect((await announce(w, { text: '重启期间开始的通知', centerId: w.centerA, startsAt: at(20).toISOString(), endsAt: at(90).toISOString() })).statusCode).toBe(201)
    // The first process is gone before the start; a new one comes up afterwards on the same database.
    const clock = { now: at(25) }
    const restarted = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), db: ctx.db, clock: () => clock.now, logger: false, backgroundJobs: false })
    extraApps.push(restarted)
    await restarted.listen({ port: 0, host: '127.0.0.1' })
    const told = await screenOf(restarted, w.centerA)
    const pusher = announcementPusher(restarted)
    pusher.start()
    try {
      await expect.poll(() => told, { timeout: 10_000 }).toEqual(['announcements'])
      expect(await shown(restarted, w.centerA)).toEqual(['重启期间开始的通知'])
    } finally {
      pusher.stop()
    }
  })

  it('pushes each start once when two replicas run the timer at the same moment', async () => {
    ctx.now = at(0)
    const w = await newWorld(ctx.app, ctx.db)
    for (const text of ['一', '二', '三']) {
      expect((await announce(w, { text, centerId: w.centerA, startsAt: at(5).toISOString(), endsAt: at(50).toISOString() })).statusCode).toBe(201)
    }
    const replica = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), db: ctx.db, clock: () => ctx.now, logger: false, backgroundJobs: false })
    extraApps.push(replica)
    await replica.ready()
    ctx.now = at(5)
    const [a, b] = await Promise.all([pushDueAnnouncements(ctx.app), pushDueAnnouncements(replica)])
    expect(a.announcements + b.announcements).toBe(3)
    expect(await pushDueAnnouncements(replica)).toEqual({ announcements: 0, centers: 0 })
  })
})
