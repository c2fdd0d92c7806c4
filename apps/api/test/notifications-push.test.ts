import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import webpush from 'web-push'
import { buildApp } from '../src/app'
import { ConfigError, loadConfig } from '../src/config'
import type { KyselyPlugin } from 'kysely'
import type { App } from '../src/app-instance'
import type { Database } from '../src/db/database'
import { liveChannels } from '../src/modules/notifications/channels'
import { recordNotifications } from '../src/modules/notifications/outbox.repository'
import { pushChannel } from '../src/modules/notifications/push'
import { residentsWithPush } from '../src/modules/notifications/push-subscriptions.repository'
import { deliverDue } from '../src/modules/notifications/worker'
import { newBookingWorld } from './support/booking-world'
import { newResident } from './support/factories'
import { type FakeBrowser, decryptPush, fakeBrowser, startPushService, trustingAgent } from './support/push-service'
import { useTestApp } from './support/test-app'

const at = (iso: string) => new Date(iso)
/** Changes nothing: gives a replica a database handle of its own on the same database. */
const asItIs: KyselyPlugin = { transformQuery: ({ node }) => node, transformResult: async ({ result }) => result }
const plus = (d: Date, seconds: number) => new Date(d.getTime() + seconds * 1000)
const params = { roomName: '会议室', startsAt: '2026-11-23T09:00:00+08:00', endsAt: '2026-11-23T10:00:00+08:00' }

/** A notification for a resident, as a cause records it, with the web push delivery the fan-out makes for a subscribed resident. */
async function notice(db: Database, residentId: string, centerId: string, now: Date, dedupeKey: string) {
  const [id] = await db.transaction().execute((trx) => recordNotifications(trx, [{
    residentId, centerId, kind: 'booking_approved', dedupeKey, link: `/m/bookings?booking=${dedupeKey}`, params,
  }], now))
  await pushDelivery(db, id!, now)
  return id!
}

async function pushDelivery(db: Database, notificationId: string, now: Date) {
  await db.insertInto('notification_deliveries').values({ notification_id: notificationId, channel: 'web_push', next_attempt_at: now, created_at: now, updated_at: now })
    .onConflict((oc) => oc.constraint('notification_deliveries_channel_key').doNothing()).execute()
}

const deliveryOf = (db: Database, notificationId: string) =>
  db.selectFrom('notification_deliveries').select(['id', 'status', 'attempts', 'last_error']).where('notification_id', '=', notificationId)
    .where('channel', '=', 'web_push').executeTakeFirstOrThrow()

const endpointsOf = async (db: Database, residentId: string) =>
  (await db.selectFrom('push_subscriptions').select('endpoint').where('resident_id', '=', residentId).orderBy('endpoint').execute()).map((r) => r.endpoint)

describe('web push', () => {
  // The fake push service runs on this machine; a real server sends only to the known push services.
  const ctx = useTestApp({ env: { PUSH_SERVICE_HOSTS: '127.0.0.1' } })
  let service: Awaited<ReturnType<typeof startPushService>>
  const agent = trustingAgent()
  beforeAll(async () => {
    service = await startPushService()
  })
  afterAll(async () => {
    agent.destroy()
    await service?.close()
  })
  const channels = () => ({ ...liveChannels(ctx.app), web_push: pushChannel(ctx.app, { agent }) })
  const subscribe = (cookie: string | undefined, payload: object) =>
    ctx.app.inject({ method: 'POST', url: '/api/residents/me/push-subscriptions', headers: { ...(cookie && { cookie }), 'user-agent': 'Mozilla/5.0 (Linux; Android 14) Chrome/131' }, payload })
  const unsubscribe = (cookie: string, endpoint: string) =>
    ctx.app.inject({ method: 'DELETE', url: '/api/residents/me/push-subscriptions', headers: { cookie }, payload: { endpoint } })
  const browser = (name: string): FakeBrowser => fakeBrowser(`${service.origin}/push/${name}`)
  /** What the push service received for a browser, decrypted as the browser decrypts it. */
  const shown = (b: FakeBrowser) =>
    service.received.filter((r) => `${service.origin}${r.path}` === b.subscription.endpoint).map((r) => JSON.parse(decryptPush(r.body, b)) as Record<string, string>)

  it('brings a subscribed phone the notification as the resident reads it, encrypted to that browser and signed with the server key', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newBookingWorld(ctx.app, ctx.db)
    const key = await ctx.app.inject({ url: '/api/notifications/push-key' })
    expect(key.statusCode).toBe(200)
    const { publicKey } = key.json() as { publicKey: string }
    expect(Buffer.from(publicKey, 'base64url')).toHaveLength(65)

    const phone = browser('alice-phone')
    const first = await subscribe(w.alice.cookie, phone.subscription)
    expect(first.statusCode).toBe(201)
    expect(first.json()).toEqual({ endpoint: phone.subscription.endpoint, createdAt: ctx.now.toISOString(), lastSuccessAt: null })
    // The page subscribes again on every visit: nothing new comes of it.
    expect((await subscribe(w.alice.cookie, phone.subscription)).statusCode).toBe(200)
    expect(await endpointsOf(ctx.db, w.alice.id)).toEqual([phone.subscription.endpoint])
    expect(await residentsWithPush(ctx.db, [w.alice.id, w.bob.id])).toEqual(new Set([w.alice.id]))
    const health = await ctx.app.inject({ url: '/api/health/notifications', headers: { cookie: w.as.staff } })
    expect(health.json().channels.web_push).toBe('on')

    // Staff approve her request for the hall: the notification reaches the phone.
    const booking = (await w.book(w.alice.cookie, w.hall.id, w.slot('2026-11-23', '09:00', '10:00'))).json()
    await ctx.app.inject({ method: 'POST', url: '/api/bookings/decisions', headers: { cookie: w.as.staff }, payload: { ids: [booking.id], decision: 'approve' } })
    const approval = await ctx.db.selectFrom('notifications').select('id').where('resident_id', '=', w.alice.id).where('kind', '=', 'booking_approved').executeTakeFirstOrThrow()
    await pushDelivery(ctx.db, approval.id, ctx.now)
    await deliverDue(ctx.app, channels())

    expect(service.violations).toEqual([])
    const [request] = service.received
    expect(request).toMatchObject({ path: '/push/alice-phone', k: publicKey, sub: 'mailto:webpush@linli.invalid' })
    expect(request!.headers).toMatchObject({ 'content-encoding': 'aes128gcm', ttl: '86400', urgency: 'normal' })
    const token = (await ctx.db.selectFrom('residents').select('notify_token').where('id', '=', w.alice.id).executeTakeFirstOrThrow()).notify_token
    // (Where the fan-out also pushes "booking received", that one is there too.)
    expect(shown(phone)).toContainEqual({
      title: '预约已通过', body: '多功能厅 11月23日 09:00–10:00 的预约已通过审核。', url: `/m/bookings?booking=${booking.id}`,
      unsubscribe: `/m/unsubscribe?t=${token}&channel=web_push`, tag: approval.id, lang: 'zh-CN',
    })
    expect(await deliveryOf(ctx.db, approval.id)).toMatchObject({ status: 'sent', attempts: 1, last_error: null })
    const answer = await ctx.db.selectFrom('notification_attempts as a').innerJoin('notification_deliveries as d', 'd.id', 'a.delivery_id')
      .select('a.answer').where('d.notification_id', '=', approval.id).where('d.channel', '=', 'web_push').executeTakeFirstOrThrow()
    expect(answer.answer).toBe('accepted by the push service for 1 of 1 browser')
    expect((await ctx.db.selectFrom('push_subscriptions').select('last_success_at').where('resident_id', '=', w.alice.id).executeTakeFirstOrThrow()).last_success_at)
      .toEqual(ctx.now)
  })

  it('drops a subscription the push service no longer knows (404/410) and says so; one that is left still gets it, in English when that is her language', async () => {
    ctx.now = at('2026-11-20T03:00:00Z')
    const w = await newBookingWorld(ctx.app, ctx.db)
    const old = browser('bob-old')
    service.answer('/push/bob-old', 410, 'push subscription has unsubscribed or expired.')
    expect((await subscribe(w.bob.cookie, old.subscription)).statusCode).toBe(201)
    const toBob = await notice(ctx.db, w.bob.id, w.centerA, ctx.now, 'gone-1')

    const carol = await newResident(ctx.db, 'Carol')
    await ctx.db.updateTable('residents').set({ language: 'en' }).where('id', '=', carol.id).execute()
    const [lost, kept] = [browser('carol-old-laptop'), browser('carol-phone')]
    service.answer('/push/carol-old-laptop', 404)
    for (const b of [lost, kept]) expect((await subscribe(carol.cookie, b.subscription)).statusCode).toBe(201)
    const toCarol = await notice(ctx.db, carol.id, w.centerA, ctx.now, 'gone-2')

    const nobody = await newResident(ctx.db, '没订阅')
    const toNobody = await notice(ctx.db, nobody.id, w.centerA, ctx.now, 'gone-3')
    await deliverDue(ctx.app, channels())

    expect(service.violations).toEqual([])
    expect(await deliveryOf(ctx.db, toBob)).toMatchObject({
      status: 'skipped', last_error: 'no_subscription: no push subscription; 1 subscription the push service no longer knows removed (410)',
    })
    expect(await endpointsOf(ctx.db, w.bob.id)).toEqual([])
    expect(await deliveryOf(ctx.db, toCarol)).toMatchObject({ status: 'sent', last_error: null })
    expect(await endpointsOf(ctx.db, carol.id)).toEqual([kept.subscription.endpoint])
    expect(shown(kept)).toMatchObject([{ title: 'Booking approved', body: 'Your booking of 会议室 on 23 Nov 09:00–10:00 is approved.', lang: 'en' }])
    expect(await deliveryOf(ctx.db, toNobody)).toMatchObject({ status: 'skipped', last_error: 'no_subscription: no push subscription' })
  })

  it('tries a failing push service (500) again later, and gives up at once on a refusal that cannot pass (403)', async () => {
    ctx.now = at('2026-11-20T04:00:00Z')
    const w = await newBookingWorld(ctx.app, ctx.db)
    const phone = browser('alice-flaky')
    service.answer('/push/alice-flaky', 500, 'try later')
    await subscribe(w.alice.cookie, phone.subscription)
    const flaky = await notice(ctx.db, w.alice.id, w.centerA, ctx.now, 'flaky')
    const refused = browser('bob-refused')
    service.answer('/push/bob-refused', 403, 'the VAPID key does not match the subscription')
    await subscribe(w.bob.cookie, refused.subscription)
    const toBob = await notice(ctx.db, w.bob.id, w.centerA, ctx.now, 'refused')

    await deliverDue(ctx.app, channels())
    expect(await deliveryOf(ctx.db, flaky)).toMatchObject({ status: 'failed', attempts: 1, last_error: 'push service answered 500: try later' })
    expect(await deliveryOf(ctx.db, toBob)).toMatchObject({ status: 'dead', attempts: 1, last_error: 'push service answered 403: the VAPID key does not match the subscription' })
    // A refusal may be ours (a changed key): the browser stays subscribed.
    expect(await endpointsOf(ctx.db, w.bob.id)).toEqual([refused.subscription.endpoint])

    service.answer('/push/alice-flaky', 201)
    ctx.now = plus(ctx.now, 30)
    await deliverDue(ctx.app, channels())
    expect(await deliveryOf(ctx.db, flaky)).toMatchObject({ status: 'sent', attempts: 2, last_error: null })
    expect(shown(phone).map((p) => p.tag)).toEqual([flaky, flaky])
    expect(service.violations).toEqual([])
  })

  it('refuses a malformed subscription with a clear code and keeps nothing of it', async () => {
    ctx.now = at('2026-11-20T05:00:00Z')
    const alice = await newResident(ctx.db)
    const good = browser('alice-good').subscription
    const offCurve = Buffer.alloc(65, 7)
    offCurve[0] = 4
    const cases: [object, number, string][] = [
      [{ ...good, endpoint: good.endpoint.replace('https:', 'http:') }, 400, 'validation_failed'],
      [{ ...good, endpoint: 'https://' }, 400, 'validation_failed'],
      [{ ...good, endpoint: `https://push.example/${'x'.repeat(2048)}` }, 400, 'validation_failed'],
      [{ endpoint: good.endpoint }, 400, 'validation_failed'],
      [{ ...good, keys: { ...good.keys, auth: Buffer.alloc(12).toString('base64url') } }, 400, 'validation_failed'],
      [{ ...good, keys: { ...good.keys, p256dh: offCurve.toString('base64url') } }, 400, 'invalid_push_subscription'],
      [{ ...good, keys: { ...good.keys, p256dh: Buffer.from([2, ...Buffer.alloc(64, 1)]).toString('base64url') } }, 400, 'invalid_push_subscription'],
      [{ ...good, extra: true }, 400, 'validation_failed'],
      // Anywhere but a push service (a host inside the network, say) is never POSTed to.
      [{ ...good, endpoint: 'https://10.0.0.5/admin' }, 400, 'push_service_not_allowed'],
      [{ ...good, endpoint: 'https://evil-127.0.0.1.example/push' }, 400, 'push_service_not_allowed'],
    ]
    for (const [payload, status, code] of cases) {
      const res = await subscribe(alice.cookie, payload)
      expect({ status: res.statusCode, code: res.json().code }, JSON.stringify(payload).slice(0, 120)).toEqual({ status, code })
    }
    const anonymous = await subscribe(undefined, good)
    expect(anonymous.statusCode).toBe(401)
    expect(await endpointsOf(ctx.db, alice.id)).toEqual([])

    // Padded standard base64, as some browsers give it, is the same key.
    const padded = { ...good, keys: { p256dh: Buffer.from(good.keys.p256dh, 'base64url').toString('base64'), auth: Buffer.from(good.keys.auth, 'base64url').toString('base64') } }
    expect((await subscribe(alice.cookie, padded)).statusCode).toBe(201)
    expect(await ctx.db.selectFrom('push_subscriptions').select(['p256dh', 'auth', 'user_agent']).where('resident_id', '=', alice.id).execute())
      .toEqual([{ ...good.keys, user_agent: 'Mozilla/5.0 (Linux; Android 14) Chrome/131' }])
  })

  it('lets a resident stop pushes to their own browser only; a browser subscribed by someone else moves to them', async () => {
    ctx.now = at('2026-11-20T06:00:00Z')
    const [alice, bob] = [await newResident(ctx.db, '王阿姨'), await newResident(ctx.db, '刘大爷')]
    const shared = browser('family-tablet').subscription
    expect((await subscribe(alice.cookie, shared)).statusCode).toBe(201)
    expect((await unsubscribe(bob.cookie, shared.endpoint)).json()).toMatchObject({ statusCode: 404, code: 'not_found' })
    expect(await endpointsOf(ctx.db, alice.id)).toEqual([shared.endpoint])
    const anonymous = await ctx.app.inject({ method: 'DELETE', url: '/api/residents/me/push-subscriptions', payload: { endpoint: shared.endpoint } })
    expect(anonymous.statusCode).toBe(401)

    // Bob signs in on the same tablet and turns notifications on: they are his now.
    expect((await subscribe(bob.cookie, shared)).statusCode).toBe(201)
    expect([await endpointsOf(ctx.db, alice.id), await endpointsOf(ctx.db, bob.id)]).toEqual([[], [shared.endpoint]])
    expect((await unsubscribe(alice.cookie, shared.endpoint)).statusCode).toBe(404)
    expect((await unsubscribe(bob.cookie, shared.endpoint)).statusCode).toBe(204)
    expect((await unsubscribe(bob.cookie, shared.endpoint)).statusCode).toBe(404)
    expect(await endpointsOf(ctx.db, bob.id)).toEqual([])
  })

  it('signs with one key on every replica, made once and kept in the database, unless the environment gives one', async () => {
    const keyOf = async (app: App) => (await app.inject({ url: '/api/notifications/push-key' })).json().publicKey as string
    // Each replica is its own process with its own connection: nothing it knows comes from another's memory.
    const replica = async (env: Record<string, string> = {}) => buildApp({
      config: loadConfig({ LOG_LEVEL: 'silent', ...env }), db: ctx.db.withPlugin(asItIs), clock: () => ctx.now, logger: false, webApps: [], backgroundJobs: false,
    })
    const started = async (n: number) => {
      const apps = await Promise.all(Array.from({ length: n }, () => replica()))
      await Promise.all(apps.map((a) => a.ready()))
      // Read or made at start: web push is on before anyone asks for the key.
      expect(apps.map((a) => Boolean(liveChannels(a).web_push))).toEqual(apps.map(() => true))
      const keys = await Promise.all(apps.map(keyOf))
      await Promise.all(apps.map((a) => a.close()))
      return keys
    }
    const own = await keyOf(ctx.app)
    expect(await started(2)).toEqual([own, own])
    // First start of a new deployment, two replicas at once: one key, which they all sign with.
    await ctx.db.deleteFrom('server_keys').execute()
    const fresh = await started(2)
    expect(new Set(fresh).size).toBe(1)
    expect(fresh[0]).not.toBe(own)
    expect(await ctx.db.selectFrom('server_keys').select('value').execute()).toEqual([{ value: expect.stringContaining(fresh[0]!) }])

    const pair = webpush.generateVAPIDKeys()
    const configured = await replica({ VAPID_PUBLIC_KEY: pair.publicKey, VAPID_PRIVATE_KEY: pair.privateKey, VAPID_SUBJECT: 'https://linli.example.cn' })
    try {
      expect((await configured.inject({ url: '/api/notifications/push-key' })).json()).toEqual({ publicKey: pair.publicKey })
    } finally {
      await configured.close()
    }
    const refused = (env: Record<string, string>) => {
      try {
        loadConfig(env)
        return []
      } catch (e) {
        return e instanceof ConfigError ? e.problems : [String(e)]
      }
    }
    expect(refused({ VAPID_PUBLIC_KEY: pair.publicKey })).toEqual(['VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY: set both or neither'])
    expect(refused({ VAPID_PUBLIC_KEY: own, VAPID_PRIVATE_KEY: pair.privateKey })).toEqual(['VAPID_PUBLIC_KEY: is not the public half of VAPID_PRIVATE_KEY'])
    expect(refused({ VAPID_SUBJECT: 'admin@example.cn' }).join()).toContain('VAPID_SUBJECT')
  })
})
