import { describe, expect, it } from 'vitest'
import type { Booking, ClosureImpact, RoomAvailability } from '@linli/contracts'
import { nationalCalendar } from '../src/modules/closures/national-calendar'
import { countRows, newRoom } from './support/factories'
import { noticesOf } from './support/notification-world'
import { newParticipationWorld } from './support/participation-world'
import { useTestApp } from './support/test-app'

const REASON = '闭馆：设备检修'

async function world(ctx: ReturnType<typeof useTestApp>, now = '2026-11-20T02:00:00Z') {
  ctx.now = new Date(now)
  const w = await newParticipationWorld(ctx.app, ctx.db)
  await ctx.db.updateTable('centers').set({ booking_policy: JSON.stringify({ weeklyQuota: 100, maxUpcoming: 100 }) }).where('id', '=', w.centerA).execute()
  const url = `/api/centers/${w.centerA}`
  const staffCall = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, payload?: object, cookie = w.as.staff) =>
    ctx.app.inject({ method, url: path.startsWith('/') ? `/api${path}` : `${url}/${path}`, headers: { cookie }, ...(payload && { payload }) })
  const close = (body: object) => staffCall('POST', 'closures', { reason: REASON, ...body })
  const booked = async (cookie: string, roomId: string, date: string, from: string, to: string) => {
    const res = await w.book(cookie, roomId, w.slot(date, from, to))
    if (res.statusCode !== 201) throw new Error(`booking: ${res.statusCode} ${res.body}`)
    return res.json() as Booking
  }
  const statusOf = async (id: string) => (await ctx.db.selectFrom('bookings').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status
  return { ...w, staffCall, close, booked, statusOf }
}

describe('closures', () => {
  const ctx = useTestApp()

  it('lists the bookings and dates a closure covers, cancels them on request and tells their residents; then refuses bookings with the reason', async () => {
    const w = await world(ctx)
    const aliceBooking = await w.booked(w.alice.cookie, w.room.id, '2026-11-24', '09:00', '10:00')
    const talk = await w.activity({ roomId: w.room.id, location: null, startsLocal: '2026-11-24T14:00', endsLocal: '2026-11-24T15:00' })
    await w.registered(w.bob.cookie, talk.occurrenceId)
    const day = { startDate: '2026-11-24', endDate: '2026-11-24' }

    const preview = await w.staffCall('POST', 'closures/preview', { ...day, reason: REASON })
    expect(preview.statusCode).toBe(200)
    const impact = preview.json() as ClosureImpact
    expect(impact.bookings).toMatchObject([{ id: aliceBooking.id, roomName: '会议室', holder: '王阿姨', startsAt: '2026-11-24T09:00:00+08:00' }])
    expect(impact.dates).toMatchObject([{ occurrenceId: talk.occurrenceId, title: '健康讲座', signedUp: 1 }])

    // Without a decision nothing is written.
    const undecided = await w.close(day)
    expect(undecided.statusCode).toBe(409)
    expect(undecided.json().code).toBe('closure_decision_required')
    expect(await countRows(ctx.db, 'closures')).toBe(0)

    const created = await w.close({ ...day, decision: 'cancel' })
    expect(created.statusCode).toBe(201)
    expect(created.json()).toMatchObject({ cancelledBookings: 1, cancelledDates: 1, closure: { roomId: null, allDay: true, reason: REASON, startsAt: '2026-11-24T00:00:00+08:00', endsAt: '2026-11-25T00:00:00+08:00' } })
    expect(await w.statusOf(aliceBooking.id)).toBe('cancelled')
    expect((await noticesOf(ctx.db, w.alice.id)).at(-1)).toMatchObject({ kind: 'booking_cancelled', params: { bookingId: aliceBooking.id, reason: REASON } })
    expect((await noticesOf(ctx.db, w.bob.id)).map((n) => n.kind)).toContain('activity_date_cancelled')
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'entity']).where('entity', '=', 'closure').execute()
    expect(audit).toEqual([{ action: 'create', entity: 'closure' }])

    // A resident and staff are refused on the closed day, with the reason.
    const refused = await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-24', '16:00', '17:00'))
    expect(refused.statusCode).toBe(409)
    expect(refused.json()).toMatchObject({ code: 'closure_conflict', details: [{ path: 'closure', message: REASON }] })
    expect(refused.json().message).toContain(REASON)
    const byStaff = await ctx.app.inject({
      method: 'POST', url: `/api/rooms/${w.room.id}/staff-bookings`, headers: { cookie: w.as.staff },
      payload: { ...w.slot('2026-11-24', '16:00', '17:00'), purpose: '下棋', headcount: 2, walkIn: { name: '孙大爷', phone: '13900001111' } },
    })
    expect(byStaff.json().code).toBe('closure_conflict')

    // The slot grid marks the day closed with the reason; the next day is untouched.
    const grid = (await ctx.app.inject({ url: `/api/rooms/${w.room.id}/availability?date=2026-11-24&days=2`, headers: { cookie: w.alice.cookie } })).json().items as RoomAvailability[]
    expect(grid[0]!.closed).toEqual([{ startsAt: '2026-11-24T00:00:00+08:00', endsAt: '2026-11-25T00:00:00+08:00', reason: REASON }])
    expect(grid[1]!.closed).toEqual([])

    // The center's calendar feed carries the closed day, so a subscribed phone calendar shows it.
    const feed = await ctx.app.inject(`/api/centers/${w.centerA}/calendar.ics`)
    expect(feed.statusCode).toBe(200)
    expect(feed.body.replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY:闭馆：${REASON.replace(/[,;]/g, '\\$&')}`)

    // Staff see it listed and may remove it; the day is bookable again.
    const list = await w.staffCall('GET', 'closures')
    expect(list.json().items).toHaveLength(1)
    expect((await w.staffCall('DELETE', `/closures/${created.json().closure.id}`)).statusCode).toBe(204)
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-24', '16:00', '17:00'))).statusCode).toBe(201)
  })

  it('keeps what staff chose to keep: part of a day in one room refuses only new bookings in it', async () => {
    const w = await world(ctx)
    const kept = await w.booked(w.alice.cookie, w.room.id, '2026-11-25', '14:00', '15:00')
    const talk = await w.activity({ roomId: w.room.id, location: null, startsLocal: '2026-11-25T15:30', endsLocal: '2026-11-25T16:30' })
    const elsewhere = await w.activity({ startsLocal: '2026-11-25T15:00', endsLocal: '2026-11-25T16:00' })
    const res = await w.close({ roomId: w.room.id, startDate: '2026-11-25', endDate: '2026-11-25', startTime: '13:00', endTime: '17:00', decision: 'keep' })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ cancelledBookings: 0, cancelledDates: 0, closure: { roomId: w.room.id, roomName: '会议室', allDay: false } })
    expect(await w.statusOf(kept.id)).toBe('approved')
    // The residents' sign-up list marks the kept date in the closed room, not the off-site one.
    const signups = (await ctx.app.inject(`/api/centers/${w.centerA}/signups?from=2026-11-25&to=2026-11-25`)).json().items as { id: string; closure?: string }[]
    expect(signups.find((i) => i.id === talk.occurrenceId)?.closure).toBe(REASON)
    expect(signups.find((i) => i.id === elsewhere.occurrenceId)?.closure).toBeUndefined()
    // Staff's calendar shows the kept date as 闭馆 with the reason too.
    const staffList = (await w.staffCall('GET', 'occurrences?from=2026-11-25&to=2026-11-25')).json().items as { id: string; closure?: string }[]
    expect(staffList.find((i) => i.id === talk.occurrenceId)?.closure).toBe(REASON)
    expect(staffList.find((i) => i.id === elsewhere.occurrenceId)?.closure).toBeUndefined()
    expect((await w.book(w.bob.cookie, w.room.id, w.slot('2026-11-25', '16:00', '17:00'))).json().code).toBe('closure_conflict')
    expect((await w.book(w.bob.cookie, w.room.id, w.slot('2026-11-25', '17:00', '18:00'))).statusCode).toBe(201)
    expect((await w.book(w.bob.cookie, w.hall.id, w.slot('2026-11-25', '14:00', '15:00'))).statusCode).toBe(201)
  })

  it('moves (改期) what a closure covers, all or nothing: 409 lists the clashes, then each resident is told where it went', async () => {
    const w = await world(ctx)
    const aliceBooking = await w.booked(w.alice.cookie, w.room.id, '2026-11-25', '14:00', '15:00')
    const talk = await w.activity({ roomId: w.room.id, location: null, startsLocal: '2026-11-25T15:30', endsLocal: '2026-11-25T16:30' })
    await w.registered(w.bob.cookie, talk.occurrenceId)
    const inHall = await w.booked(w.bob.cookie, w.hall.id, '2026-11-25', '14:00', '15:00')
    const noticesBefore = await countRows(ctx.db, 'notifications')
    const closure = { roomId: w.room.id, startDate: '2026-11-25', endDate: '2026-11-25', startTime: '13:00', endTime: '17:00', decision: 'move' }
    const talkTo = (startsLocal: string, endsLocal: string) => ({ occurrenceId: talk.occurrenceId, startsLocal, endsLocal })
    const unchanged = async () => {
      expect(await ctx.db.selectFrom('closures').select('id').where('center_id', '=', w.centerA).execute()).toEqual([])
      expect((await ctx.db.selectFrom('bookings').select('room_id').where('id', '=', aliceBooking.id).executeTakeFirstOrThrow()).room_id).toBe(w.room.id)
      expect((await ctx.db.selectFrom('occurrences').select('starts_at').where('id', '=', talk.occurrenceId).executeTakeFirstOrThrow()).starts_at).toEqual(new Date('2026-11-25T07:30:00Z'))
    }

    // Every covered booking and date needs a place.
    const incomplete = await w.close({ ...closure, moves: { dates: [talkTo('2026-11-26T15:30', '2026-11-26T16:30')] } })
    expect(incomplete.statusCode).toBe(400)
    expect(incomplete.json()).toMatchObject({ code: 'closure_moves_incomplete', message: expect.stringContaining('会议室 2026-11-25 14:00') })
    // The hall is taken at 14:00 and the talk would still be in the closure: both named, nothing written.
    const clash = await w.close({ ...closure, moves: { dates: [talkTo('2026-11-25T16:00', '2026-11-25T17:00')], bookings: [{ bookingId: aliceBooking.id, roomId: w.hall.id }] } })
    expect(clash.statusCode).toBe(409)
    expect(clash.json().code).toBe('closure_move_conflicts')
    expect(clash.json().details.map((d: { path: string }) => d.path).sort()).toEqual(['moves/bookings/0', 'moves/dates/0'])
    expect(clash.json().details.map((d: { message: string }) => d.message).join(' ')).toMatch(/仍在本次闭馆时间内.*已有/)
    await unchanged()
    expect(await countRows(ctx.db, 'notifications')).toBe(noticesBefore)

    expect((await w.staffCall('POST', `/bookings/${inHall.id}/cancel`)).statusCode).toBe(200)
    const moved = await w.close({ ...closure, moves: { dates: [talkTo('2026-11-26T15:30', '2026-11-26T16:30')], bookings: [{ bookingId: aliceBooking.id, roomId: w.hall.id }] } })
    expect(moved.statusCode).toBe(201)
    expect(moved.json()).toMatchObject({ cancelledBookings: 0, cancelledDates: 0, movedBookings: 1, movedDates: 1 })
    expect((await ctx.db.selectFrom('bookings').select(['room_id', 'status']).where('id', '=', aliceBooking.id).executeTakeFirstOrThrow())).toEqual({ room_id: w.hall.id, status: 'approved' })
    expect((await noticesOf(ctx.db, w.alice.id)).find((n) => n.kind === 'booking_moved')).toMatchObject({ params: { bookingId: aliceBooking.id, roomName: w.hall.name, reason: REASON } })
    expect((await noticesOf(ctx.db, w.bob.id)).find((n) => n.kind === 'activity_date_moved')).toMatchObject({ params: { previousStartsAt: '2026-11-25T15:30:00+08:00' } })
    // The room it left is free for others once the closure ends; the hall is now held at 14:00.
    expect((await w.book(w.bob.cookie, w.hall.id, w.slot('2026-11-25', '14:00', '15:00'))).statusCode).toBe(409)
    const staffList = (await w.staffCall('GET', 'occurrences?from=2026-11-26&to=2026-11-26')).json().items as { id: string; startsAt: string }[]
    expect(staffList.find((o) => o.id === talk.occurrenceId)?.startsAt).toBe('2026-11-26T15:30:00+08:00')
  })

  it('tells residents on the public schedule: a room paused, the center closed, a followed holiday as one run', async () => {
    const w = await world(ctx)
    expect((await w.close({ roomId: w.room.id, startDate: '2026-11-25', endDate: '2026-11-25', startTime: '13:00', endTime: '17:00' })).statusCode).toBe(201)
    const center = await w.close({ startDate: '2026-11-27', endDate: '2026-11-27', reason: '消防检查' })
    expect(center.statusCode).toBe(201)
    const schedule = async (query: string) => (await ctx.app.inject(`/api/centers/${w.centerA}/schedule?${query}`)).json().closures
    expect(await schedule('from=2026-11-20&to=2026-11-30')).toEqual([
      { roomId: w.room.id, roomName: '会议室', startsAt: '2026-11-25T13:00:00+08:00', endsAt: '2026-11-25T17:00:00+08:00', allDay: false, reason: REASON },
      { roomId: null, roomName: null, startsAt: '2026-11-27T00:00:00+08:00', endsAt: '2026-11-28T00:00:00+08:00', allDay: true, reason: '消防检查' },
    ])
    // One room's schedule (its door panel) has the center's closures and its own, not another room's.
    expect((await schedule(`from=2026-11-20&to=2026-11-30&roomId=${w.hall.id}`)).map((c: { reason: string }) => c.reason)).toEqual(['消防检查'])
    // Deleting it reaches the (cached) schedule at once.
    expect((await w.staffCall('DELETE', `/closures/${center.json().closure.id}`)).statusCode).toBe(204)
    expect((await schedule('from=2026-11-20&to=2026-11-30')).map((c: { reason: string }) => c.reason)).toEqual([REASON])

    expect(await schedule('from=2027-10-02&to=2027-10-03')).toEqual([])
    expect((await w.staffCall('PUT', 'holidays', { followsNationalHolidays: true })).statusCode).toBe(200)
    expect(await schedule('from=2026-10-02&to=2026-10-03')).toEqual([
      { roomId: null, roomName: null, startsAt: '2026-10-01T00:00:00+08:00', endsAt: '2026-10-08T00:00:00+08:00', allDay: true, reason: '法定节假日闭馆：国庆节' },
    ])
  })

  it('refuses bad closures with the problem named, writing nothing', async () => {
    const w = await world(ctx)
    const other = await ctx.db.insertInto('rooms').values({ center_id: w.centerB, name: '别处的房间', kind: 'meeting_room', capacity: 5, floor: 1, access: 'resident' }).returning('id').executeTakeFirstOrThrow()
    await ctx.db.deleteFrom('closures').execute()
    expect((await w.close({ startDate: '2026-12-01', endDate: '2026-12-01' })).statusCode).toBe(201)
    const before = await countRows(ctx.db, 'closures')
    const cases: [object, number, string][] = [
      [{ startDate: '2026-12-05', endDate: '2026-12-04' }, 400, 'invalid_time_range'],
      [{ startDate: '2026-12-05', endDate: '2026-12-05', startTime: '15:00', endTime: '09:00' }, 400, 'invalid_time_range'],
      [{ startDate: '2026-12-05', endDate: '2026-12-05', startTime: '15:00' }, 400, 'closure_times_incomplete'],
      [{ startDate: '2026-11-01', endDate: '2026-11-19' }, 400, 'closure_in_past'],
      [{ startDate: '2026-11-30', endDate: '2026-12-02' }, 400, 'closure_overlap'],
      [{ roomId: other.id, startDate: '2026-12-05', endDate: '2026-12-05' }, 400, 'room_not_in_center'],
      [{ roomId: '00000000-0000-4000-8000-000000000000', startDate: '2026-12-05', endDate: '2026-12-05' }, 404, 'not_found'],
      [{ startDate: '2026-12-05', endDate: '2026-12-05', reason: '  ' }, 400, 'validation_failed'],
    ]
    for (const [body, status, code] of cases) {
      const res = await w.close(body)
      expect([res.statusCode, res.json().code], JSON.stringify(body)).toEqual([status, code])
    }
    const overlap = await w.close({ startDate: '2026-11-30', endDate: '2026-12-02' })
    expect(overlap.json().message).toContain(REASON)
    expect((await w.staffCall('POST', '/centers/00000000-0000-4000-8000-000000000000/closures', { startDate: '2026-12-05', endDate: '2026-12-05', reason: REASON })).statusCode).toBe(404)
    expect((await w.staffCall('DELETE', '/closures/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404)
    expect((await w.staffCall('PUT', 'holiday-exceptions/2026-12-05')).json().code).toBe('not_a_holiday')
    expect(await countRows(ctx.db, 'closures')).toBe(before)
    expect(await countRows(ctx.db, 'center_holiday_exceptions')).toBe(0)
    // A room closure may overlap the center's own; the same room twice may not.
    expect((await w.close({ roomId: w.room.id, startDate: '2026-12-01', endDate: '2026-12-01' })).statusCode).toBe(201)
    expect((await w.close({ roomId: w.room.id, startDate: '2026-12-01', endDate: '2026-12-01' })).json().code).toBe('closure_overlap')
  })
})

describe('national holidays', () => {
  const ctx = useTestApp()

  it('close a center only when it follows them, unless staff keep a holiday open; a make-up day keeps the hours of the weekday it replaces', async () => {
    const w = await world(ctx, '2026-02-10T02:00:00Z')
    // Weekdays 08:30-21:00, Saturday mornings only, closed on Sunday.
    const hours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:30', closes: '21:00' }))
    await ctx.db.updateTable('centers').set({ opening_hours: JSON.stringify([...hours, { weekday: 6, opens: '09:00', closes: '12:00' }]) }).where('id', '=', w.centerA).execute()
    const afternoon = (date: string) => w.book(w.alice.cookie, w.room.id, w.slot(date, '14:00', '15:00'))

    // Not opted in: 春节 is an ordinary Tuesday, and 2/14 an ordinary Saturday morning.
    expect((await w.staffCall('GET', 'holidays?from=2026-02-01&days=30')).json()).toMatchObject({ followsNationalHolidays: false })
    expect((await afternoon('2026-02-14')).json().code).toBe('outside_opening_hours')
    const tuesday = await afternoon('2026-02-17')
    expect(tuesday.statusCode).toBe(201)
    expect((await w.staffCall('POST', `/bookings/${tuesday.json().id}/cancel`)).statusCode).toBe(200)

    const on = await w.staffCall('PUT', 'holidays', { followsNationalHolidays: true })
    expect(on.statusCode).toBe(200)
    const days = (await w.staffCall('GET', 'holidays?from=2026-02-13&days=3')).json()
    expect(days).toEqual({
      followsNationalHolidays: true,
      days: [
        { date: '2026-02-14', kind: 'makeup', name: '春节', open: true, hoursOfWeekday: 5 },
        { date: '2026-02-15', kind: 'holiday', name: '春节', open: false, hoursOfWeekday: null },
      ],
    })

    // Opted in: the holiday is closed with its name, the make-up Saturday has Friday's hours.
    const closed = await afternoon('2026-02-17')
    expect(closed.statusCode).toBe(409)
    expect(closed.json()).toMatchObject({ code: 'closure_conflict', details: [{ message: '法定节假日闭馆：春节' }] })
    expect((await afternoon('2026-02-14')).statusCode).toBe(201)
    const grid = (await ctx.app.inject({ url: `/api/rooms/${w.room.id}/availability?date=2026-02-14&days=4`, headers: { cookie: w.alice.cookie } })).json().items as RoomAvailability[]
    expect(grid[0]!.opening).toEqual([{ opens: '2026-02-14T08:30:00+08:00', closes: '2026-02-14T21:00:00+08:00' }])
    expect(grid[3]!).toMatchObject({ opening: [], closed: [{ reason: '法定节假日闭馆：春节' }] })

    // Staff keep 2/17 open: Tuesday's hours again; removing the exception closes it again.
    expect((await w.staffCall('PUT', 'holiday-exceptions/2026-02-17')).statusCode).toBe(200)
    expect((await afternoon('2026-02-17')).statusCode).toBe(201)
    expect((await w.staffCall('DELETE', 'holiday-exceptions/2026-02-17')).statusCode).toBe(204)
    expect((await w.book(w.bob.cookie, w.room.id, w.slot('2026-02-17', '16:00', '17:00'))).json().code).toBe('closure_conflict')
    expect((await ctx.db.selectFrom('audit_log').select('action').where('entity', '=', 'center_holidays').orderBy('at').execute()).map((a) => a.action))
      .toEqual(['update', 'open_on_holiday', 'close_on_holiday'])
  })

  it("gives a room with its own week the weekday's hours on a make-up working Saturday, in bookings, the slot grid and the board", async () => {
    const w = await world(ctx, '2026-02-10T02:00:00Z')
    const week = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:30', closes: '21:00' }))
    await ctx.db.updateTable('centers').set({ opening_hours: JSON.stringify([...week, { weekday: 6, opens: '09:00', closes: '12:00' }]) }).where('id', '=', w.centerA).execute()
    // The gym: weekdays from 06:00, Saturday mornings only.
    const gym = await newRoom(ctx.db, w.centerA, { name: '健身房', kind: 'gym', capacity: 20 })
    const gymWeek = [...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '06:00', closes: '21:00' })), { weekday: 6, opens: '09:00', closes: '12:00' }]
    expect((await w.staffCall('PUT', `/rooms/${gym.id}/hours`, { weekly: gymWeek, exceptions: [] })).statusCode).toBe(200)
    const gymAt = (cookie: string, from: string, to: string) => w.book(cookie, gym.id, w.slot('2026-02-14', from, to))

    // Not opted in: 2/14 is the gym's Saturday morning.
    expect((await gymAt(w.alice.cookie, '14:00', '15:00')).json().code).toBe('outside_room_hours')
    expect((await w.staffCall('PUT', 'holidays', { followsNationalHolidays: true })).statusCode).toBe(200)

    // Opted in: 2/14 (调休上班 for 春节) follows the gym's Friday, 06:00-21:00.
    expect((await gymAt(w.alice.cookie, '06:30', '07:30')).statusCode).toBe(201)
    expect((await gymAt(w.bob.cookie, '14:00', '15:00')).statusCode).toBe(201)
    expect((await gymAt(w.bob.cookie, '20:30', '21:30')).json().code).toBe('outside_room_hours')
    const grid = (await ctx.app.inject({ url: `/api/rooms/${gym.id}/availability?date=2026-02-13&days=2`, headers: { cookie: w.alice.cookie } })).json().items as RoomAvailability[]
    expect(grid.map((d) => d.opening)).toEqual([
      [{ opens: '2026-02-13T06:00:00+08:00', closes: '2026-02-13T21:00:00+08:00' }],
      [{ opens: '2026-02-14T06:00:00+08:00', closes: '2026-02-14T21:00:00+08:00' }],
    ])
    ctx.now = new Date('2026-02-14T01:00:00Z')
    const board = (await ctx.app.inject({ url: `/api/centers/${w.centerA}/board` })).json()
    expect(board.roomHours).toEqual(expect.arrayContaining([
      { roomId: gym.id, date: '2026-02-14', source: 'room', intervals: [{ opens: '06:00', closes: '21:00' }] },
    ]))
  })
})

describe('the national calendar package agrees with the State Council notices', () => {
  const range = (from: string, to: string) => {
    const out: string[] = []
    for (let d = new Date(`${from}T00:00Z`); d <= new Date(`${to}T00:00Z`); d = new Date(d.getTime() + 86_400_000)) out.push(d.toISOString().slice(0, 10))
    return out
  }
  const yearOf = (year: string, data: Record<string, string>) => Object.keys(data).filter((d) => d.startsWith(year)).sort()

  it('has 2025 as 国办发明电〔2024〕12号 sets it', () => {
    expect(yearOf('2025', nationalCalendar.holidays)).toEqual([
      '2025-01-01', ...range('2025-01-28', '2025-02-04'), ...range('2025-04-04', '2025-04-06'), ...range('2025-05-01', '2025-05-05'),
      ...range('2025-05-31', '2025-06-02'), ...range('2025-10-01', '2025-10-08'),
    ])
    expect(yearOf('2025', nationalCalendar.workdays)).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'])
  })

  it('has 2026 as the notice of 2025-11-04 sets it', () => {
    expect(yearOf('2026', nationalCalendar.holidays)).toEqual([
      ...range('2026-01-01', '2026-01-03'), ...range('2026-02-15', '2026-02-23'), ...range('2026-04-04', '2026-04-06'),
      ...range('2026-05-01', '2026-05-05'), ...range('2026-06-19', '2026-06-21'), ...range('2026-09-25', '2026-09-27'), ...range('2026-10-01', '2026-10-07'),
    ])
    expect(yearOf('2026', nationalCalendar.workdays)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'])
  })
})
