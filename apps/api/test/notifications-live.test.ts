import { type Socket, io } from 'socket.io-client'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type ClientToServerEvents, type NotificationHint, RESIDENT_COOKIE, type ServerToClientEvents } from '@linli/contracts'
import type { App } from '../src/app-instance'
import { buildApp } from '../src/app'
import { loadConfig } from '../src/config'
import { completePairing, startPairing } from '../src/modules/screens/screens.repository'
import { deliverDue } from '../src/modules/notifications/worker'
import { newParticipationWorld } from './support/participation-world'
import { type TestContext, createTestDatabase, useTestApp } from './support/test-app'

type Client = Socket<ServerToClientEvents, ClientToServerEvents>

describe("live notification hints reach only the resident's own sockets", () => {
  const ctx = useTestApp({ listen: true })
  const clients: Client[] = []
  afterEach(() => clients.splice(0).forEach((c) => c.disconnect()))

  /** A connected socket and every hint it receives. */
  async function connect(options: { cookie?: string; origin?: string; deviceToken?: string } = {}) {
    const address = ctx.app.server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const headers = { ...(options.cookie && { cookie: options.cookie }), ...(options.origin && { origin: options.origin }) }
    const client: Client = io(`http://127.0.0.1:${port}`, {
      transports: ['websocket'], reconnection: false, extraHeaders: headers, ...(options.deviceToken && { auth: { deviceToken: options.deviceToken } }),
    })
    clients.push(client)
    const hints: NotificationHint[] = []
    client.on('notification:new', (h) => hints.push(h))
    await new Promise<void>((resolve, reject) => (client.once('connect', resolve), client.once('connect_error', reject)))
    return { client, hints, next: () => new Promise<NotificationHint>((resolve) => client.once('notification:new', resolve)) }
  }

  /** A round trip on a socket: a hint sent to it before would have arrived by now. */
  const roundTrip = (c: Client, centerId: string) => c.timeout(5000).emitWithAck('center:watch', centerId)

  it('pushes a seat offer to the resident offered it, in their language, and to no other resident, screen or stranger', async () => {
    ctx.now = new Date('2026-11-20T02:00:00Z')
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const a = await w.activity({ capacity: 1, title: '太极拳' })
    const alice = await w.registered(w.alice.cookie, a.occurrenceId)
    const bob = await w.registered(w.bob.cookie, a.occurrenceId)
    // Alice's sign-up confirmation goes out before anyone listens: this is about the offer.
    for (let i = 0; i < 5 && Object.values(await deliverDue(ctx.app)).some((n) => n > 0); i++);
    const p = await startPairing(ctx.db, ctx.now)
    const staffId = (await ctx.db.selectFrom('staff').select('id').where('username', '=', w.usernames.manager).executeTakeFirstOrThrow()).id
    await completePairing(ctx.db, p.pairingId, w.centerA, { code: p.code, name: '大厅屏', layout: 'lobby', language: 'zh-CN' }, staffId)
    const { pending_token: deviceToken } = await ctx.db.selectFrom('screen_pairings').select('pending_token').where('id', '=', p.pairingId).executeTakeFirstOrThrow()

    const bobs = await connect({ cookie: w.bob.cookie })
    const alices = await connect({ cookie: w.alice.cookie })
    const others = [
      await connect(),
      await connect({ cookie: `${RESIDENT_COOKIE}=not-a-session` }),
      // A screen, even one whose browser also holds bob's cookie.
      await connect({ deviceToken: deviceToken!, cookie: w.bob.cookie }),
      // Bob's cookie riding along on a socket opened by another site's page.
      await connect({ cookie: w.bob.cookie, origin: 'https://evil.example' }),
    ]

    expect((await w.cancel(w.alice.cookie, alice.id)).statusCode).toBe(200)
    const toBob = bobs.next()
    expect(await deliverDue(ctx.app)).toEqual({ sent: 1, retried: 0, dead: 0, skipped: 0 })
    const hint = await toBob
    const stored = await ctx.db.selectFrom('notifications').select('id').where('resident_id', '=', w.bob.id).executeTakeFirstOrThrow()
    expect(hint).toEqual({
      id: stored.id, kind: 'seat_offered', title: '候补到位：请确认名额', link: `/m/registrations?confirm=${bob.id}`, unread: 1,
      body: '「太极拳」（11月23日 09:00）有空位为您保留到 11月20日 12:00，请在此之前确认，逾期将顺延给下一位。',
    })
    for (const s of [alices, ...others]) await roundTrip(s.client, w.centerA)
    expect([alices, ...others].map((s) => s.hints)).toEqual([[], [], [], [], []])

    // Alice reads English; her hint comes to her alone.
    const lang = await ctx.app.inject({ method: 'PATCH', url: '/api/residents/me/notification-settings', headers: { cookie: w.alice.cookie }, payload: { language: 'en' } })
    expect(lang.json()).toMatchObject({ language: 'en' })
    const request = await w.book(w.alice.cookie, w.hall.id, w.slot('2026-11-23', '14:00', '15:00'))
    // The request's receipt reaches her first; the decision is what is watched here.
    await deliverDue(ctx.app)
    await roundTrip(alices.client, w.centerA)
    const toAlice = alices.next()
    await ctx.app.inject({ method: 'POST', url: '/api/bookings/decisions', headers: { cookie: w.as.staff }, payload: { ids: [request.json().id], decision: 'approve' } })
    expect(await deliverDue(ctx.app)).toMatchObject({ sent: 1 })
    // Unread with it: her sign-up's confirmation and the request's receipt.
    expect(await toAlice).toMatchObject({ kind: 'booking_approved', title: 'Booking approved', body: 'Your booking of 多功能厅 on 23 Nov 14:00–15:00 is approved.', unread: 3 })
    for (const s of [bobs, ...others]) await roundTrip(s.client, w.centerA)
    expect(bobs.hints).toHaveLength(1)
    expect(others.map((s) => s.hints)).toEqual([[], [], [], []])
  })
})

describe('the worker the app starts by itself', () => {
  // As `npm start` runs it: background jobs on, so nobody calls the worker by hand.
  const ctx = { now: new Date('2026-11-20T02:00:00Z') } as TestContext
  let drop: () => Promise<void>
  beforeAll(async () => {
    const created = await createTestDatabase()
    ;({ db: ctx.db, drop } = created)
    ctx.app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), db: ctx.db, clock: () => ctx.now, logger: false, webApps: [], backgroundJobs: true })
    await ctx.app.listen({ port: 0, host: '127.0.0.1' })
  })
  afterAll(async () => {
    await (ctx.app as App | undefined)?.close()
    await drop?.()
  })

  it('brings the resident next in line the offer as soon as another resident cancels', async () => {
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const a = await w.activity({ capacity: 1, title: '八段锦' })
    const alice = await w.registered(w.alice.cookie, a.occurrenceId)
    await w.registered(w.bob.cookie, a.occurrenceId)
    const address = ctx.app.server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const bob: Client = io(`http://127.0.0.1:${port}`, { transports: ['websocket'], reconnection: false, extraHeaders: { cookie: w.bob.cookie } })
    try {
      await new Promise<void>((resolve) => bob.once('connect', resolve))
      const hint = new Promise<NotificationHint>((resolve) => bob.once('notification:new', resolve))
      expect((await w.cancel(w.alice.cookie, alice.id)).statusCode).toBe(200)
      expect(await hint).toMatchObject({ kind: 'seat_offered', title: '候补到位：请确认名额', unread: 1 })
    } finally {
      bob.disconnect()
    }
  })
})
