import { describe, expect, it } from 'vitest'
import { extendHorizons } from '../src/modules/activities/horizon'
import { newRoom, newWorld } from './support/factories'
import { useTestApp } from './support/test-app'

describe('open-ended series', () => {
  const ctx = useTestApp()

  it('are materialized a horizon ahead and extended later, yielding dates whose room was taken meanwhile', async () => {
    ctx.now = new Date('2026-11-20T02:00:00Z')
    const w = await newWorld(ctx.app, ctx.db)
    const room = await newRoom(ctx.db, w.centerA)
    const post = (payload: object) => ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/activities`, headers: { cookie: w.as.staff }, payload })
    const base = { category: 'culture_sports', organiserKind: 'center', organiserName: '中心', roomId: room.id }
    const weekly = await post({ ...base, title: '合唱团排练', startsLocal: '2026-11-23T19:00', endsLocal: '2026-11-23T20:30', rrule: 'FREQ=WEEKLY;BYDAY=MO' })
    expect(weekly.statusCode).toBe(201)
    const lastDate = async () =>
      (await ctx.db.selectFrom('occurrences').select((eb) => eb.fn.max('starts_at').as('last')).where('activity_id', '=', weekly.json().id).executeTakeFirstOrThrow()).last
    const firstHorizon = new Date(await lastDate())
    expect(firstHorizon.getTime()).toBeLessThanOrEqual(ctx.now.getTime() + 400 * 86_400_000)
    expect(firstHorizon.getTime()).toBeGreaterThan(ctx.now.getTime() + 390 * 86_400_000)

    // Someone takes the room on a Monday beyond the first horizon.
    const taken = await post({ ...base, title: '区级汇演彩排', startsLocal: '2028-01-03T18:00', endsLocal: '2028-01-03T21:00' })
    expect(taken.statusCode).toBe(201)

    ctx.now = new Date(ctx.now.getTime() + 100 * 86_400_000)
    expect(await extendHorizons(ctx.app)).toBe(1)
    expect(new Date(await lastDate()).getTime()).toBeGreaterThan(firstHorizon.getTime() + 90 * 86_400_000)
    const onThatMonday = await ctx.db.selectFrom('occurrences').select(['status', 'activity_id']).where('starts_at', '=', new Date('2028-01-03T11:00:00Z')).execute()
    expect(onThatMonday).toEqual([{ status: 'cancelled', activity_id: weekly.json().id }])
    // Running again changes nothing.
    expect(await extendHorizons(ctx.app)).toBe(0)
  })
})
