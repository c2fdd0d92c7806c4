import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import type { Booking } from '@linli/contracts'
import { newBookingWorld } from './support/booking-world'
import { countRows } from './support/factories'
import { useTestApp } from './support/test-app'

describe('booking rules', () => {
  const ctx = useTestApp()

  it('books a free slot at once in a room without approval', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const res = await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-21', '09:00', '10:30'))
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ status: 'approved', startsAt: '2026-11-21T09:00:00+08:00', endsAt: '2026-11-21T10:30:00+08:00', roomName: '会议室', bookerName: '王阿姨' })
  })

  it.each([
    ['too short', ['2026-11-21', '09:00', '09:15'], {}, 'duration_too_short'],
    ['too long', ['2026-11-21', '09:00', '14:00'], {}, 'duration_too_long'],
    ['off the 30-minute grid', ['2026-11-21', '09:10', '10:10'], {}, 'off_grid'],
    ['on a closed day (Sunday)', ['2026-11-22', '09:00', '10:00'], {}, 'closed_day'],
    ['outside opening hours', ['2026-11-21', '20:30', '21:30'], {}, 'outside_opening_hours'],
    ['with too many people', ['2026-11-21', '09:00', '10:00'], { headcount: 21 }, 'over_capacity'],
    ['with too little notice', ['2026-11-20', '10:30', '11:30'], {}, 'too_short_notice'],
    ['too far ahead', ['2026-11-28', '09:00', '10:00'], {}, 'too_far_ahead'],
  ])('refuses a booking %s with a 400 naming the rule', async (_what, [date, from, to], extra, code) => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const before = await countRows(ctx.db, 'bookings')
    const res = await w.book(w.alice.cookie, w.room.id, { ...w.slot(date!, from!, to!), ...extra })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code, message: expect.any(String) })
    expect(await countRows(ctx.db, 'bookings')).toBe(before)
  })

  it('opens a new day for booking at the release time', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    ctx.now = new Date('2026-11-20T23:30:00Z') // Saturday 07:30 in Shanghai
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-28', '09:00', '10:00'))).json().code).toBe('too_far_ahead')
    ctx.now = new Date('2026-11-21T00:00:00Z') // 08:00
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-28', '09:00', '10:00'))).statusCode).toBe(201)
    ctx.now = new Date('2026-11-20T02:00:00Z')
  })

  it('refuses open-access rooms, staff-only rooms for residents, and inactive rooms', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    for (const roomId of [w.open.id, w.staffOnly.id]) expect((await w.book(w.alice.cookie, roomId, w.slot('2026-11-21', '09:00', '10:00'))).json().code).toBe('room_not_bookable')
    await ctx.db.updateTable('rooms').set({ active: false }).where('id', '=', w.room.id).execute()
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-21', '09:00', '10:00'))).json().code).toBe('room_not_bookable')
  })

  it('keeps the cleaning buffer free after each booking', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-21', '09:00', '10:00'))).statusCode).toBe(201)
    const tooSoon = await w.book(w.bob.cookie, w.room.id, w.slot('2026-11-21', '10:00', '11:00'))
    expect(tooSoon.statusCode).toBe(409)
    expect(tooSoon.json()).toMatchObject({ code: 'slot_taken', conflicts: [{ withTitle: '已占用', date: '2026-11-21' }] })
    expect(tooSoon.body).not.toContain('王阿姨')
    expect((await w.book(w.bob.cookie, w.room.id, w.slot('2026-11-21', '10:30', '11:30'))).statusCode).toBe(201)
  })

  it('limits each resident per week and in upcoming bookings held at once', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    await ctx.app.inject({ method: 'PATCH', url: `/api/centers/${w.centerA}/booking-policy`, headers: { cookie: w.as.manager }, payload: { maxUpcoming: 5, weeklyQuota: 2 } })
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-23', '09:00', '10:00'))).statusCode).toBe(201)
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-24', '09:00', '10:00'))).statusCode).toBe(201)
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-25', '09:00', '10:00'))).json().code).toBe('weekly_quota_reached')
    // The next week has its own quota, until the cap on upcoming bookings is reached.
    await ctx.app.inject({ method: 'PATCH', url: `/api/centers/${w.centerA}/booking-policy`, headers: { cookie: w.as.manager }, payload: { maxUpcoming: 2 } })
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-21', '09:00', '10:00'))).json().code).toBe('too_many_upcoming')
    expect((await w.book(w.bob.cookie, w.room.id, w.slot('2026-11-25', '09:00', '10:00'))).statusCode).toBe(201)
  })

  it('applies a room override over the center default', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const res = await ctx.app.inject({ method: 'PATCH', url: `/api/rooms/${w.room.id}/booking-policy`, headers: { cookie: w.as.manager }, payload: { slotMinutes: 60, maxMinutes: 120 } })
    expect(res.json()).toMatchObject({ slotMinutes: 60, maxMinutes: 120, minMinutes: 30 })
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-21', '09:30', '10:30'))).json().code).toBe('off_grid')
    const staffPatch = await ctx.app.inject({ method: 'PATCH', url: `/api/rooms/${w.room.id}/booking-policy`, headers: { cookie: w.as.staff }, payload: { slotMinutes: 15 } })
    expect(staffPatch.statusCode).toBe(403)
    const bad = await ctx.app.inject({ method: 'PATCH', url: `/api/rooms/${w.room.id}/booking-policy`, headers: { cookie: w.as.manager }, payload: { minMinutes: 200 } })
    expect(bad.json().code).toBe('invalid_policy')
    const overrides = await ctx.app.inject({ url: `/api/rooms/${w.room.id}/booking-policy/overrides`, headers: { cookie: w.as.staff } })
    expect(overrides.json()).toEqual({ slotMinutes: 60, maxMinutes: 120 })
    // null drops an override: the room follows the center's value again.
    const cleared = await ctx.app.inject({ method: 'PATCH', url: `/api/rooms/${w.room.id}/booking-policy`, headers: { cookie: w.as.manager }, payload: { slotMinutes: null } })
    expect(cleared.json().slotMinutes).toBe(30)
    await ctx.app.inject({ method: 'PATCH', url: `/api/centers/${w.centerA}/booking-policy`, headers: { cookie: w.as.manager }, payload: { slotMinutes: 15 } })
    const center = await ctx.app.inject({ url: `/api/centers/${w.centerA}/booking-policy`, headers: { cookie: w.as.staff } })
    expect(center.json()).toMatchObject({ slotMinutes: 15, maxMinutes: 240 })
    expect((await ctx.app.inject(`/api/rooms/${w.room.id}/booking-policy`)).json()).toMatchObject({ slotMinutes: 15, maxMinutes: 120 })
  })
})

describe('booking lifecycle', () => {
  const ctx = useTestApp()

  it('waits for approval, then approves; rejections need a reason and free the room', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const a = (await w.book(w.alice.cookie, w.hall.id, w.slot('2026-11-21', '14:00', '16:00'))).json() as Booking
    const b = (await w.book(w.bob.cookie, w.hall.id, w.slot('2026-11-24', '14:00', '16:00'))).json() as Booking
    expect([a.status, b.status]).toEqual(['requested', 'requested'])
    // A pending request holds the slot.
    expect((await w.book(w.bob.cookie, w.hall.id, w.slot('2026-11-21', '14:00', '15:00'))).statusCode).toBe(409)
    const queue = await ctx.app.inject({ url: `/api/centers/${w.centerA}/bookings?status=requested`, headers: { cookie: w.as.staff } })
    expect(queue.json().items.map((x: Booking) => x.id)).toEqual([a.id, b.id])
    const decide = (payload: object) => ctx.app.inject({ method: 'POST', url: '/api/bookings/decisions', headers: { cookie: w.as.staff }, payload })
    expect((await decide({ ids: [b.id], decision: 'reject' })).json().code).toBe('reason_required')
    expect((await decide({ ids: [a.id], decision: 'approve' })).json().items[0].status).toBe('approved')
    const rejected = await decide({ ids: [b.id], decision: 'reject', reason: '当天有区级活动' })
    expect(rejected.json().items[0]).toMatchObject({ status: 'rejected', rejectReason: '当天有区级活动' })
    expect((await decide({ ids: [a.id], decision: 'approve' })).json().code).toBe('not_pending')
    expect((await w.book(w.alice.cookie, w.hall.id, w.slot('2026-11-24', '14:00', '16:00'))).statusCode).toBe(201)
    const events = await ctx.db.selectFrom('booking_events').select(['from_status', 'to_status', 'actor_kind']).where('booking_id', '=', b.id).orderBy('id').execute()
    expect(events).toEqual([
      { from_status: null, to_status: 'requested', actor_kind: 'resident' },
      { from_status: 'requested', to_status: 'rejected', actor_kind: 'staff' },
    ])
  })

  it('lets residents see and cancel only their own bookings, counting late cancellations', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const early = (await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-23', '09:00', '10:00'))).json() as Booking
    const soon = (await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-20', '11:30', '12:30'))).json() as Booking
    expect((await ctx.app.inject({ url: `/api/bookings/${early.id}`, headers: { cookie: w.bob.cookie } })).statusCode).toBe(404)
    expect((await ctx.app.inject({ method: 'POST', url: `/api/bookings/${early.id}/cancel`, headers: { cookie: w.bob.cookie } })).statusCode).toBe(404)
    const mine = await ctx.app.inject({ url: '/api/residents/me/bookings', headers: { cookie: w.bob.cookie } })
    expect(mine.json().items).toEqual([])
    const cancel = (id: string) => ctx.app.inject({ method: 'POST', url: `/api/bookings/${id}/cancel`, headers: { cookie: w.alice.cookie } })
    expect((await cancel(early.id)).json()).toMatchObject({ status: 'cancelled', lateCancellation: false })
    expect((await cancel(soon.id)).json()).toMatchObject({ status: 'cancelled', lateCancellation: true })
    expect((await cancel(soon.id)).json().code).toBe('not_cancellable')
    const list = (await ctx.app.inject({ url: '/api/residents/me/bookings', headers: { cookie: w.alice.cookie } })).json().items
    expect(list.map((b: Booking) => b.id).sort()).toEqual([early.id, soon.id].sort())
  })

  it('serves a booking as an iCalendar file for the phone calendar', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const b = (await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-23', '09:00', '10:00'))).json() as Booking
    const res = await ctx.app.inject({ url: `/api/bookings/${b.id}/calendar.ics`, headers: { cookie: w.alice.cookie } })
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(res.body)).getFirstSubcomponent('vevent')!)
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-23T01:00:00.000Z')
    expect(event.summary).toContain('会议室')
  })
})

describe('staff bookings, series and shared room constraint', () => {
  const ctx = useTestApp()

  it('lets staff book for a walk-in resident, bypassing notice rules but not opening hours', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const post = (body: object) => ctx.app.inject({ method: 'POST', url: `/api/rooms/${w.staffOnly.id}/staff-bookings`, headers: { cookie: w.as.staff }, payload: { purpose: '调解', headcount: 3, ...body } })
    const ok = await post({ ...w.slot('2026-11-20', '10:30', '11:30'), walkIn: { name: '赵先生', phone: '13600000000' } })
    expect(ok.statusCode).toBe(201)
    expect(ok.json()).toMatchObject({ status: 'approved', bookerName: '赵先生', residentId: null })
    expect((await post({ ...w.slot('2026-11-20', '21:00', '22:00'), walkIn: { name: '赵先生', phone: '13600000000' } })).json().code).toBe('outside_opening_hours')
    expect((await post(w.slot('2026-11-21', '10:30', '11:30'))).json().code).toBe('booker_required')
    expect((await w.book(w.alice.cookie, w.room.id, { ...w.slot('2026-11-21', '09:00', '10:00'), walkIn: { name: 'x', phone: '13600000000' } })).statusCode).toBe(403)
  })

  it('books weekly for an organisation, listing conflicting dates and skipping them on request', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const first = await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-24', '19:00', '20:00'))
    expect(first.json()).toMatchObject({ status: 'approved' })
    const series = (skipConflicts: boolean) => ctx.app.inject({
      method: 'POST', url: `/api/rooms/${w.room.id}/booking-series`, headers: { cookie: w.as.staff },
      payload: { ...w.slot('2026-11-24', '19:00', '20:30'), purpose: '合唱排练', headcount: 15, organisationName: '夕阳红合唱团', publishOrganisation: true, weeks: 4, skipConflicts },
    })
    const before = await countRows(ctx.db, 'bookings')
    const refused = await series(false)
    expect(refused.statusCode).toBe(409)
    expect(refused.json()).toMatchObject({ code: 'series_conflicts', details: [{ path: '2026-11-24' }] })
    expect(await countRows(ctx.db, 'bookings')).toBe(before)
    const skipped = await series(true)
    expect(skipped.statusCode).toBe(201)
    expect(skipped.json().created.map((b: Booking) => b.startsAt.slice(0, 10))).toEqual(['2026-12-01', '2026-12-08', '2026-12-15'])
    expect(skipped.json().skipped).toEqual([{ date: '2026-11-24', code: 'slot_taken', message: expect.any(String) }])
    // The organisation chose to be named: lobby screens show it; the resident booking stays anonymous.
    const schedule = await ctx.app.inject(`/api/centers/${w.centerA}/schedule?from=2026-11-24&to=2026-12-01`)
    expect(schedule.json().occupied.map((o: { label: string }) => o.label)).toEqual(['已占用', '夕阳红合唱团'])
    expect(schedule.body).not.toContain(w.alice.name)
    expect(schedule.body).not.toContain(w.alice.phone)
  })

  it('keeps bookings and activity occurrences from overlapping in either order', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const activity = (startsLocal: string, endsLocal: string) => ctx.app.inject({
      method: 'POST', url: `/api/centers/${w.centerA}/activities`, headers: { cookie: w.as.staff },
      payload: { title: '党课', category: 'lecture', organiserKind: 'center', organiserName: '中心', roomId: w.room.id, startsLocal, endsLocal },
    })
    expect((await activity('2026-11-23T15:00', '2026-11-23T16:00')).statusCode).toBe(201)
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-23', '14:30', '15:30'))).json().code).toBe('slot_taken')
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-23', '09:00', '10:00'))).statusCode).toBe(201)
    const clash = await activity('2026-11-23T09:30', '2026-11-23T10:00')
    expect(clash.statusCode).toBe(409)
    expect(clash.json().conflicts[0].withTitle).toBe('已被占用')
  })

  it('shows free and occupied times to residents without saying whose', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-21', '09:00', '10:00'))
    const res = await ctx.app.inject(`/api/rooms/${w.room.id}/availability?date=2026-11-21&days=2`)
    const [sat, sun] = res.json().items
    expect(sat.opening).toEqual([{ opens: '2026-11-21T08:30:00+08:00', closes: '2026-11-21T21:00:00+08:00' }])
    expect(sat.busy).toEqual([{ startsAt: '2026-11-21T09:00:00+08:00', endsAt: '2026-11-21T10:15:00+08:00', label: '已占用', named: false }])
    expect(sun.opening).toEqual([])
    expect(res.body).not.toContain('王阿姨')
  })
})
