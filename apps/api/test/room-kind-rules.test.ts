import { describe, expect, it } from 'vitest'
import { newBookingWorld } from './support/booking-world'
import { newRoom } from './support/factories'
import { useTestApp } from './support/test-app'

describe('booking rules by room kind: center default < room kind < room', () => {
  const ctx = useTestApp()
  type W = Awaited<ReturnType<typeof newBookingWorld>>
  const putKind = (w: W, kind: string, payload: object, cookie = w.as.manager, centerId = w.centerA) =>
    ctx.app.inject({ method: 'PUT', url: `/api/centers/${centerId}/room-kinds/${kind}/booking-policy`, headers: { cookie }, payload })
  const getKind = (w: W, kind: string) => ctx.app.inject({ url: `/api/centers/${w.centerA}/room-kinds/${kind}/booking-policy`, headers: { cookie: w.as.staff } })
  const kindRows = async (w: W) => (await ctx.db.selectFrom('room_kind_booking_policies').select('kind').where('center_id', '=', w.centerA).execute()).length
  const inForce = async (roomId: string) => (await ctx.app.inject(`/api/rooms/${roomId}/booking-policy`)).json()

  it("applies a kind's rules to every room of that kind in the center, under each room's own", async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const second = await newRoom(ctx.db, w.centerA, { name: '第二会议室', kind: 'meeting_room', capacity: 20 })
    const set = await putKind(w, 'meeting_room', { slotMinutes: 60, maxAdvanceDays: 3 })
    expect(set.statusCode).toBe(200)
    expect(set.json()).toEqual({ slotMinutes: 60, maxAdvanceDays: 3 })
    expect((await getKind(w, 'meeting_room')).json()).toEqual({ slotMinutes: 60, maxAdvanceDays: 3 })
    expect(await inForce(second.id)).toMatchObject({ slotMinutes: 60, maxAdvanceDays: 3, minMinutes: 30 })
    // Another kind follows the center.
    expect(await inForce(w.hall.id)).toMatchObject({ slotMinutes: 30, maxAdvanceDays: 7 })
    expect((await w.book(w.alice.cookie, second.id, w.slot('2026-11-21', '09:30', '10:30'))).json().code).toBe('off_grid')
    expect((await w.book(w.alice.cookie, second.id, w.slot('2026-11-25', '09:00', '10:00'))).json().code).toBe('too_far_ahead')
    // The room's own value beats its kind's.
    expect((await ctx.app.inject({ method: 'PATCH', url: `/api/rooms/${w.room.id}/booking-policy`, headers: { cookie: w.as.manager }, payload: { slotMinutes: 15 } })).statusCode).toBe(200)
    expect(await inForce(w.room.id)).toMatchObject({ slotMinutes: 15, maxAdvanceDays: 3 })
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-21', '09:15', '10:15'))).statusCode).toBe(201)
    // {} follows the center again.
    expect((await putKind(w, 'meeting_room', {})).json()).toEqual({})
    expect(await kindRows(w)).toBe(0)
    expect(await inForce(second.id)).toMatchObject({ slotMinutes: 30, maxAdvanceDays: 7 })
  })

  it('keeps the strictest quota when the center is lowered under a kind, and counts it in the booking', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    expect((await putKind(w, 'meeting_room', { weeklyQuota: 2 })).statusCode).toBe(200)
    await ctx.app.inject({ method: 'PATCH', url: `/api/centers/${w.centerA}/booking-policy`, headers: { cookie: w.as.manager }, payload: { weeklyQuota: 1 } })
    expect((await inForce(w.room.id)).weeklyQuota).toBe(1)
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-23', '09:00', '10:00'))).statusCode).toBe(201)
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-24', '09:00', '10:00'))).json().code).toBe('weekly_quota_reached')
  })

  it.each([
    ['a weekly quota of zero', { weeklyQuota: 0 }, 'validation_failed', 'body/weeklyQuota'],
    ['a negative upcoming limit', { maxUpcoming: -1 }, 'validation_failed', 'body/maxUpcoming'],
    ['a quota above the center’s (3)', { weeklyQuota: 5 }, 'policy_looser_than_above', 'body/weeklyQuota'],
    ['a shortest booking over the center’s longest', { minMinutes: 300 }, 'invalid_policy', 'body/minMinutes'],
    ['an unknown field', { colour: 'red' }, 'validation_failed', 'body/colour'],
  ])('refuses %s for a room kind with a 400 naming the field, and writes nothing', async (_what, payload, code, path) => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const res = await putKind(w, 'meeting_room', payload)
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code, details: [expect.objectContaining({ path })] })
    expect(await kindRows(w)).toBe(0)
  })

  it('refuses a kind rule that contradicts a room of that kind, and a room quota looser than its kind', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    await ctx.app.inject({ method: 'PATCH', url: `/api/rooms/${w.room.id}/booking-policy`, headers: { cookie: w.as.manager }, payload: { minMinutes: 90 } })
    const contradicts = await putKind(w, 'meeting_room', { maxMinutes: 60 })
    expect(contradicts.statusCode).toBe(400)
    expect(contradicts.json()).toMatchObject({ code: 'invalid_policy', message: expect.stringContaining('会议室') })
    expect(await kindRows(w)).toBe(0)

    expect((await putKind(w, 'meeting_room', { weeklyQuota: 2 })).statusCode).toBe(200)
    const looser = await ctx.app.inject({ method: 'PATCH', url: `/api/rooms/${w.room.id}/booking-policy`, headers: { cookie: w.as.manager }, payload: { weeklyQuota: 3 } })
    expect(looser.statusCode).toBe(400)
    expect(looser.json()).toMatchObject({ code: 'policy_looser_than_above', message: expect.stringContaining('room kind'), details: [{ path: 'body/weeklyQuota', message: 'must be at most 2' }] })
    expect((await ctx.app.inject({ url: `/api/rooms/${w.room.id}/booking-policy/overrides`, headers: { cookie: w.as.staff } })).json()).toEqual({ minMinutes: 90 })
  })

  it('lets only managers of the center set a kind, reads it for its staff, and refuses an unknown kind', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    expect((await putKind(w, 'meeting_room', { slotMinutes: 60 }, w.as.staff)).statusCode).toBe(403)
    expect([403, 404]).toContain((await putKind(w, 'meeting_room', { slotMinutes: 60 }, w.as.manager, w.centerB)).statusCode)
    expect((await putKind(w, 'spaceship', { slotMinutes: 60 })).json().code).toBe('validation_failed')
    expect((await getKind(w, 'meeting_room')).json()).toEqual({})
    expect(await kindRows(w)).toBe(0)
  })

  it('guards quotas in the database too', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    await expect(ctx.db.insertInto('room_kind_booking_policies').values({ center_id: w.centerA, kind: 'gym', policy: JSON.stringify({ weeklyQuota: 0 }) }).execute())
      .rejects.toMatchObject({ code: '23514' })
  })
})
