import { describe, expect, it } from 'vitest'
import type { BookingQuota } from '@linli/contracts'
import { newBookingWorld } from './support/booking-world'
import { pairedScreen } from './support/screen-codes'
import { useTestApp } from './support/test-app'

const at = (iso: string) => new Date(iso)

/** What a resident's phone is told before and after booking: quotas left, busy times, a second scan at the door. */
describe('hints on the residents\' phone pages', () => {
  const ctx = useTestApp()
  const quota = (roomId: string, cookie?: string, date?: string) =>
    ctx.app.inject({ url: `/api/rooms/${roomId}/booking-quota${date ? `?date=${date}` : ''}`, headers: cookie ? { cookie } : {} })

  it('tells a resident how many more bookings they may make before they pick a slot, the same figures booking enforces', async () => {
    ctx.now = at('2026-11-20T02:00:00Z') // Friday 10:00 in Shanghai; defaults: 3 a week, 2 upcoming
    const w = await newBookingWorld(ctx.app, ctx.db)
    expect((await quota(w.room.id)).statusCode).toBe(401)
    const fresh = await quota(w.room.id, w.alice.cookie)
    expect(fresh.statusCode).toBe(200)
    expect(fresh.json()).toEqual<BookingQuota>({
      weekStart: '2026-11-16', weeklyQuota: 3, bookedInWeek: 0, maxUpcoming: 2, upcoming: 0, remaining: 2, limitedBy: 'upcoming',
    })
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-21', '09:00', '10:00'))).statusCode).toBe(201)
    expect((await quota(w.room.id, w.alice.cookie)).json()).toMatchObject({ bookedInWeek: 1, upcoming: 1, remaining: 1 })
    // The quota is the center's: another room of it counts the same.
    expect((await w.book(w.alice.cookie, w.hall.id, w.slot('2026-11-21', '14:00', '15:00'))).statusCode).toBe(201)
    expect((await quota(w.room.id, w.alice.cookie)).json()).toMatchObject({ upcoming: 2, remaining: 0, limitedBy: 'upcoming' })
    const refused = await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-23', '09:00', '10:00'))
    expect(refused.json().code).toBe('too_many_upcoming')
    expect((await quota(w.room.id, w.alice.cookie, '2026-11-23')).json()).toMatchObject({ weekStart: '2026-11-23', bookedInWeek: 0, remaining: 0 })
    // Bob has used nothing.
    expect((await quota(w.room.id, w.bob.cookie)).json()).toMatchObject({ remaining: 2 })
  })

  it('names the weekly quota when it is the one used up, for the week of the day asked about', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newBookingWorld(ctx.app, ctx.db)
    await ctx.db.updateTable('centers').set({ booking_policy: JSON.stringify({ weeklyQuota: 1, maxUpcoming: 3 }) }).where('id', '=', w.centerA).execute()
    expect((await w.book(w.bob.cookie, w.room.id, w.slot('2026-11-21', '09:00', '10:00'))).statusCode).toBe(201)
    expect((await quota(w.room.id, w.bob.cookie, '2026-11-21')).json()).toMatchObject({ weeklyQuota: 1, bookedInWeek: 1, remaining: 0, limitedBy: 'week' })
    expect((await w.book(w.bob.cookie, w.room.id, w.slot('2026-11-21', '14:00', '15:00'))).json().code).toBe('weekly_quota_reached')
    expect((await quota(w.room.id, w.bob.cookie, '2026-11-24')).json()).toMatchObject({ weekStart: '2026-11-23', bookedInWeek: 0, upcoming: 1, remaining: 1 })
  })

  it('refuses a bad date and an unknown room with the uniform error body', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newBookingWorld(ctx.app, ctx.db)
    const bad = await quota(w.room.id, w.alice.cookie, '2026-02-30')
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({ statusCode: 400, code: 'validation_failed' })
    const missing = await quota('00000000-0000-4000-8000-000000000000', w.alice.cookie)
    expect(missing.statusCode).toBe(404)
    expect(missing.json().code).toBe('not_found')
  })

  it('flags anonymous busy times instead of wording them, in availability and in the schedule', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newBookingWorld(ctx.app, ctx.db)
    await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-21', '09:00', '10:00'))
    // Bob books for his choir, an organisation of the center whose name may be shown.
    const choir = await ctx.db.insertInto('organisations').values({ center_id: w.centerA, name: '夕阳红合唱团', publish_name: true }).returning('id').executeTakeFirstOrThrow()
    await ctx.db.insertInto('organisation_members').values({ organisation_id: choir.id, resident_id: w.bob.id }).execute()
    await w.book(w.bob.cookie, w.room.id, { ...w.slot('2026-11-21', '14:00', '15:00'), organisationId: choir.id, publishOrganisation: true })
    const day = (await ctx.app.inject(`/api/rooms/${w.room.id}/availability?date=2026-11-21`)).json().items[0]
    expect(day.busy.map((b: { named: boolean; label: string }) => [b.named, b.label])).toEqual([[false, '已占用'], [true, '夕阳红合唱团']])
    const schedule = (await ctx.app.inject(`/api/centers/${w.centerA}/schedule?from=2026-11-21&to=2026-11-21`)).json()
    expect(schedule.occupied.map((o: { named: boolean; label: string }) => [o.named, o.label])).toEqual([[false, '已占用'], [true, '夕阳红合唱团']])
  })

  it('answers a second scan of the door code with "already checked in" and the time, not "nothing to check in"', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newBookingWorld(ctx.app, ctx.db)
    const door = await pairedScreen(ctx.app, w.centerA, w.as.manager, w.room.id)
    await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-21', '09:00', '10:00'))
    const scan = async (cookie: string) =>
      ctx.app.inject({ method: 'POST', url: `/api/rooms/${w.room.id}/check-in`, headers: { cookie }, payload: { token: await door.roomCode(w.room.id) } })
    ctx.now = at('2026-11-21T00:52:00Z') // 08:52
    expect((await scan(w.alice.cookie)).json()).toMatchObject({ status: 'checked_in', checkedInAt: '2026-11-21T00:52:00.000Z' })
    ctx.now = at('2026-11-21T01:20:00Z') // 09:20: the resident scans again during the booking
    const again = await scan(w.alice.cookie)
    expect(again.statusCode).toBe(409)
    expect(again.json()).toEqual({ statusCode: 409, code: 'already_checked_in', message: 'You checked in at 08:52' })
    expect((await scan(w.bob.cookie)).statusCode).toBe(404)
    ctx.now = at('2026-11-21T02:00:00Z') // 10:00: over, nothing left to say about it
    expect((await scan(w.alice.cookie)).statusCode).toBe(404)
  })
})
