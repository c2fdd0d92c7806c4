import { describe, expect, it } from 'vitest'
import type { NotificationKind, NotificationSettings } from '@linli/contracts'
import type { Database } from '../src/db/database'
import type { Channel, OutgoingDelivery } from '../src/modules/notifications/channels'
import { recordNotifications } from '../src/modules/notifications/outbox.repository'
import { deliverDue } from '../src/modules/notifications/worker'
import { newCenter, newDistrict, newResident, newSubdistrict } from './support/factories'
import { type TestContext, useTestApp } from './support/test-app'

/** A provider on this machine that takes everything and keeps what it was given. */
function provider() {
  const sent: OutgoingDelivery[] = []
  const channel: Channel = { send: async (d) => (sent.push(d), { ok: true, answer: 'accepted' }) }
  return { channel, sent }
}

async function world(ctx: TestContext) {
  const centerId = await newCenter(ctx.db, (await newSubdistrict(ctx.db, (await newDistrict(ctx.db)).id)).id)
  const resident = await newResident(ctx.db)
  const tell = (kind: NotificationKind, key: string, params: Record<string, string | null> = {}) =>
    ctx.db.transaction().execute((trx) => recordNotifications(trx, [{ residentId: resident.id, centerId, kind, dedupeKey: key, link: '/m/bookings', params }], ctx.now))
  const settings = (cookie = resident.cookie) => ctx.app.inject({ url: '/api/residents/me/notification-settings', headers: { cookie } })
  const patch = (payload: unknown) => ctx.app.inject({ method: 'PATCH', url: '/api/residents/me/notification-settings', headers: { cookie: resident.cookie }, payload: payload as object })
  return { centerId, resident, tell, settings, patch }
}

const deliveries = (db: Database, residentId: string) =>
  db.selectFrom('notification_deliveries as d').innerJoin('notifications as n', 'n.id', 'd.notification_id')
    .select(['n.kind', 'n.dedupe_key', 'd.channel', 'd.status', 'd.last_error', 'd.attempts', 'd.next_attempt_at'])
    .where('n.resident_id', '=', residentId).orderBy('n.dedupe_key').orderBy('d.channel').execute()

describe("a resident's notification settings", () => {
  const ctx = useTestApp()

  it('start from the defaults, change piece by piece, and refuse bad values without changing anything', async () => {
    const w = await world(ctx)
    const defaults: NotificationSettings = {
      language: 'zh-CN', reminders: true, pushTopics: ['offers', 'changes', 'decisions', 'reminders'], smsTopics: ['offers', 'changes', 'decisions'],
      quietHours: { start: '21:00', end: '08:00' },
    }
    expect((await w.settings()).json()).toEqual(defaults)

    const changed = await w.patch({ smsTopics: ['offers'], quietHours: { start: '22:30', end: '07:00' }, language: 'en' })
    expect(changed.statusCode).toBe(200)
    const after = { ...defaults, language: 'en', smsTopics: ['offers'], quietHours: { start: '22:30', end: '07:00' } }
    expect(changed.json()).toEqual(after)
    expect((await w.patch({ reminders: false })).json()).toEqual({ ...after, reminders: false })

    for (const bad of [{}, { smsTopics: ['ads'] }, { smsTopics: ['offers', 'offers'] }, { quietHours: { start: '24:00', end: '07:00' } },
      { quietHours: { start: '22:00' } }, { reminders: 'no' }, { language: 'en', pushTopics: 'offers' }, { phone: '13800000000' }]) {
      const r = await w.patch(bad)
      expect([r.statusCode, r.json().code], JSON.stringify(bad)).toEqual([400, 'validation_failed'])
    }
    expect((await w.settings()).json()).toEqual({ ...after, reminders: false })
    expect((await ctx.app.inject({ url: '/api/residents/me/notification-settings' })).statusCode).toBe(401)
  })
})

describe('push and SMS deliveries follow what the resident chose', () => {
  const ctx = useTestApp()

  it('fan out only to the channels this server has and the topics the resident lets through', async () => {
    const w = await world(ctx)
    ctx.now = new Date('2026-12-07T04:00:00Z') // 12:00 in Shanghai
    await w.tell('booking_approved', 'a')
    await w.tell('booking_reminder', 'b', { lead: 'day_before' })
    // A server without push or SMS keeps the inbox only.
    await deliverDue(ctx.app, { in_app: provider().channel })
    expect((await deliveries(ctx.db, w.resident.id)).map((d) => [d.dedupe_key, d.channel])).toEqual([['a', 'in_app'], ['b', 'in_app']])

    const sms = provider()
    const push = provider()
    await w.tell('booking_approved', 'c')
    await w.tell('booking_reminder', 'd', { lead: 'hour_before' })
    await deliverDue(ctx.app, { in_app: provider().channel, sms: sms.channel, web_push: push.channel })
    // Reminders go by push but, by default, not by SMS.
    expect((await deliveries(ctx.db, w.resident.id)).filter((d) => d.dedupe_key >= 'c').map((d) => [d.dedupe_key, d.channel, d.status])).toEqual([
      ['c', 'in_app', 'sent'], ['c', 'sms', 'sent'], ['c', 'web_push', 'sent'], ['d', 'in_app', 'sent'], ['d', 'web_push', 'sent'],
    ])
    expect(sms.sent.map((d) => [d.kind, d.phone])).toEqual([['booking_approved', w.resident.phone]])
    expect(sms.sent[0]!.unsubscribeLink).toMatch(/^\/m\/unsubscribe\?t=[0-9a-f]{32}&channel=sms$/)
  })

  it('stops at once when the resident turns SMS off after a message was queued, or follows the unsubscribe link', async () => {
    const w = await world(ctx)
    ctx.now = new Date('2026-12-07T04:00:00Z')
    const sms = provider()
    const channels = { in_app: provider().channel, sms: sms.channel }
    await w.tell('booking_approved', 'a')
    // Fanned out while SMS was on ...
    await deliverDue(ctx.app, { in_app: provider().channel, sms: { send: async () => ({ retry: true, reason: 'provider answered 503' }) } })
    expect((await deliveries(ctx.db, w.resident.id)).find((d) => d.channel === 'sms')).toMatchObject({ status: 'failed' })
    // ... then she follows the link in an earlier SMS.
    const link = new URLSearchParams(`t=${(await ctx.db.selectFrom('residents').select('notify_token').where('id', '=', w.resident.id).executeTakeFirstOrThrow()).notify_token}&channel=sms`)
    const look = await ctx.app.inject({ url: `/api/notifications/unsubscribe?${link}` })
    expect(look.json()).toEqual({ channel: 'sms', phone: `${w.resident.phone.slice(0, 3)}****${w.resident.phone.slice(-4)}`, subscribed: true })
    const off = await ctx.app.inject({ method: 'POST', url: '/api/notifications/unsubscribe', payload: { t: link.get('t'), channel: 'sms' } })
    expect(off.json()).toMatchObject({ channel: 'sms', subscribed: false })
    expect((await w.settings()).json()).toMatchObject({ smsTopics: [], pushTopics: ['offers', 'changes', 'decisions', 'reminders'] })

    ctx.now = new Date(ctx.now.getTime() + 3_600_000)
    await deliverDue(ctx.app, channels)
    expect(sms.sent).toEqual([])
    expect((await deliveries(ctx.db, w.resident.id)).find((d) => d.channel === 'sms')).toMatchObject({ status: 'skipped', last_error: 'opted_out: turned off by the resident' })

    // A made-up or malformed token changes nothing and says so.
    const wrong = await ctx.app.inject({ method: 'POST', url: '/api/notifications/unsubscribe', payload: { t: '0'.repeat(32), channel: 'sms' } })
    expect([wrong.statusCode, wrong.json().code]).toEqual([404, 'not_found'])
    const malformed = await ctx.app.inject({ url: '/api/notifications/unsubscribe?t=abc&channel=sms' })
    expect([malformed.statusCode, malformed.json().code]).toEqual([400, 'validation_failed'])
    const email = await ctx.app.inject({ method: 'POST', url: '/api/notifications/unsubscribe', payload: { t: link.get('t'), channel: 'email' } })
    expect(email.statusCode).toBe(400)
  })

  it('holds SMS through the quiet hours, except a seat that would lapse before they end', async () => {
    const w = await world(ctx)
    const sms = provider()
    const channels = { in_app: provider().channel, sms: sms.channel }
    ctx.now = new Date('2026-12-07T15:00:00Z') // 23:00 in Shanghai
    await w.tell('booking_approved', 'approved')
    await w.tell('seat_offered', 'offer-soon', { holdUntil: '2026-12-08T01:00:00+08:00' })
    await w.tell('seat_offered', 'offer-later', { holdUntil: '2026-12-08T11:00:00+08:00' })
    await deliverDue(ctx.app, channels)
    expect(sms.sent.map((d) => d.params.holdUntil)).toEqual(['2026-12-08T01:00:00+08:00'])
    const waiting = (await deliveries(ctx.db, w.resident.id)).filter((d) => d.channel === 'sms' && d.status === 'pending')
    expect(waiting.map((d) => [d.dedupe_key, d.attempts, d.next_attempt_at.toISOString(), d.last_error])).toEqual([
      ['approved', 0, '2026-12-08T00:00:00.000Z', 'quiet_hours: 21:00–08:00, waits until they end'],
      ['offer-later', 0, '2026-12-08T00:00:00.000Z', 'quiet_hours: 21:00–08:00, waits until they end'],
    ])
    // Monitoring sees them waiting, but none late: held back on purpose is not a stalled worker.
    const ready = (await ctx.app.inject('/readyz')).json()
    expect(ready.notifications.oldestUndeliveredSeconds).toBeNull()
    expect(ready.notifications.backlog).toBeGreaterThanOrEqual(2)

    ctx.now = new Date('2026-12-07T23:59:00Z')
    await deliverDue(ctx.app, channels)
    expect(sms.sent).toHaveLength(1)
    ctx.now = new Date('2026-12-08T00:00:00Z') // 08:00
    await deliverDue(ctx.app, channels)
    expect(sms.sent.map((d) => d.kind).sort()).toEqual(['booking_approved', 'seat_offered', 'seat_offered'])
  })

  it('sends at most the daily cap of SMS in 24 hours, seat offers aside, and nothing to a deactivated account', async () => {
    const w = await world(ctx)
    const sms = provider()
    const inbox = provider()
    const channels = { in_app: inbox.channel, sms: sms.channel }
    ctx.now = new Date('2026-12-09T02:00:00Z')
    for (let i = 0; i < 12; i++) await w.tell('booking_approved', `n${String(i).padStart(2, '0')}`)
    await w.tell('seat_offered', 'offer', { holdUntil: '2026-12-09T12:00:00+08:00' })
    await deliverDue(ctx.app, channels)
    expect(sms.sent.filter((d) => d.kind === 'booking_approved')).toHaveLength(ctx.app.config.smsDailyCap)
    expect(sms.sent.filter((d) => d.kind === 'seat_offered')).toHaveLength(1)
    const skipped = (await deliveries(ctx.db, w.resident.id)).filter((d) => d.status === 'skipped')
    expect(skipped.map((d) => d.last_error)).toEqual(['daily_cap: 10 SMS in 24 hours reached', 'daily_cap: 10 SMS in 24 hours reached'])
    expect(inbox.sent).toHaveLength(13)

    // Queued, then the account is deactivated before the worker comes round: nothing goes out.
    ctx.now = new Date('2026-12-10T03:00:00Z')
    await w.tell('booking_cancelled', 'queued')
    await ctx.db.updateTable('residents').set({ active: false }).where('id', '=', w.resident.id).execute()
    await w.tell('booking_cancelled', 'after')
    await deliverDue(ctx.app, channels)
    expect(inbox.sent).toHaveLength(13)
    expect(sms.sent).toHaveLength(11)
    const last = (await deliveries(ctx.db, w.resident.id)).filter((d) => d.dedupe_key === 'queued' || d.dedupe_key === 'after')
    expect(last.map((d) => [d.dedupe_key, d.channel, d.status, d.last_error])).toEqual([
      ['queued', 'in_app', 'skipped', 'deactivated: the account is deactivated'], ['queued', 'sms', 'skipped', 'deactivated: the account is deactivated'],
    ])
  })
})
