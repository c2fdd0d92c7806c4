import { describe, expect, it } from 'vitest'
import type { Room } from '@linli/contracts'
import { newBookingWorld } from './support/booking-world'
import { countRows, newRoom } from './support/factories'
import { useTestApp } from './support/test-app'

// The booking world's clock is Friday 2026-11-20 10:00 in Shanghai; the center opens 08:30-21:00, Monday to Saturday.
const gymWeek = [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: '06:00', closes: '21:00' }))

describe('opening hours per room', () => {
  const ctx = useTestApp()

  async function gymWorld() {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const gym = await newRoom(ctx.db, w.centerA, { name: '健身房', kind: 'gym', capacity: 20 })
    const put = (body: object, cookie = w.as.staff, roomId = gym.id) =>
      ctx.app.inject({ method: 'PUT', url: `/api/rooms/${roomId}/hours`, headers: { cookie }, payload: body })
    const set = await put({ weekly: gymWeek, exceptions: [{ date: '2026-11-23', intervals: [] }] })
    expect(set.statusCode).toBe(200)
    return { ...w, gym, put }
  }

  it('reads a room with its own hours, and one that follows the center', async () => {
    const w = await gymWorld()
    const gym = (await ctx.app.inject({ url: `/api/rooms/${w.gym.id}` })).json<Room>()
    expect(gym.hours).toEqual({ weekly: gymWeek, exceptions: [{ date: '2026-11-23', intervals: [] }] })
    expect((await ctx.app.inject({ url: `/api/rooms/${w.room.id}` })).json<Room>().hours).toEqual({ weekly: null, exceptions: [] })
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'entity']).where('entity_id', '=', w.gym.id).execute()
    expect(audit).toEqual([{ action: 'update', entity: 'room' }])
  })

  it('takes a 06:30 booking in a gym open from 06:00 inside a center open from 08:30', async () => {
    const w = await gymWorld()
    const res = await w.book(w.alice.cookie, w.gym.id, w.slot('2026-11-21', '06:30', '07:30'))
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ startsAt: '2026-11-21T06:30:00+08:00', roomName: '健身房' })
    // The room next door still follows the center.
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-21', '06:30', '07:30'))).json().code).toBe('outside_opening_hours')
  })

  it('refuses a booking after the gym closes with 409 naming its hours, for staff too', async () => {
    const w = await gymWorld()
    const before = await countRows(ctx.db, 'bookings')
    const late = await w.book(w.alice.cookie, w.gym.id, w.slot('2026-11-20', '21:30', '22:30'))
    expect(late.statusCode).toBe(409)
    expect(late.json()).toEqual(expect.objectContaining({ code: 'outside_room_hours', message: '该房间今天 06:00–21:00 开放，请在开放时间内预约' }))
    const tomorrow = await w.book(w.alice.cookie, w.gym.id, w.slot('2026-11-21', '20:30', '21:30'))
    expect(tomorrow.json().message).toContain('2026-11-21 06:00–21:00')
    const staff = await ctx.app.inject({
      method: 'POST', url: `/api/rooms/${w.gym.id}/staff-bookings`, headers: { cookie: w.as.staff },
      payload: { purpose: '团课', headcount: 3, ...w.slot('2026-11-21', '21:00', '22:00'), walkIn: { name: '赵先生', phone: '13600000000' } },
    })
    expect(staff.statusCode).toBe(409)
    expect(await countRows(ctx.db, 'bookings')).toBe(before)
  })

  it('closes the gym on a dated exception, in bookings and in availability', async () => {
    const w = await gymWorld()
    const closed = await w.book(w.alice.cookie, w.gym.id, w.slot('2026-11-23', '09:00', '10:00'))
    expect(closed.statusCode).toBe(409)
    expect(closed.json()).toMatchObject({ code: 'room_closed', message: '该房间 2026-11-23 不开放' })
    const days = (await ctx.app.inject({ url: `/api/rooms/${w.gym.id}/availability?date=2026-11-21&days=3` })).json().items
    expect(days.map((d: { date: string; opening: unknown[] }) => [d.date, d.opening])).toEqual([
      ['2026-11-21', [{ opens: '2026-11-21T06:00:00+08:00', closes: '2026-11-21T21:00:00+08:00' }]],
      ['2026-11-22', []],
      ['2026-11-23', []],
    ])
  })

  it("shows each room's hours for today on the board", async () => {
    const w = await gymWorld()
    const board = (await ctx.app.inject({ url: `/api/centers/${w.centerA}/board` })).json()
    expect(board.roomHours).toEqual(expect.arrayContaining([
      { roomId: w.gym.id, date: '2026-11-20', source: 'room', intervals: [{ opens: '06:00', closes: '21:00' }] },
      { roomId: w.room.id, date: '2026-11-20', source: 'center', intervals: [{ opens: '08:30', closes: '21:00' }] },
    ]))
  })

  it.each([
    ['inverted times', { weekly: [{ weekday: 1, opens: '21:00', closes: '06:00' }], exceptions: [] }, '周一：结束时间 06:00 须晚于开始时间 21:00'],
    ['overlapping intervals', { weekly: [{ weekday: 2, opens: '06:00', closes: '12:00' }, { weekday: 2, opens: '11:00', closes: '13:00' }], exceptions: [] }, '周二：时段 06:00–12:00 与 11:00–13:00 重叠'],
    ['an exception in the past', { weekly: null, exceptions: [{ date: '2026-11-19', intervals: [] }] }, '特殊日期 2026-11-19：已经过去（今天是 2026-11-20）'],
    ['a date twice', { weekly: null, exceptions: [{ date: '2026-12-01', intervals: [] }, { date: '2026-12-01', intervals: [] }] }, '特殊日期 2026-12-01：重复填写'],
    ['hours on a day the center is shut', { weekly: [{ weekday: 7, opens: '06:00', closes: '21:00' }], exceptions: [] }, '周日：中心全天不开放'],
    ['an inverted exception', { weekly: null, exceptions: [{ date: '2026-12-01', intervals: [{ opens: '18:00', closes: '08:00' }] }] }, '特殊日期 2026-12-01：结束时间 08:00 须晚于开始时间 18:00'],
  ])('refuses %s with a 400 naming the problem, writing nothing', async (_what, body, problem) => {
    const w = await gymWorld()
    const res = await w.put(body)
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'invalid_room_hours', message: expect.stringContaining(problem) })
    expect((await ctx.app.inject({ url: `/api/rooms/${w.gym.id}` })).json<Room>().hours.weekly).toEqual(gymWeek)
  })

  it('refuses an impossible date and a room of another center, writing nothing', async () => {
    const w = await gymWorld()
    const impossible = await w.put({ weekly: null, exceptions: [{ date: '2027-02-30', intervals: [] }] })
    expect(impossible.statusCode).toBe(400)
    expect(impossible.json().message).toContain('exceptions/0/date')
    const other = await newRoom(ctx.db, w.centerB, { name: '健身房', kind: 'gym' })
    expect((await w.put({ weekly: gymWeek, exceptions: [] }, w.as.manager, other.id)).statusCode).toBe(403)
    expect((await w.put({ weekly: gymWeek, exceptions: [] }, w.as.manager, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404)
    expect((await ctx.app.inject({ url: `/api/rooms/${other.id}` })).json<Room>().hours.weekly).toBeNull()
  })

  it('lets a room go back to following the center', async () => {
    const w = await gymWorld()
    expect((await w.put({ weekly: null, exceptions: [] }, w.as.manager)).json<Room>().hours).toEqual({ weekly: null, exceptions: [] })
    expect((await w.book(w.alice.cookie, w.gym.id, w.slot('2026-11-21', '06:30', '07:30'))).json().code).toBe('outside_opening_hours')
  })
})
