import { describe, expect, it } from 'vitest'
import type { Booking } from '@linli/contracts'
import { recordDueReminders } from '../src/modules/notifications/reminders'
import { signIn } from './support/factories'
import { crashAfterNotification, kindsOf, noticesOf } from './support/notification-world'
import { newParticipationWorld } from './support/participation-world'
import { useTestApp } from './support/test-app'

const at = (iso: string) => new Date(iso)

/** The participation world (clock Friday 2026-11-20 10:00 in Shanghai) with quotas lifted, and the reminder scan at a moment. */
async function world(ctx: ReturnType<typeof useTestApp>) {
  ctx.now = at('2026-11-20T02:00:00Z')
  const w = await newParticipationWorld(ctx.app, ctx.db)
  await ctx.db.updateTable('centers').set({ booking_policy: JSON.stringify({ weeklyQuota: 100, maxUpcoming: 100 }) }).where('id', '=', w.centerA).execute()
  const booked = async (cookie: string, date: string, from: string, to: string, roomId = w.room.id) => {
    const res = await w.book(cookie, roomId, w.slot(date, from, to))
    if (res.statusCode !== 201) throw new Error(`booking: ${res.statusCode} ${res.body}`)
    return res.json() as Booking
  }
  /** Runs the scan with the clock at `iso`, as the minute timer would. */
  const scanAt = (iso: string) => {
    ctx.now = at(iso)
    return recordDueReminders(ctx.app.db, ctx.now)
  }
  const remindersOff = (residentId: string) =>
    ctx.db.insertInto('resident_notification_settings').values({ resident_id: residentId, reminders: false, updated_at: ctx.now }).execute()
  // Signed in afresh: a staff session does not outlast a clock moved by days.
  const policy = async (payload: object) => ctx.app.inject({
    method: 'PATCH', url: `/api/centers/${w.centerA}/participation-policy`, headers: { cookie: (await signIn(ctx.app, w.usernames.manager)).cookie }, payload,
  })
  const only = async (residentId: string, kind: string) => (await noticesOf(ctx.db, residentId)).filter((n) => n.kind === kind)
  return { ...w, booked, scanAt, remindersOff, policy, only }
}

const none = { bookingReminders: 0, activityReminders: 0, offersLapsing: 0 }

describe('booking reminders: 18:00 the day before in the center’s zone, and an hour before', () => {
  const ctx = useTestApp()

  it('reminds once at each moment, never of a cancelled booking, nor residents who turned reminders off or were deactivated', async () => {
    const w = await world(ctx)
    // A center in London (UTC+0 in November): its 18:00 is 02:00 the next morning in Shanghai.
    await ctx.db.updateTable('centers').set({ time_zone: 'Europe/London' }).where('id', '=', w.centerA).execute()
    const mine = await w.booked(w.alice.cookie, '2026-11-21', '09:00', '10:00')
    const cancelled = await w.booked(w.bob.cookie, '2026-11-21', '11:00', '12:00')
    expect((await ctx.app.inject({ method: 'POST', url: `/api/bookings/${cancelled.id}/cancel`, headers: { cookie: w.bob.cookie } })).statusCode).toBe(200)
    await w.booked(w.carol.cookie, '2026-11-21', '13:00', '14:00')
    await w.remindersOff(w.carol.id)
    await w.booked(w.dave.cookie, '2026-11-21', '15:00', '16:00')
    await ctx.db.updateTable('residents').set({ active: false }).where('id', '=', w.dave.id).execute()
    await w.booked(w.bob.cookie, '2026-11-21', '16:30', '17:30', w.hall.id) // still waiting for staff

    expect(await w.scanAt('2026-11-20T10:00:00Z')).toEqual(none) // 18:00 in Shanghai, 10:00 in London
    expect(await w.scanAt('2026-11-20T17:59:00Z')).toEqual(none)
    expect(await w.scanAt('2026-11-20T18:00:00Z')).toEqual({ ...none, bookingReminders: 1 })
    expect(await w.only(w.alice.id, 'booking_reminder')).toEqual([{
      kind: 'booking_reminder', channels: ['in_app'], link: `/m/bookings?booking=${mine.id}`,
      params: { bookingId: mine.id, roomName: '会议室', startsAt: '2026-11-21T09:00:00+00:00', endsAt: '2026-11-21T10:00:00+00:00', lead: 'day_before' },
    }])
    expect(await w.scanAt('2026-11-20T18:01:00Z')).toEqual(none)
    expect(await w.scanAt('2026-11-21T07:59:00Z')).toEqual(none)
    expect(await w.scanAt('2026-11-21T08:00:00Z')).toEqual({ ...none, bookingReminders: 1 })
    expect(await w.scanAt('2026-11-21T08:30:00Z')).toEqual(none)
    expect(await w.scanAt('2026-11-21T09:00:00Z')).toEqual(none)
    expect((await w.only(w.alice.id, 'booking_reminder')).map((n) => n.params.lead)).toEqual(['day_before', 'hour_before'])
    for (const r of [w.bob, w.carol, w.dave]) expect(await w.only(r.id, 'booking_reminder')).toEqual([])
  })
})

describe('a center’s own reminder times', () => {
  const ctx = useTestApp()

  it('follows the center’s settings, sends none when turned off, and skips a moment passed before the booking was made', async () => {
    const w = await world(ctx)
    const saved = await w.policy({ reminderDayBeforeAt: null, reminderLeadMinutes: 30 })
    expect(saved.statusCode).toBe(200)
    expect(saved.json()).toMatchObject({ reminderDayBeforeAt: null, reminderLeadMinutes: 30, offerHoldMinutes: 120 })
    await w.booked(w.alice.cookie, '2026-11-21', '09:00', '10:00')
    expect(await w.scanAt('2026-11-20T10:00:00Z')).toEqual(none) // 18:00 the day before: turned off
    expect(await w.scanAt('2026-11-21T00:00:00Z')).toEqual(none) // 08:00: an hour before is not the center's lead
    expect(await w.scanAt('2026-11-21T00:30:00Z')).toEqual({ ...none, bookingReminders: 1 })
    expect((await w.only(w.alice.id, 'booking_reminder')).map((n) => n.params.lead)).toEqual(['hour_before'])

    // Back to the defaults, booked on Sunday at 20:00 for Monday morning: 18:00 had passed, so only the hour before.
    expect((await w.policy({ reminderDayBeforeAt: '18:00', reminderLeadMinutes: 60 })).statusCode).toBe(200)
    ctx.now = at('2026-11-22T12:00:00Z')
    await w.booked(w.bob.cookie, '2026-11-23', '09:00', '10:00')
    expect(await w.scanAt('2026-11-22T12:01:00Z')).toEqual(none)
    expect(await w.scanAt('2026-11-23T00:00:00Z')).toEqual({ ...none, bookingReminders: 1 })
    expect((await w.only(w.bob.id, 'booking_reminder')).map((n) => n.params.lead)).toEqual(['hour_before'])

    // Both off: nothing at all.
    expect((await w.policy({ reminderDayBeforeAt: null, reminderLeadMinutes: null })).statusCode).toBe(200)
    await w.booked(w.carol.cookie, '2026-11-24', '09:00', '10:00')
    for (const iso of ['2026-11-23T10:00:00Z', '2026-11-24T00:00:00Z', '2026-11-24T00:59:00Z']) expect(await w.scanAt(iso)).toEqual(none)
    expect(await w.only(w.carol.id, 'booking_reminder')).toEqual([])
    const bad = await w.policy({ reminderDayBeforeAt: '25:00' })
    expect(bad.statusCode).toBe(400)
  })
})

describe('activity reminders and check-in opening', () => {
  const ctx = useTestApp()

  it('reminds the seated an hour before and when check-in opens, once; not the queued, nor of a called-off date', async () => {
    const w = await world(ctx)
    const a = await w.activity({ title: '太极拳', capacity: 1 })
    const alice = await w.registered(w.alice.cookie, a.occurrenceId)
    await w.registered(w.bob.cookie, a.occurrenceId) // queued
    const off = await w.activity({ title: '书法班' })
    await w.registered(w.carol.cookie, off.occurrenceId)
    const cancel = await ctx.app.inject({ method: 'PATCH', url: `/api/occurrences/${off.occurrenceId}`, headers: { cookie: w.as.staff }, payload: { status: 'cancelled' } })
    expect(cancel.statusCode).toBe(200)

    expect(await w.scanAt('2026-11-22T23:59:00Z')).toEqual(none) // Monday 07:59
    expect(await w.scanAt('2026-11-23T00:00:00Z')).toEqual({ ...none, activityReminders: 1 })
    expect(await w.only(w.alice.id, 'activity_reminder')).toEqual([{
      kind: 'activity_reminder', channels: ['in_app'], link: `/m/registrations?registration=${alice.id}`,
      params: { registrationId: alice.id, occurrenceId: a.occurrenceId, activityTitle: '太极拳', startsAt: '2026-11-23T09:00:00+08:00' },
    }])
    expect(await w.scanAt('2026-11-23T00:29:00Z')).toEqual(none)
    expect(await w.scanAt('2026-11-23T00:30:00Z')).toEqual({ ...none, activityReminders: 1 }) // check-in opens 30 minutes before
    expect(await w.scanAt('2026-11-23T00:45:00Z')).toEqual(none)
    expect(await w.scanAt('2026-11-23T01:00:00Z')).toEqual(none)
    expect(await kindsOf(ctx.db, w.alice.id)).toEqual(['signup_confirmed', 'activity_reminder', 'check_in_open'])
    for (const r of [w.bob, w.carol]) expect((await kindsOf(ctx.db, r.id)).filter((k) => k === 'activity_reminder' || k === 'check_in_open')).toEqual([])
  })

  it('reminds again at the new time when a date reminded of is moved', async () => {
    const w = await world(ctx)
    const a = await w.activity({ title: '健康讲座', startsLocal: '2026-11-25T09:00', endsLocal: '2026-11-25T10:00' })
    await w.registered(w.alice.cookie, a.occurrenceId)
    expect(await w.scanAt('2026-11-25T00:00:00Z')).toMatchObject({ activityReminders: 1 })
    const staff = (await signIn(ctx.app, w.usernames.staff)).cookie
    const move = await ctx.app.inject({ method: 'PATCH', url: `/api/occurrences/${a.occurrenceId}`, headers: { cookie: staff }, payload: { startsLocal: '2026-11-25T14:00' } })
    expect(move.statusCode).toBe(200)
    expect(await w.scanAt('2026-11-25T00:30:00Z')).toEqual(none)
    expect(await w.scanAt('2026-11-25T05:00:00Z')).toMatchObject({ activityReminders: 1 })
    expect((await w.only(w.alice.id, 'activity_reminder')).map((n) => n.params.startsAt)).toEqual(['2026-11-25T09:00:00+08:00', '2026-11-25T14:00:00+08:00'])
  })
})

describe('a held seat about to lapse', () => {
  const ctx = useTestApp()

  it('warns 30 minutes before the hold runs out, once, and not when the hold was shorter than that', async () => {
    const w = await world(ctx)
    const a = await w.activity({ title: '太极拳', capacity: 1 })
    const alice = await w.registered(w.alice.cookie, a.occurrenceId)
    const bob = await w.registered(w.bob.cookie, a.occurrenceId)
    expect((await w.cancel(w.alice.cookie, alice.id)).statusCode).toBe(200) // bob holds the seat until 12:00
    expect(await w.scanAt('2026-11-20T03:29:00Z')).toEqual(none)
    expect(await w.scanAt('2026-11-20T03:30:00Z')).toEqual({ ...none, offersLapsing: 1 })
    expect(await w.only(w.bob.id, 'offer_lapsing')).toEqual([{
      kind: 'offer_lapsing', channels: ['in_app'], link: `/m/registrations?confirm=${bob.id}`,
      params: {
        registrationId: bob.id, occurrenceId: a.occurrenceId, activityTitle: '太极拳', startsAt: '2026-11-23T09:00:00+08:00', holdUntil: '2026-11-20T12:00:00+08:00',
      },
    }])
    expect(await w.scanAt('2026-11-20T03:45:00Z')).toEqual(none)

    // A 20-minute hold: the offer itself said when it lapses; no warning follows it.
    expect((await w.policy({ offerHoldMinutes: 20 })).statusCode).toBe(200)
    const b = await w.activity({ title: '书法班', capacity: 1 })
    const carol = await w.registered(w.carol.cookie, b.occurrenceId)
    await w.registered(w.dave.cookie, b.occurrenceId)
    expect((await w.cancel(w.carol.cookie, carol.id)).statusCode).toBe(200)
    for (const iso of ['2026-11-20T03:46:00Z', '2026-11-20T03:55:00Z', '2026-11-20T04:04:00Z']) expect(await w.scanAt(iso)).toEqual(none)
    expect(await kindsOf(ctx.db, w.dave.id)).toEqual(['seat_offered'])
  })
})

describe('a reminder commits or rolls back as a whole', () => {
  const crash = crashAfterNotification()
  const ctx = useTestApp({ plugins: [crash.plugin] })

  it('leaves nothing when the scan dies before its commit, and records it on the next run', async () => {
    const w = await world(ctx)
    await w.booked(w.alice.cookie, '2026-11-21', '09:00', '10:00')
    ctx.now = at('2026-11-20T10:00:00Z')
    crash.arm()
    await expect(recordDueReminders(ctx.app.db, ctx.now)).rejects.toThrow('the process died after writing the notification')
    expect(await w.only(w.alice.id, 'booking_reminder')).toEqual([])
    expect(await w.scanAt('2026-11-20T10:01:00Z')).toEqual({ ...none, bookingReminders: 1 })
    expect(await w.only(w.alice.id, 'booking_reminder')).toHaveLength(1)
  })
})
