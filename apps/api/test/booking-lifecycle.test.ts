import { describe, expect, it } from 'vitest'
import type { Booking } from '@linli/contracts'
import { advanceBookings } from '../src/modules/bookings/lifecycle'
import { newBookingWorld } from './support/booking-world'
import { signIn } from './support/factories'
import { pairedScreen } from './support/screen-codes'
import { useTestApp } from './support/test-app'

const at = (iso: string) => new Date(iso)

describe('bookings move on with the clock (no sleeps: the clock is injected)', () => {
  const ctx = useTestApp()

  it('releases a room nobody checked into, so it shows free and can be booked again', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newBookingWorld(ctx.app, ctx.db)
    const b = (await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-21', '09:00', '10:00'))).json() as Booking
    ctx.now = at('2026-11-21T01:14:00Z') // 09:14, inside the 15-minute grace
    expect(await advanceBookings(ctx.app)).toMatchObject({ noShows: 0 })
    ctx.now = at('2026-11-21T01:15:00Z')
    expect(await advanceBookings(ctx.app)).toMatchObject({ noShows: 1 })
    const after = await ctx.app.inject({ url: `/api/bookings/${b.id}`, headers: { cookie: w.alice.cookie } })
    expect(after.json().status).toBe('no_show')
    const day = await ctx.app.inject(`/api/rooms/${w.room.id}/availability?date=2026-11-21`)
    expect(day.json().items[0].busy).toEqual([])
    expect(await advanceBookings(ctx.app)).toMatchObject({ noShows: 0 })
    const events = await ctx.db.selectFrom('booking_events').select(['to_status', 'actor_kind']).where('booking_id', '=', b.id).orderBy('id').execute()
    expect(events.at(-1)).toEqual({ to_status: 'no_show', actor_kind: 'system' })
  })

  it('checks a resident in by the room code only inside the window, then completes the booking', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newBookingWorld(ctx.app, ctx.db)
    const door = await pairedScreen(ctx.app, w.centerA, w.as.manager, w.room.id)
    const b = (await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-21', '09:00', '10:00'))).json() as Booking
    // Scanning the door screen's code as it is now.
    const scan = async (cookie: string) =>
      ctx.app.inject({ method: 'POST', url: `/api/rooms/${w.room.id}/check-in`, headers: { cookie }, payload: { token: await door.roomCode(w.room.id) } })
    ctx.now = at('2026-11-21T00:44:00Z') // 08:44: window opens at 08:45
    expect((await scan(w.alice.cookie)).statusCode).toBe(404)
    ctx.now = at('2026-11-21T00:50:00Z')
    expect((await scan(w.bob.cookie)).statusCode).toBe(404)
    const ok = await scan(w.alice.cookie)
    expect(ok.json()).toMatchObject({ id: b.id, status: 'checked_in', checkedInAt: '2026-11-21T00:50:00.000Z' })
    expect((await scan(w.alice.cookie)).json()).toMatchObject({ statusCode: 409, code: 'already_checked_in' })
    ctx.now = at('2026-11-21T01:30:00Z')
    expect(await advanceBookings(ctx.app)).toMatchObject({ noShows: 0, completed: 0 })
    ctx.now = at('2026-11-21T02:00:00Z')
    expect(await advanceBookings(ctx.app)).toMatchObject({ completed: 1 })
  })

  it('lets staff check in until the end, and expires undecided requests before their start', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newBookingWorld(ctx.app, ctx.db)
    const approved = (await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-21', '14:00', '15:00'))).json() as Booking
    const pending = (await w.book(w.bob.cookie, w.hall.id, w.slot('2026-11-21', '16:00', '17:00'))).json() as Booking
    let cookie = w.as.staff
    const staffCheckIn = () => ctx.app.inject({ method: 'POST', url: `/api/bookings/${approved.id}/check-in`, headers: { cookie } })
    expect((await staffCheckIn()).json().code).toBe('check_in_not_open')
    ctx.now = at('2026-11-21T06:40:00Z') // 14:40, after the resident's window but before the end
    cookie = (await signIn(ctx.app, w.usernames.staff)).cookie // yesterday's sign-in has expired
    expect((await staffCheckIn()).json()).toMatchObject({ status: 'checked_in' })
    ctx.now = at('2026-11-21T07:00:00Z') // 15:00: an hour before the pending request starts
    expect(await advanceBookings(ctx.app)).toMatchObject({ expired: 1 })
    const p = await ctx.app.inject({ url: `/api/bookings/${pending.id}`, headers: { cookie: w.bob.cookie } })
    expect(p.json().status).toBe('expired')
  })
})

describe('fifty residents racing for one slot', () => {
  const ctx = useTestApp()

  it('gives the slot to exactly one; the other 49 get 409 slot_taken', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newBookingWorld(ctx.app, ctx.db)
    const { newResident } = await import('./support/factories')
    const residents = await Promise.all(Array.from({ length: 50 }, (_, i) => newResident(ctx.db, `居民${i}`)))
    const results = await Promise.all(residents.map((r) => w.book(r.cookie, w.room.id, w.slot('2026-11-23', '10:00', '11:00'))))
    const ok = results.filter((r) => r.statusCode === 201)
    const taken = results.filter((r) => r.statusCode === 409)
    expect(ok).toHaveLength(1)
    expect(taken).toHaveLength(49)
    for (const r of taken) expect(r.json().code).toBe('slot_taken')
    const held = await ctx.db.selectFrom('room_reservations').select('id').where('room_id', '=', w.room.id).execute()
    expect(held).toHaveLength(1)
  })
})
