import { describe, expect, it } from 'vitest'
import type { CenterChange, RoomOccupancy } from '@linli/contracts'
import { newBookingWorld } from './support/booking-world'
import { newRoom } from './support/factories'
import { pairedScreen } from './support/screen-codes'
import { useTestApp } from './support/test-app'

describe('people counts in open-access rooms (在馆人数)', () => {
  const ctx = useTestApp()
  type W = Awaited<ReturnType<typeof newBookingWorld>>

  async function world() {
    ctx.now = new Date('2026-11-20T02:00:00Z') // Friday 10:00 in Shanghai
    const w = await newBookingWorld(ctx.app, ctx.db)
    await ctx.db.updateTable('rooms').set({ capacity: 3 }).where('id', '=', w.open.id).execute()
    const byStaff = (count: unknown, roomId = w.open.id, cookie = w.as.staff) =>
      ctx.app.inject({ method: 'POST', url: `/api/rooms/${roomId}/occupancy`, headers: { cookie }, payload: { count } })
    return { w, byStaff }
  }
  const current = async (w: W) => ((await ctx.app.inject(`/api/centers/${w.centerA}/occupancy`)).json() as { items: RoomOccupancy[] }).items
  const readings = async (w: W) => (await ctx.db.selectFrom('occupancy_readings').select('id').where('room_id', '=', w.open.id).execute()).length

  it('takes a count from staff, shows the latest on the public board and lobby, full at capacity, and pushes it', async () => {
    const { w, byStaff } = await world()
    const pushed: [string, CenterChange][] = []
    ctx.app.realtime.onCenterChanged((centerId, what) => pushed.push([centerId, what]))
    const first = await byStaff(2)
    expect(first.statusCode).toBe(201)
    expect(first.json()).toEqual({ roomId: w.open.id, roomName: '书吧', capacity: 3, count: 2, full: false, at: '2026-11-20T02:00:00.000Z' })
    expect(pushed).toContainEqual([w.centerA, 'occupancy'])
    ctx.now = new Date('2026-11-20T02:10:00Z')
    expect((await byStaff(3)).json()).toMatchObject({ count: 3, full: true })
    expect(await current(w)).toEqual([expect.objectContaining({ roomName: '书吧', count: 3, full: true })])
    const board = (await ctx.app.inject(`/api/centers/${w.centerA}/board`)).json()
    expect(board.occupancy).toEqual([expect.objectContaining({ roomId: w.open.id, count: 3, capacity: 3, full: true })])
    // No names, phones or who counted: a number only.
    expect(JSON.stringify(board.occupancy)).not.toMatch(/staff|screen|王/)
    // A new day starts uncounted.
    ctx.now = new Date('2026-11-20T16:30:00Z') // Saturday 00:30 in Shanghai
    expect(await current(w)).toEqual([])
  })

  it('takes a count from a paired screen of the same center only (a counter device), by its token', async () => {
    const { w } = await world()
    const screen = await pairedScreen(ctx.app, w.centerA, w.as.manager)
    const other = await newRoom(ctx.db, w.centerB, { name: '别处的书吧', access: 'open' })
    const send = (payload: object, token: string | null = screen.deviceToken) =>
      ctx.app.inject({ method: 'POST', url: '/api/screens/me/occupancy', headers: token ? { authorization: `Bearer ${token}` } : {}, payload })
    const res = await send({ roomId: w.open.id, count: 1 })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ roomId: w.open.id, count: 1, full: false })
    expect((await send({ roomId: w.open.id, count: 1 }, null)).statusCode).toBe(401)
    expect((await send({ roomId: w.open.id, count: 1 }, 'not-a-token')).statusCode).toBe(401)
    expect((await send({ roomId: other.id, count: 1 })).statusCode).toBe(404)
    expect((await send({ roomId: w.room.id, count: 1 })).json().code).toBe('room_not_open_access')
    expect(await readings(w)).toBe(1)
  })

  it.each([
    ['a negative count', -1, 'validation_failed'],
    ['a count over 5000', 5001, 'validation_failed'],
    ['a fraction', 2.5, 'validation_failed'],
    ['text', '十', 'validation_failed'],
  ])('refuses %s with a 400 naming the field, and writes nothing', async (_what, count, code) => {
    const { w, byStaff } = await world()
    const res = await byStaff(count)
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code, details: [expect.objectContaining({ path: 'body/count' })] })
    expect(await readings(w)).toBe(0)
  })

  it('refuses a bookable room, other centers’ staff, residents and anonymous callers', async () => {
    const { w, byStaff } = await world()
    expect((await byStaff(2, w.room.id)).json()).toMatchObject({ statusCode: 400, code: 'room_not_open_access' })
    const foreign = await newRoom(ctx.db, w.centerB, { name: '乙书吧', access: 'open' })
    expect([403, 404]).toContain((await byStaff(2, foreign.id)).statusCode)
    expect((await byStaff(2, w.open.id, w.alice.cookie)).statusCode).toBe(401)
    expect((await ctx.app.inject({ method: 'POST', url: `/api/rooms/${w.open.id}/occupancy`, payload: { count: 2 } })).statusCode).toBe(401)
    expect(await readings(w)).toBe(0)
    await expect(ctx.db.insertInto('occupancy_readings').values({ room_id: w.open.id, count: -5, at: new Date() }).execute()).rejects.toMatchObject({ code: '23514' })
  })

  it('adds the counts up in the center report: peak, average and share at capacity', async () => {
    const { w, byStaff } = await world()
    for (const [at, count] of [['2026-11-20T02:00:00Z', 1], ['2026-11-20T03:00:00Z', 3], ['2026-11-20T04:00:00Z', 2]] as const) {
      ctx.now = new Date(at)
      expect((await byStaff(count)).statusCode).toBe(201)
    }
    const report = (await ctx.app.inject({ url: `/api/centers/${w.centerA}/reports?from=2026-11-01&to=2026-11-30`, headers: { cookie: w.as.staff } })).json()
    expect(report.occupancy).toEqual([{ roomId: w.open.id, roomName: '书吧', capacity: 3, readings: 3, peak: 3, average: 2, fullShare: 0.3333 }])
    const before = (await ctx.app.inject({ url: `/api/centers/${w.centerA}/reports?from=2026-10-01&to=2026-10-31`, headers: { cookie: w.as.staff } })).json()
    expect(before.occupancy).toEqual([{ roomId: w.open.id, roomName: '书吧', capacity: 3, readings: 0, peak: null, average: null, fullShare: null }])
  })
})
