import { describe, expect, it } from 'vitest'
import type { Booking } from '@linli/contracts'
import { noticeSignupConfirmed } from '../src/modules/notifications/notify'
import { newResident, signIn } from './support/factories'
import { countNotifications, crashAfterNotification, kindsOf, noticesOf } from './support/notification-world'
import { newParticipationWorld } from './support/participation-world'
import { useTestApp } from './support/test-app'

const at = (iso: string) => new Date(iso)

/** The participation world (clock Friday 2026-11-20 10:00 in Shanghai), quotas lifted, and staff's shortcuts. */
async function world(ctx: ReturnType<typeof useTestApp>) {
  ctx.now = at('2026-11-20T02:00:00Z')
  const w = await newParticipationWorld(ctx.app, ctx.db)
  await ctx.db.updateTable('centers').set({ booking_policy: JSON.stringify({ weeklyQuota: 100, maxUpcoming: 100 }) }).where('id', '=', w.centerA).execute()
  const booked = async (cookie: string, roomId: string, date: string, from: string, to: string) => {
    const res = await w.book(cookie, roomId, w.slot(date, from, to))
    if (res.statusCode !== 201) throw new Error(`booking: ${res.statusCode} ${res.body}`)
    return res.json() as Booking
  }
  // Signed in afresh each time: a session does not outlast a clock moved by days.
  const send = async (method: 'POST' | 'PATCH', url: string, payload: object, who = w.usernames.manager) =>
    ctx.app.inject({ method, url, headers: { cookie: (await signIn(ctx.app, who)).cookie }, payload })
  const emergency = (message = '停电检修') =>
    send('POST', '/api/emergencies', { title: '临时闭馆', message, centerId: w.centerA, endsAt: '2026-11-20T12:00:00.000Z' })
  return { ...w, booked, send, emergency }
}

describe('a booking request is acknowledged; one approved at once says so instead', () => {
  const ctx = useTestApp()

  it('tells the resident their request waits for staff, once, and an instant approval only as approved', async () => {
    const w = await world(ctx)
    const request = await w.booked(w.alice.cookie, w.hall.id, '2026-11-23', '09:00', '10:00')
    expect(request.status).toBe('requested')
    expect(await noticesOf(ctx.db, w.alice.id)).toEqual([{
      kind: 'booking_received', channels: ['in_app'], link: `/m/bookings?booking=${request.id}`,
      params: { bookingId: request.id, roomName: '多功能厅', startsAt: '2026-11-23T09:00:00+08:00', endsAt: '2026-11-23T10:00:00+08:00' },
    }])

    const instant = await w.booked(w.bob.cookie, w.room.id, '2026-11-23', '09:00', '10:00')
    expect(instant.status).toBe('approved')
    expect(await noticesOf(ctx.db, w.bob.id)).toMatchObject([{ kind: 'booking_approved', params: { bookingId: instant.id, roomName: '会议室' } }])

    // A walk-in booked at the desk has no account to tell.
    const walkIn = await ctx.app.inject({
      method: 'POST', url: `/api/rooms/${w.room.id}/staff-bookings`, headers: { cookie: w.as.staff },
      payload: { ...w.slot('2026-11-25', '09:00', '10:00'), purpose: '下棋', headcount: 2, walkIn: { name: '孙大爷', phone: '13900001111' } },
    })
    expect(walkIn.statusCode).toBe(201)
    expect(await countNotifications(ctx.db)).toBe(2)
  })
})

describe('a seat confirmed is confirmed to the resident', () => {
  const ctx = useTestApp()

  it('on a sign-up that gets a seat and on taking an offered seat, once each; a queue place is not a seat', async () => {
    const w = await world(ctx)
    const a = await w.activity({ capacity: 1, title: '太极拳' })
    const alice = await w.registered(w.alice.cookie, a.occurrenceId)
    const bob = await w.registered(w.bob.cookie, a.occurrenceId)
    expect([alice.status, bob.status]).toEqual(['confirmed', 'waitlisted'])
    expect(await noticesOf(ctx.db, w.alice.id)).toEqual([{
      kind: 'signup_confirmed', channels: ['in_app'], link: `/m/registrations?registration=${alice.id}`,
      params: { registrationId: alice.id, occurrenceId: a.occurrenceId, activityTitle: '太极拳', startsAt: '2026-11-23T09:00:00+08:00' },
    }])
    expect(await kindsOf(ctx.db, w.bob.id)).toEqual([])

    expect((await w.cancel(w.alice.cookie, alice.id)).statusCode).toBe(200)
    expect((await w.confirm(w.bob.cookie, bob.id)).statusCode).toBe(200)
    expect((await w.confirm(w.bob.cookie, bob.id)).statusCode).toBe(200)
    expect(await kindsOf(ctx.db, w.bob.id)).toEqual(['seat_offered', 'signup_confirmed'])
    // Recorded again, say by a retried transaction: still one.
    await ctx.db.transaction().execute((trx) => noticeSignupConfirmed(trx, [bob.id], ctx.now))
    expect(await kindsOf(ctx.db, w.bob.id)).toEqual(['seat_offered', 'signup_confirmed'])
  })

  it('tells a resident put on the list by staff, and a whole series once, of its first date', async () => {
    const w = await world(ctx)
    const single = await w.activity({ title: '健康讲座' })
    const byStaff = await ctx.app.inject({
      method: 'POST', url: `/api/occurrences/${single.occurrenceId}/roster`, headers: { cookie: w.as.staff }, payload: { residentId: w.carol.id },
    })
    expect(byStaff.statusCode).toBe(201)
    expect(await kindsOf(ctx.db, w.carol.id)).toEqual(['signup_confirmed'])

    const weekly = await w.activity({ title: '书法班', capacity: 5, rrule: 'FREQ=WEEKLY;COUNT=3' })
    const res = await w.signUp(w.dave.cookie, weekly.occurrenceId, { wholeSeries: true })
    expect(res.json().items).toHaveLength(3)
    expect(await noticesOf(ctx.db, w.dave.id)).toMatchObject([
      { kind: 'signup_confirmed', params: { occurrenceId: weekly.occurrences[0], startsAt: '2026-11-23T09:00:00+08:00' } },
    ])
  })
})

describe('a date moved: everyone signed up for it hears when it now starts', () => {
  const ctx = useTestApp()

  it('tells the seated and the queued of a moved date once, not those of other dates, and not of a change that keeps the start', async () => {
    const w = await world(ctx)
    const a = await w.activity({ title: '书法班', capacity: 1, rrule: 'FREQ=WEEKLY;COUNT=3' })
    const [first, second] = a.occurrences
    const alice = await w.registered(w.alice.cookie, first!)
    const bob = await w.registered(w.bob.cookie, first!)
    expect(bob.status).toBe('waitlisted')
    await w.cancel(w.carol.cookie, (await w.registered(w.carol.cookie, second!)).id)
    await w.registered(w.dave.cookie, second!)
    const moved = 'activity_date_moved'

    ctx.now = at('2026-11-20T02:05:00Z')
    expect((await w.send('PATCH', `/api/occurrences/${first}`, { startsLocal: '2026-11-23T14:00' })).statusCode).toBe(200)
    expect((await noticesOf(ctx.db, w.alice.id)).filter((n) => n.kind === moved)).toEqual([{
      kind: moved, channels: ['in_app'], link: `/m/registrations?registration=${alice.id}`,
      params: {
        registrationId: alice.id, occurrenceId: first, activityTitle: '书法班', startsAt: '2026-11-23T14:00:00+08:00', previousStartsAt: '2026-11-23T09:00:00+08:00',
      },
    }])
    expect(await kindsOf(ctx.db, w.bob.id)).toEqual([moved])
    for (const r of [w.carol, w.dave]) expect((await kindsOf(ctx.db, r.id)).filter((k) => k === moved)).toEqual([])

    // A new room or a later end keeps the start: nothing to tell.
    expect((await w.send('PATCH', `/api/occurrences/${first}`, { endsLocal: '2026-11-23T16:00' })).statusCode).toBe(200)
    expect(await countNotifications(ctx.db)).toBe(5) // three sign-ups confirmed, two residents moved

    // The series retimed: each date still following it moves (the first was moved by hand and keeps its time).
    ctx.now = at('2026-11-20T03:00:00Z')
    expect((await w.send('PATCH', `/api/activities/${a.id}`, { startsLocal: '2026-11-23T10:00', endsLocal: '2026-11-23T11:00' })).statusCode).toBe(200)
    expect((await noticesOf(ctx.db, w.dave.id)).filter((n) => n.kind === moved)).toMatchObject([
      { params: { occurrenceId: second, previousStartsAt: '2026-11-30T09:00:00+08:00', startsAt: '2026-11-30T10:00:00+08:00' } },
    ])
    expect(await kindsOf(ctx.db, w.alice.id)).toEqual(['signup_confirmed', moved])
    expect(await countNotifications(ctx.db)).toBe(6)
  })

  it('tells those whose dates move to a split-off series at another time', async () => {
    const w = await world(ctx)
    const a = await w.activity({ title: '合唱团', capacity: 5, rrule: 'FREQ=WEEKLY;COUNT=3' })
    const [first, second] = a.occurrences
    await w.registered(w.alice.cookie, first!)
    const bob = await w.registered(w.bob.cookie, second!)
    ctx.now = at('2026-11-20T02:05:00Z')
    const split = await w.send('POST', `/api/activities/${a.id}/split`, { fromOccurrenceId: second, changes: { startsLocal: '2026-11-30T15:00' } })
    expect(split.statusCode).toBe(201)
    expect(await noticesOf(ctx.db, w.bob.id)).toMatchObject([
      { kind: 'signup_confirmed' },
      { kind: 'activity_date_moved', params: { registrationId: bob.id, previousStartsAt: '2026-11-30T09:00:00+08:00', startsAt: '2026-11-30T15:00:00+08:00' } },
    ])
    expect(await kindsOf(ctx.db, w.alice.id)).toEqual(['signup_confirmed'])
  })
})

describe('an emergency closure reaches everyone expected at the center that day', () => {
  const ctx = useTestApp()

  it('tells each resident with a live booking or sign-up later today once, and nobody else', async () => {
    const w = await world(ctx)
    const today = await w.activity({ title: '午后茶话', startsLocal: '2026-11-20T15:00', endsLocal: '2026-11-20T16:00', capacity: 5 })
    const monday = await w.activity({ title: '健康讲座' })
    await w.booked(w.alice.cookie, w.room.id, '2026-11-20', '14:00', '15:00')
    await w.registered(w.alice.cookie, today.occurrenceId)
    await w.booked(w.bob.cookie, w.hall.id, '2026-11-20', '16:00', '17:00') // still waiting for staff: live too
    await w.registered(w.carol.cookie, monday.occurrenceId)
    const dave = await w.booked(w.dave.cookie, w.room.id, '2026-11-20', '18:00', '19:00')
    expect((await ctx.app.inject({ method: 'POST', url: `/api/bookings/${dave.id}/cancel`, headers: { cookie: w.as.staff } })).statusCode).toBe(200)
    const erin = await newResident(ctx.db, '赵阿姨')
    await w.booked(erin.cookie, w.room.id, '2026-11-20', '11:30', '12:30')
    await ctx.db.updateTable('residents').set({ active: false }).where('id', '=', erin.id).execute()
    const before = await countNotifications(ctx.db)

    const res = await w.emergency('水管爆裂，今日闭馆')
    expect(res.statusCode).toBe(201)
    const told = (await noticesOf(ctx.db, w.alice.id)).filter((n) => n.kind === 'center_emergency')
    expect(told).toMatchObject([{ channels: ['in_app'], link: `/m/centers/${w.centerA}`, params: { message: '水管爆裂，今日闭馆' } }])
    expect(told[0]!.params.centerName).toMatch(/党群服务中心/)
    expect((await kindsOf(ctx.db, w.bob.id)).filter((k) => k === 'center_emergency')).toHaveLength(1)
    for (const r of [w.carol, w.dave, erin]) expect((await kindsOf(ctx.db, r.id)).filter((k) => k === 'center_emergency')).toEqual([])
    expect(await countNotifications(ctx.db)).toBe(before + 2)
  })
})

describe('each notice commits or rolls back with its cause', () => {
  const crash = crashAfterNotification()
  const ctx = useTestApp({ plugins: [crash.plugin] })

  it('leaves no booking, sign-up, confirmation, move or emergency, and no notice, when the transaction dies', async () => {
    const w = await world(ctx)
    const a = await w.activity({ title: '太极拳', capacity: 1 })
    const count = (table: 'bookings' | 'registrations' | 'emergencies') =>
      ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow().then((r) => Number(r.n))

    crash.arm()
    expect((await w.book(w.alice.cookie, w.hall.id, w.slot('2026-11-23', '09:00', '10:00'))).statusCode).toBe(500)
    crash.arm()
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-23', '09:00', '10:00'))).statusCode).toBe(500)
    expect(await count('bookings')).toBe(0)
    crash.arm()
    expect((await w.signUp(w.alice.cookie, a.occurrenceId)).statusCode).toBe(500)
    expect(await count('registrations')).toBe(0)
    expect(await countNotifications(ctx.db)).toBe(0)

    const alice = await w.registered(w.alice.cookie, a.occurrenceId)
    const bob = await w.registered(w.bob.cookie, a.occurrenceId)
    await w.cancel(w.alice.cookie, alice.id)
    crash.arm()
    expect((await w.confirm(w.bob.cookie, bob.id)).statusCode).toBe(500)
    expect((await ctx.db.selectFrom('registrations').select('status').where('id', '=', bob.id).executeTakeFirstOrThrow()).status).toBe('offered')
    crash.arm()
    expect((await w.send('PATCH', `/api/occurrences/${a.occurrenceId}`, { startsLocal: '2026-11-23T14:00' })).statusCode).toBe(500)
    const start = await ctx.db.selectFrom('occurrences').select('starts_at').where('id', '=', a.occurrenceId).executeTakeFirstOrThrow()
    expect(start.starts_at.toISOString()).toBe('2026-11-23T01:00:00.000Z')
    await w.booked(w.carol.cookie, w.room.id, '2026-11-20', '14:00', '15:00')
    const beforeEmergency = await countNotifications(ctx.db)
    crash.arm()
    expect((await w.emergency()).statusCode).toBe(500)
    expect(await count('emergencies')).toBe(0)
    expect(await countNotifications(ctx.db)).toBe(beforeEmergency)
    expect(await kindsOf(ctx.db, w.bob.id)).toEqual(['seat_offered'])

    // Done for real, each cause and its notice commit together.
    ctx.now = at('2026-11-20T02:01:00Z')
    expect((await w.confirm(w.bob.cookie, bob.id)).statusCode).toBe(200)
    ctx.now = at('2026-11-20T02:02:00Z')
    expect((await w.send('PATCH', `/api/occurrences/${a.occurrenceId}`, { startsLocal: '2026-11-23T14:00' })).statusCode).toBe(200)
    ctx.now = at('2026-11-20T02:03:00Z')
    expect((await w.emergency()).statusCode).toBe(201)
    expect(await kindsOf(ctx.db, w.bob.id)).toEqual(['seat_offered', 'signup_confirmed', 'activity_date_moved'])
    expect(await kindsOf(ctx.db, w.carol.id)).toEqual(['booking_approved', 'center_emergency'])
  })
})
