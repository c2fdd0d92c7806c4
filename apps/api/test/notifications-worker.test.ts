import { describe, expect, it } from 'vitest'
import type { App } from '../src/app-instance'
import { buildApp } from '../src/app'
import { loadConfig } from '../src/config'
import { createDatabase } from '../src/db/database'
import type { Database } from '../src/db/database'
import type { Channel, OutgoingDelivery, SendResult } from '../src/modules/notifications/channels'
import { claimDue } from '../src/modules/notifications/deliveries.repository'
import { recordNotifications } from '../src/modules/notifications/outbox.repository'
import { deliverDue } from '../src/modules/notifications/worker'
import { newCenter, newDistrict, newResident, newSubdistrict, newWorld, signIn } from './support/factories'
import { createTestDatabase, useTestApp } from './support/test-app'

const at = (iso: string) => new Date(iso)
const plus = (d: Date, seconds: number) => new Date(d.getTime() + seconds * 1000)

/** A channel that answers what it is told to and keeps what it was given: a provider on this machine. */
function scriptedChannel(answer: (d: OutgoingDelivery) => SendResult | Promise<SendResult>) {
  const sent: OutgoingDelivery[] = []
  const channel: Channel = { send: async (d) => (sent.push(d), answer(d)) }
  return { channel, sent }
}

/** `n` notifications for a new resident, about a center (a new one by default), as a cause would record them. */
async function notices(db: Database, n: number, now: Date, center?: string) {
  const residentId = (await newResident(db)).id
  const centerId = center ?? await newCenter(db, (await newSubdistrict(db, (await newDistrict(db)).id)).id)
  await db.transaction().execute((trx) => recordNotifications(trx, Array.from({ length: n }, (_, i) => ({
    residentId, centerId, kind: 'booking_approved' as const, dedupeKey: `b${i}`, link: '/m/bookings', params: { roomName: '会议室', startsAt: null, endsAt: null },
  })), now))
  return residentId
}

const deliveriesOf = (db: Database, residentId: string) =>
  db.selectFrom('notification_deliveries as d').innerJoin('notifications as n', 'n.id', 'd.notification_id')
    .select(['d.id', 'd.status', 'd.attempts', 'd.next_attempt_at', 'd.last_error', 'd.sent_at']).where('n.resident_id', '=', residentId).execute()

describe('the delivery worker', () => {
  const ctx = useTestApp()

  it('retries a passing failure with exponential backoff, gives up with the reason after five tries, and staff can resend it', async () => {
    const t0 = ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newWorld(ctx.app, ctx.db)
    const residentId = await notices(ctx.db, 1, t0, w.centerA)
    const down = scriptedChannel(() => ({ retry: true, reason: 'provider answered 503' }))
    // Tried at once, then after 30 s, 60 s, 120 s and 240 s; between the tries nothing is due.
    for (const [i, wait] of [0, 30, 60, 120, 240].entries()) {
      ctx.now = plus(ctx.now, wait - 1)
      expect(await deliverDue(ctx.app, { in_app: down.channel })).toEqual({ sent: 0, retried: 0, dead: 0, skipped: 0 })
      ctx.now = plus(ctx.now, 1)
      expect(await deliverDue(ctx.app, { in_app: down.channel })).toEqual(i < 4 ? { sent: 0, retried: 1, dead: 0, skipped: 0 } : { sent: 0, retried: 0, dead: 1, skipped: 0 })
      if (i < 4) expect((await deliveriesOf(ctx.db, residentId))[0]).toMatchObject({ status: 'failed', attempts: i + 1, next_attempt_at: plus(ctx.now, 30 * 2 ** i), last_error: 'provider answered 503' })
    }
    const [dead] = await deliveriesOf(ctx.db, residentId)
    expect(dead).toMatchObject({ status: 'dead', attempts: 5, last_error: 'gave up after 5 tries: provider answered 503', sent_at: null })
    expect(down.sent.map((d) => d.attempt)).toEqual([1, 2, 3, 4, 5])
    const tries = await ctx.db.selectFrom('notification_attempts').select(['attempt', 'channel', 'outcome', 'answer']).where('delivery_id', '=', dead!.id).orderBy('attempt').execute()
    expect(tries).toEqual([1, 2, 3, 4, 5].map((attempt) => ({ attempt, channel: 'in_app', outcome: 'retry', answer: 'provider answered 503' })))
    ctx.now = plus(ctx.now, 86_400)
    expect(await deliverDue(ctx.app, { in_app: down.channel })).toEqual({ sent: 0, retried: 0, dead: 0, skipped: 0 })

    // Signed in afresh: a day has passed on the clock.
    const staff = (await signIn(ctx.app, w.usernames.staff)).cookie
    const health = async () => (await ctx.app.inject({ url: '/api/health/notifications', headers: { cookie: staff } })).json()
    expect(await health()).toEqual({ channels: { in_app: 'on', web_push: 'on', sms: 'not_configured' }, backlog: 0, oldestUndeliveredSeconds: null, dead: 1 })
    const resend = await ctx.app.inject({ method: 'POST', url: `/api/notifications/deliveries/${dead!.id}/resend`, headers: { cookie: staff } })
    expect(resend.json()).toMatchObject({ id: dead!.id, status: 'pending', attempts: 5, lastError: null })
    ctx.now = plus(ctx.now, 90)
    expect(await health()).toMatchObject({ backlog: 1, oldestUndeliveredSeconds: 86_400 + 90 + 450, dead: 0 })
    // A fresh count of tries: failing again is a retry, not the end.
    expect(await deliverDue(ctx.app, { in_app: down.channel })).toEqual({ sent: 0, retried: 1, dead: 0, skipped: 0 })
    ctx.now = plus(ctx.now, 30)
    const up = scriptedChannel(() => ({ ok: true, answer: 'accepted' }))
    expect(await deliverDue(ctx.app, { in_app: up.channel })).toEqual({ sent: 1, retried: 0, dead: 0, skipped: 0 })
    expect((await deliveriesOf(ctx.db, residentId))[0]).toMatchObject({ status: 'sent', sent_at: ctx.now, last_error: null })
    expect(await ctx.db.selectFrom('notification_attempts').select(['attempt', 'outcome', 'answer']).where('delivery_id', '=', dead!.id).orderBy('attempt', 'desc').executeTakeFirst())
      .toEqual({ attempt: 7, outcome: 'sent', answer: 'accepted' })
    expect((await ctx.app.inject({ method: 'POST', url: `/api/notifications/deliveries/${dead!.id}/resend`, headers: { cookie: staff } })).json().code).toBe('not_resendable')
  })
})

// Each on a database of its own: what the other tests leave queued would fall due on their clocks.
describe('the delivery worker, when a channel cannot work', () => {
  const ctx = useTestApp()

  it('gives up at once on what can never work, and treats a throw or a hang as a passing failure', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const never = await notices(ctx.db, 1, ctx.now)
    expect(await deliverDue(ctx.app, { in_app: scriptedChannel(() => ({ dead: true, reason: 'invalid number' })).channel })).toEqual({ sent: 0, retried: 0, dead: 1, skipped: 0 })
    expect((await deliveriesOf(ctx.db, never))[0]).toMatchObject({ status: 'dead', attempts: 1, last_error: 'invalid number' })

    const throws = await notices(ctx.db, 1, ctx.now)
    await deliverDue(ctx.app, { in_app: scriptedChannel(() => { throw new Error('socket hang up') }).channel })
    expect((await deliveriesOf(ctx.db, throws))[0]).toMatchObject({ status: 'failed', last_error: 'socket hang up' })

    const hangs = await notices(ctx.db, 1, ctx.now)
    await deliverDue(ctx.app, { in_app: scriptedChannel(() => new Promise<SendResult>(() => {})).channel }, { sendTimeoutMs: 20 })
    expect((await deliveriesOf(ctx.db, hangs))[0]).toMatchObject({ status: 'failed', last_error: 'no answer within 20 ms' })

    // A channel this server has no set-up for (a delivery left from a configuration since removed).
    const orphan = await notices(ctx.db, 1, ctx.now)
    await deliverDue(ctx.app, {})
    expect((await deliveriesOf(ctx.db, orphan))[0]).toMatchObject({ status: 'dead', last_error: 'not_configured: the in_app channel is not set up on this server' })
  })
})

describe('the delivery worker, when a worker dies', () => {
  const ctx = useTestApp()

  it('sends a delivery whose worker died mid-send once its lease runs out, and not before', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const residentId = await notices(ctx.db, 1, ctx.now)
    // A worker claims it and dies before sending or recording anything.
    expect(await claimDue(ctx.db, ctx.now, plus(ctx.now, 120), 10)).toHaveLength(1)
    const ok = scriptedChannel(() => ({ ok: true }))
    ctx.now = plus(ctx.now, 119)
    expect(await deliverDue(ctx.app, { in_app: ok.channel })).toEqual({ sent: 0, retried: 0, dead: 0, skipped: 0 })
    ctx.now = plus(ctx.now, 1)
    expect(await deliverDue(ctx.app, { in_app: ok.channel })).toEqual({ sent: 1, retried: 0, dead: 0, skipped: 0 })
    expect((await deliveriesOf(ctx.db, residentId))[0]).toMatchObject({ status: 'sent', attempts: 2 })
    expect(ok.sent.map((d) => d.attempt)).toEqual([2])
  })
})

describe('the delivery worker, when a resident is deleted mid-queue', () => {
  const ctx = useTestApp()

  it('records what was sent to everyone else and never sends it again', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const staying = await notices(ctx.db, 2, ctx.now)
    const leaving = await notices(ctx.db, 1, ctx.now)
    // The account is erased while its message is with the provider.
    const provider = scriptedChannel(async (d) => {
      if (d.residentId === leaving) await ctx.db.deleteFrom('residents').where('id', '=', leaving).execute()
      return { ok: true }
    })
    expect(await deliverDue(ctx.app, { in_app: provider.channel })).toEqual({ sent: 3, retried: 0, dead: 0, skipped: 0 })
    expect((await deliveriesOf(ctx.db, staying)).map((d) => d.status)).toEqual(['sent', 'sent'])
    expect(await deliveriesOf(ctx.db, leaving)).toEqual([])
    ctx.now = plus(ctx.now, 3600)
    expect(await deliverDue(ctx.app, { in_app: provider.channel })).toEqual({ sent: 0, retried: 0, dead: 0, skipped: 0 })
    expect(provider.sent).toHaveLength(3)
  })
})

describe('two app instances on one database', () => {
  // PGlite is one connection inside one process: two instances cannot work on it at the same time,
  // so the race this guards against needs a PostgreSQL server.
  it.skipIf(process.env.LINLI_TEST_DB !== 'postgres')('never send a delivery twice when their workers run at once', async () => {
    const { db, drop, url } = await createTestDatabase()
    const second = await createDatabase({ kind: 'postgres', url: url! })
    const now = at('2026-11-20T02:00:00Z')
    const config = loadConfig({ LOG_LEVEL: 'silent' })
    const apps: App[] = await Promise.all([db, second].map((d) => buildApp({ config, db: d, logger: false, backgroundJobs: false, clock: () => now })))
    try {
      const residentId = await notices(db, 300, now)
      // Each instance's first send waits until the other has claimed and sent too, so both are surely at work at once.
      const release: (() => void)[] = []
      const started = [0, 1].map((i) => new Promise<void>((resolve) => (release[i] = resolve)))
      const channels = [0, 1].map((i) => scriptedChannel(async () => {
        release[i]!()
        await started[1 - i]
        return { ok: true }
      }))
      const runs = apps.flatMap((app, i) => [0, 1].map(() => deliverDue(app, { in_app: channels[i]!.channel }, { batch: 20 })))
      const totals = await Promise.all(runs)
      const sent = channels.flatMap((c) => c.sent.map((d) => d.id))
      expect(channels.map((c) => c.sent.length).every((n) => n > 0)).toBe(true)
      expect(sent).toHaveLength(300)
      expect(new Set(sent).size).toBe(300)
      expect(totals.reduce((n, t) => n + t.sent, 0)).toBe(300)
      expect((await deliveriesOf(db, residentId)).every((d) => d.status === 'sent' && d.attempts === 1)).toBe(true)
      expect(Number((await db.selectFrom('notification_attempts').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n)).toBe(300)
    } finally {
      await Promise.all(apps.map((a) => a.close()))
      await second.destroy()
      await drop()
    }
  }, 60_000)
})
