import { describe, expect, it } from 'vitest'
import type { Booking } from '@linli/contracts'
import { advanceBookings } from '../src/modules/bookings/lifecycle'
import { noticeBooking } from '../src/modules/notifications/notify'
import { newBookingWorld } from './support/booking-world'
import { crashAfterNotification, ignoring } from './support/notification-world'
import { useTestApp } from './support/test-app'

// A request waiting for staff is also acknowledged; those receipts are tested in notifications-events.
const { countNotifications, kindsOf, noticesOf } = ignoring('booking_received')

const at = (iso: string) => new Date(iso)

/** The booking world with its quotas lifted (each test books many times), and staff's shortcuts. */
async function world(ctx: ReturnType<typeof useTestApp>) {
  ctx.now = at('2026-11-20T02:00:00Z')
  const w = await newBookingWorld(ctx.app, ctx.db)
  await ctx.db.updateTable('centers').set({ booking_policy: JSON.stringify({ weeklyQuota: 100, maxUpcoming: 100 }) }).where('id', '=', w.centerA).execute()
  const booked = async (cookie: string, roomId: string, date: string, from: string, to: string) => {
    const res = await w.book(cookie, roomId, w.slot(date, from, to))
    if (res.statusCode !== 201) throw new Error(`booking: ${res.statusCode} ${res.body}`)
    return res.json() as Booking
  }
  const decide = (ids: string[], decision: 'approve' | 'reject', reason?: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/bookings/decisions', headers: { cookie: w.as.staff }, payload: { ids, decision, ...(reason && { reason }) } })
  const cancel = (cookie: string, id: string) => ctx.app.inject({ method: 'POST', url: `/api/bookings/${id}/cancel`, headers: { cookie } })
  const statusOf = async (id: string) => (await ctx.db.selectFrom('bookings').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status
  return { ...w, booked, decide, cancel, statusOf }
}

describe('booking notices', () => {
  const ctx = useTestApp()

  it('tells the resident of an approval, a rejection with its reason and a cancellation by staff, not of their own cancellation', async () => {
    const w = await world(ctx)
    const approveMe = await w.booked(w.alice.cookie, w.hall.id, '2026-11-23', '09:00', '10:00')
    const rejectMe = await w.booked(w.bob.cookie, w.hall.id, '2026-11-23', '10:30', '11:30')
    expect(await countNotifications(ctx.db)).toBe(0)
    expect((await w.decide([approveMe.id], 'approve')).statusCode).toBe(200)
    expect((await w.decide([rejectMe.id], 'reject', '场地维修')).statusCode).toBe(200)
    expect(await noticesOf(ctx.db, w.alice.id)).toEqual([{
      kind: 'booking_approved', channels: ['in_app'], link: `/m/bookings?booking=${approveMe.id}`,
      params: { bookingId: approveMe.id, roomName: '多功能厅', startsAt: '2026-11-23T09:00:00+08:00', endsAt: '2026-11-23T10:00:00+08:00', reason: null },
    }])
    expect(await noticesOf(ctx.db, w.bob.id)).toMatchObject([{ kind: 'booking_rejected', channels: ['in_app'], params: { reason: '场地维修' } }])

    const own = await w.booked(w.alice.cookie, w.room.id, '2026-11-24', '09:00', '10:00')
    expect((await w.cancel(w.alice.cookie, own.id)).statusCode).toBe(200)
    const byStaff = await w.booked(w.alice.cookie, w.room.id, '2026-11-24', '11:00', '12:00')
    expect((await w.cancel(w.as.staff, byStaff.id)).statusCode).toBe(200)
    // The meeting room approves at once, and says so.
    expect(await kindsOf(ctx.db, w.alice.id)).toEqual(['booking_approved', 'booking_approved', 'booking_approved', 'booking_cancelled'])
    expect((await noticesOf(ctx.db, w.alice.id))[3]).toMatchObject({ link: `/m/bookings?booking=${byStaff.id}`, params: { roomName: '会议室' } })

    // A walk-in booked and cancelled at the desk has no account to tell.
    const walkIn = await ctx.app.inject({
      method: 'POST', url: `/api/rooms/${w.room.id}/staff-bookings`, headers: { cookie: w.as.staff },
      payload: { ...w.slot('2026-11-25', '09:00', '10:00'), purpose: '下棋', headcount: 2, walkIn: { name: '孙大爷', phone: '13900001111' } },
    })
    expect(walkIn.statusCode).toBe(201)
    expect((await w.cancel(w.as.staff, walkIn.json().id)).statusCode).toBe(200)
    // A decision refused (already decided) tells nobody again.
    expect((await w.decide([approveMe.id], 'reject', '改主意')).statusCode).toBe(409)
    expect(await countNotifications(ctx.db)).toBe(5)
  })

  it('tells the resident when the clock expires an undecided request or releases a no-show, once', async () => {
    const w = await world(ctx)
    const pending = await w.booked(w.bob.cookie, w.hall.id, '2026-11-21', '16:00', '17:00')
    const noShow = await w.booked(w.bob.cookie, w.room.id, '2026-11-21', '09:00', '10:00')
    ctx.now = at('2026-11-21T01:15:00Z') // 09:15, the grace is over
    expect(await advanceBookings(ctx.app)).toMatchObject({ noShows: 1, expired: 0 })
    expect(await noticesOf(ctx.db, w.bob.id)).toMatchObject([
      { kind: 'booking_approved', params: { bookingId: noShow.id } }, { kind: 'booking_no_show', link: `/m/bookings?booking=${noShow.id}`, channels: ['in_app'] },
    ])
    ctx.now = at('2026-11-21T07:00:00Z') // 15:00, an hour before the undecided request
    expect(await advanceBookings(ctx.app)).toMatchObject({ expired: 1 })
    expect(await noticesOf(ctx.db, w.bob.id)).toMatchObject([{ kind: 'booking_approved' }, { kind: 'booking_no_show' }, { kind: 'booking_expired', params: { bookingId: pending.id } }])
    expect(await advanceBookings(ctx.app)).toMatchObject({ expired: 0, noShows: 0 })
    // Recording the same event again, say by a retried transaction, keeps one.
    await ctx.db.transaction().execute((trx) => noticeBooking(trx, pending.id, 'booking_expired', ctx.now))
    expect(await kindsOf(ctx.db, w.bob.id)).toEqual(['booking_approved', 'booking_no_show', 'booking_expired'])
  })
})

describe('a booking notice commits or rolls back with its cause', () => {
  const crash = crashAfterNotification()
  const ctx = useTestApp({ plugins: [crash.plugin] })

  it('leaves the booking undecided, uncancelled or unreleased, and no notice, when the transaction dies', async () => {
    const w = await world(ctx)
    const request = await w.booked(w.alice.cookie, w.hall.id, '2026-11-23', '09:00', '10:00')
    const approved = await w.booked(w.alice.cookie, w.room.id, '2026-11-21', '09:00', '10:00')

    crash.arm()
    expect((await w.decide([request.id], 'approve')).statusCode).toBe(500)
    crash.arm()
    expect((await w.cancel(w.as.staff, approved.id)).statusCode).toBe(500)
    expect([await w.statusOf(request.id), await w.statusOf(approved.id)]).toEqual(['requested', 'approved'])
    // Only the meeting room's approval at booking time, which committed with it.
    expect(await noticesOf(ctx.db, w.alice.id)).toMatchObject([{ kind: 'booking_approved', params: { bookingId: approved.id } }])
    expect((await w.decide([request.id], 'approve')).statusCode).toBe(200)
    expect(await kindsOf(ctx.db, w.alice.id)).toEqual(['booking_approved', 'booking_approved'])

    ctx.now = at('2026-11-21T01:15:00Z')
    crash.arm()
    await expect(advanceBookings(ctx.app)).rejects.toThrow('the process died after writing the notification')
    expect(crash.armed).toBe(false)
    expect(await w.statusOf(approved.id)).toBe('approved')
    expect(await countNotifications(ctx.db)).toBe(2)
    expect(await advanceBookings(ctx.app)).toMatchObject({ noShows: 1 })
    expect(await kindsOf(ctx.db, w.alice.id)).toEqual(['booking_approved', 'booking_approved', 'booking_no_show'])
  })
})
