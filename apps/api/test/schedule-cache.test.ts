import { describe, expect, it } from 'vitest'
import type { Booking, Schedule } from '@linli/contracts'
import { extendHorizons } from '../src/modules/activities/horizon'
import { advanceBookings } from '../src/modules/bookings/lifecycle'
import { newBookingWorld } from './support/booking-world'
import { signIn } from './support/factories'
import { useTestApp } from './support/test-app'

const at = (iso: string) => new Date(iso)

// The schedule route keeps what it read until the center changes; a lobby screen re-reads after
// every push and must see the change at once, never the copy from before it.
describe('the public schedule after a change (its response cache)', () => {
  const ctx = useTestApp()

  async function world() {
    ctx.now = at('2026-11-20T02:00:00Z') // Friday 10:00 in Shanghai
    const w = await newBookingWorld(ctx.app, ctx.db)
    const staff = (method: 'POST' | 'PATCH', url: string, payload: object) => ctx.app.inject({ method, url, headers: { cookie: w.as.staff }, payload })
    const activity = await staff('POST', `/api/centers/${w.centerA}/activities`, {
      title: '书法班', category: 'culture_sports', organiserKind: 'center', organiserName: '中心', roomId: w.room.id,
      startsLocal: '2026-11-23T09:00', endsLocal: '2026-11-23T10:30', rrule: 'FREQ=DAILY;COUNT=5',
    })
    expect(activity.statusCode).toBe(201)
    let etag = ''
    /** What a screen does on a push: ask again with the ETag it has. */
    const reread = async (query = 'from=2026-11-23&to=2026-11-29') => {
      const res = await ctx.app.inject({ url: `/api/centers/${w.centerA}/schedule?${query}`, headers: { 'if-none-match': etag } })
      if (res.statusCode === 304) return undefined
      expect(res.statusCode).toBe(200)
      etag = res.headers.etag as string
      return res.json() as Schedule
    }
    return { w, staff, activityId: activity.json().id as string, reread }
  }

  it('shows an activity edit, a cancelled date, a renamed room, a booking and its cancellation on the next read', async () => {
    const { w, staff, activityId, reread } = await world()
    const first = (await reread())!
    expect(first.items.map((i) => i.title)).toEqual(Array(5).fill('书法班'))
    expect(await reread()).toBeUndefined()

    expect((await staff('PATCH', `/api/activities/${activityId}`, { title: '书法进阶班' })).statusCode).toBe(200)
    expect((await reread())!.items.map((i) => i.title)).toEqual(Array(5).fill('书法进阶班'))

    expect((await staff('PATCH', `/api/occurrences/${first.items[1]!.id}`, { status: 'cancelled' })).statusCode).toBe(200)
    expect((await reread())!.items.map((i) => i.status)).toEqual(['scheduled', 'cancelled', 'scheduled', 'scheduled', 'scheduled'])

    expect((await staff('PATCH', `/api/rooms/${w.room.id}`, { name: '书画室' })).statusCode).toBe(200)
    expect(new Set((await reread())!.items.map((i) => i.roomName))).toEqual(new Set(['书画室']))

    const booked = await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-24', '14:00', '15:00'))
    expect(booked.statusCode).toBe(201)
    expect((await reread())!.occupied).toEqual([expect.objectContaining({ roomName: '书画室', startsAt: '2026-11-24T14:00:00+08:00', label: '已占用' })])

    const cancelled = await ctx.app.inject({ method: 'POST', url: `/api/bookings/${(booked.json() as Booking).id}/cancel`, headers: { cookie: w.alice.cookie } })
    expect(cancelled.statusCode).toBe(200)
    expect((await reread())!.occupied).toEqual([])
    expect(await reread()).toBeUndefined()
  })

  it("follows the clock past midnight and the center's time zone when no dates are given", async () => {
    const { w, reread } = await world()
    ctx.now = at('2026-11-22T15:59:40Z') // Sunday 23:59:40 in Shanghai
    expect(await reread('')).toMatchObject({ from: '2026-11-22', items: [] })
    ctx.now = at('2026-11-22T16:00:10Z') // thirty seconds later, Monday
    expect(await reread('')).toMatchObject({ from: '2026-11-23', items: [{ title: '书法班', startsAt: '2026-11-23T09:00:00+08:00' }] })

    const { cookie } = await signIn(ctx.app, w.usernames.manager)
    const moved = await ctx.app.inject({ method: 'PATCH', url: `/api/centers/${w.centerA}`, headers: { cookie }, payload: { timeZone: 'Asia/Tokyo' } })
    expect(moved.statusCode).toBe(200)
    expect(await reread('')).toMatchObject({ timeZone: 'Asia/Tokyo', from: '2026-11-23', items: [{ startsAt: '2026-11-23T10:00:00+09:00' }] })
  })

  it('shows dates added by the series horizon timer and rooms freed by the booking timer', async () => {
    const { w, staff, reread } = await world()
    const weekly = await staff('POST', `/api/centers/${w.centerA}/activities`, {
      title: '合唱团排练', category: 'culture_sports', organiserKind: 'center', organiserName: '中心', roomId: w.hall.id,
      startsLocal: '2026-11-23T19:00', endsLocal: '2026-11-23T20:30', rrule: 'FREQ=WEEKLY;BYDAY=MO',
    })
    expect(weekly.statusCode).toBe(201)
    ctx.now = at('2027-03-01T02:00:00Z')
    const beyondFirstHorizon = 'from=2028-01-03&to=2028-01-09'
    expect((await reread(beyondFirstHorizon))!.items).toEqual([])
    expect(await extendHorizons(ctx.app)).toBeGreaterThan(0)
    expect((await reread(beyondFirstHorizon))!.items.map((i) => i.title)).toEqual(['合唱团排练'])

    ctx.now = at('2027-03-01T02:00:00Z')
    const booked = await w.book(w.alice.cookie, w.room.id, w.slot('2027-03-02', '14:00', '15:00'))
    expect(booked.statusCode).toBe(201)
    ctx.now = at('2027-03-02T06:20:00Z') // 14:20, nobody checked in
    expect((await reread('from=2027-03-02&to=2027-03-02'))!.occupied).toHaveLength(1)
    expect(await advanceBookings(ctx.app)).toMatchObject({ noShows: 1 })
    expect((await reread('from=2027-03-02&to=2027-03-02'))!.occupied).toEqual([])
  })

  it('shows a change made behind the API’s back within a minute', async () => {
    const { activityId, reread } = await world()
    expect((await reread())!.items[0]!.title).toBe('书法班')
    await ctx.db.updateTable('activities').set({ title: '书法班（改）' }).where('id', '=', activityId).execute()
    ctx.now = at('2026-11-20T02:00:30Z')
    expect(await reread()).toBeUndefined()
    ctx.now = at('2026-11-20T02:01:00Z')
    expect((await reread())!.items[0]!.title).toBe('书法班（改）')
  })
})
