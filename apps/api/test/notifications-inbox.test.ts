import { describe, expect, it } from 'vitest'
import type { DeliveryPage, InboxPage } from '@linli/contracts'
import type { Database } from '../src/db/database'
import { recordNotifications } from '../src/modules/notifications/outbox.repository'
import { deliverDue } from '../src/modules/notifications/worker'
import { newBookingWorld } from './support/booking-world'
import { newStaff, signIn } from './support/factories'
import { useTestApp } from './support/test-app'

const at = (iso: string) => new Date(iso)
const UNKNOWN = '00000000-0000-4000-8000-000000000000'

/** Every row of the outbox, to show a refused request changed none. */
const snapshot = async (db: Database) => JSON.stringify([
  await db.selectFrom('notifications').selectAll().orderBy('id').execute(),
  await db.selectFrom('notification_deliveries').selectAll().orderBy('id').execute(),
  await db.selectFrom('residents').select(['id', 'language']).orderBy('id').execute(),
])

/** Alice: one real approval, then 24 more notices a minute apart; bob: one. */
async function inboxWorld(ctx: ReturnType<typeof useTestApp>) {
  ctx.now = at('2026-11-20T02:00:00Z')
  const w = await newBookingWorld(ctx.app, ctx.db)
  const request = (await w.book(w.alice.cookie, w.hall.id, w.slot('2026-11-23', '09:00', '10:00'))).json()
  await ctx.app.inject({ method: 'POST', url: '/api/bookings/decisions', headers: { cookie: w.as.staff }, payload: { ids: [request.id], decision: 'approve' } })
  for (let i = 1; i <= 24; i++) {
    ctx.now = at(`2026-11-20T02:${String(i).padStart(2, '0')}:00Z`)
    await ctx.db.transaction().execute((trx) => recordNotifications(trx, [{
      residentId: w.alice.id, centerId: w.centerA, kind: 'booking_no_show', dedupeKey: `n${i}`, link: `/m/bookings?booking=n${i}`,
      params: { roomName: `房间${i}`, startsAt: '2026-11-21T09:00:00+08:00', endsAt: '2026-11-21T10:00:00+08:00' },
    }], ctx.now))
  }
  ctx.now = at('2026-11-20T02:30:00Z')
  const bobsRequest = (await w.book(w.bob.cookie, w.hall.id, w.slot('2026-11-23', '11:00', '12:00'))).json()
  await ctx.app.inject({ method: 'POST', url: '/api/bookings/decisions', headers: { cookie: w.as.staff }, payload: { ids: [bobsRequest.id], decision: 'reject', reason: '已满' } })
  // The requests' receipts (tested in notifications-events) are left out: this inbox holds the decisions.
  await ctx.db.deleteFrom('notifications').where('kind', '=', 'booking_received').execute()
  const inbox = async (cookie: string, query = '') => (await ctx.app.inject({ url: `/api/residents/me/notifications${query}`, headers: { cookie } })).json() as InboxPage
  const post = (cookie: string, url: string) => ctx.app.inject({ method: 'POST', url, headers: { cookie } })
  return { ...w, request, inbox, post }
}

describe("a resident's inbox", () => {
  const ctx = useTestApp()

  it('lists newest first in pages with the unread count, marks one or all read, and refuses what is not theirs', async () => {
    const w = await inboxWorld(ctx)
    const first = await w.inbox(w.alice.cookie)
    expect(first).toMatchObject({ total: 25, unread: 25 })
    expect(first.items).toHaveLength(20)
    expect(first.items[0]).toMatchObject({ kind: 'booking_no_show', title: '预约已释放（未签到）', body: '房间24 11月21日 09:00–10:00 的预约超时未签到，房间已释放。', readAt: null })
    const last = await w.inbox(w.alice.cookie, '?limit=10&offset=20')
    expect(last.items.map((n) => n.kind)).toEqual(['booking_no_show', 'booking_no_show', 'booking_no_show', 'booking_no_show', 'booking_approved'])
    const approval = last.items[4]!
    expect(approval).toMatchObject({ title: '预约已通过', body: '多功能厅 11月23日 09:00–10:00 的预约已通过审核。', link: `/m/bookings?booking=${w.request.id}`, centerId: w.centerA })

    ctx.now = at('2026-11-20T03:00:00Z')
    const read = await w.post(w.alice.cookie, `/api/residents/me/notifications/${approval.id}/read`)
    expect(read.json()).toMatchObject({ id: approval.id, readAt: '2026-11-20T03:00:00.000Z' })
    ctx.now = at('2026-11-20T03:05:00Z')
    expect((await w.post(w.alice.cookie, `/api/residents/me/notifications/${approval.id}/read`)).json().readAt).toBe('2026-11-20T03:00:00.000Z')
    expect(await w.inbox(w.alice.cookie, '?unreadOnly=true&limit=1')).toMatchObject({ total: 24, unread: 24 })

    // Bob's notice, an unknown id, a malformed one, no session, a staff session: refused, nothing changed.
    const bobs = (await w.inbox(w.bob.cookie)).items[0]!
    expect(bobs).toMatchObject({ kind: 'booking_rejected', body: '多功能厅 11月23日 11:00–12:00 的预约未通过审核：已满' })
    const before = await snapshot(ctx.db)
    const refused = [
      await w.post(w.alice.cookie, `/api/residents/me/notifications/${bobs.id}/read`),
      await w.post(w.alice.cookie, `/api/residents/me/notifications/${UNKNOWN}/read`),
      await w.post(w.alice.cookie, '/api/residents/me/notifications/not-an-id/read'),
      await ctx.app.inject({ method: 'POST', url: `/api/residents/me/notifications/${bobs.id}/read` }),
      await w.post(w.as.staff, `/api/residents/me/notifications/${bobs.id}/read`),
      await w.post(w.as.staff, '/api/residents/me/notifications/read-all'),
      await ctx.app.inject({ method: 'PATCH', url: '/api/residents/me/notification-settings', headers: { cookie: w.alice.cookie }, payload: { language: 'fr' } }),
    ]
    expect(refused.map((r) => [r.statusCode, r.json().code])).toEqual([
      [404, 'not_found'], [404, 'not_found'], [400, 'validation_failed'], [401, 'unauthorized'], [401, 'unauthorized'], [401, 'unauthorized'], [400, 'validation_failed'],
    ])
    expect(await snapshot(ctx.db)).toBe(before)

    expect((await w.post(w.alice.cookie, '/api/residents/me/notifications/read-all')).json()).toEqual({ unread: 0 })
    expect(await w.inbox(w.alice.cookie, '?limit=1')).toMatchObject({ total: 25, unread: 0 })
    expect(await w.inbox(w.bob.cookie)).toMatchObject({ total: 1, unread: 1 })

    // Read again in English after she switches: the inbox is rendered as it is read.
    await ctx.app.inject({ method: 'PATCH', url: '/api/residents/me/notification-settings', headers: { cookie: w.alice.cookie }, payload: { language: 'en' } })
    expect((await w.inbox(w.alice.cookie, '?offset=24')).items[0]).toMatchObject({ title: 'Booking approved', body: 'Your booking of 多功能厅 on 23 Nov 09:00–10:00 is approved.' })
  })
})

describe('通知记录: the delivery log for staff', () => {
  const ctx = useTestApp()

  it("lists a center's deliveries with filters, resends only failed or dead ones, and keeps other centers out", async () => {
    const w = await inboxWorld(ctx)
    const log = async (query = '', cookie = w.as.staff) => ctx.app.inject({ url: `/api/centers/${w.centerA}/notifications${query}`, headers: { cookie } })
    const all = (await log()).json() as DeliveryPage
    expect(all.total).toBe(26)
    expect(all.items[0]).toMatchObject({ residentId: w.bob.id, residentName: '刘大爷', kind: 'booking_rejected', title: '预约未通过', channel: 'in_app', status: 'pending', attempts: 0 })
    expect((await log(`?residentId=${w.bob.id}`)).json().total).toBe(1)
    expect((await log('?kind=booking_approved')).json().items.map((d: { residentId: string }) => d.residentId)).toEqual([w.alice.id])
    expect((await log('?channel=sms')).json().total).toBe(0)
    expect((await log('?from=2026-11-21&to=2026-11-21')).json().total).toBe(0)
    expect((await log('?from=2026-11-20&to=2026-11-20&limit=5')).json()).toMatchObject({ total: 26, items: { length: 5 } })

    await deliverDue(ctx.app, { in_app: { send: async (d) => (d.residentId === w.bob.id ? { dead: true, reason: 'invalid number' } : { ok: true }) } })
    const dead = (await log('?status=dead')).json() as DeliveryPage
    expect(dead.items).toMatchObject([{ residentId: w.bob.id, status: 'dead', attempts: 1, lastError: 'invalid number', nextAttemptAt: null }])
    expect((await log('?status=sent')).json().total).toBe(25)

    const otherCenter = (await signIn(ctx.app, (await newStaff(ctx.db, 'center_manager', { centerId: w.centerB })).username)).cookie
    const resend = (id: string, cookie = w.as.staff) => ctx.app.inject({ method: 'POST', url: `/api/notifications/deliveries/${id}/resend`, headers: { cookie } })
    const sent = (await log('?status=sent&limit=1')).json().items[0]
    const before = await snapshot(ctx.db)
    const refused = [
      await log('', otherCenter), await log('', w.bob.cookie), await log('?from=2026-11-21&to=2026-11-20'), await log('?status=lost'),
      await resend(dead.items[0]!.id, otherCenter), await resend(dead.items[0]!.id, w.alice.cookie), await resend(UNKNOWN), await resend(sent.id),
      await ctx.app.inject({ url: '/api/health/notifications', headers: { cookie: w.alice.cookie } }),
    ]
    expect(refused.map((r) => [r.statusCode, r.json().code])).toEqual([
      [403, 'forbidden'], [401, 'unauthorized'], [400, 'invalid_range'], [400, 'validation_failed'],
      [403, 'forbidden'], [401, 'unauthorized'], [404, 'not_found'], [409, 'not_resendable'], [401, 'unauthorized'],
    ])
    expect(await snapshot(ctx.db)).toBe(before)

    expect((await resend(dead.items[0]!.id)).json()).toMatchObject({ status: 'pending', lastError: null })
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'actor_kind', 'center_id']).where('entity', '=', 'notification_delivery').execute()
    expect(audit).toEqual([{ action: 'resend', actor_kind: 'staff', center_id: w.centerA }])
    expect(await deliverDue(ctx.app)).toEqual({ sent: 1, retried: 0, dead: 0, skipped: 0 })
    expect((await log('?status=sent')).json().total).toBe(26)
  })
})
