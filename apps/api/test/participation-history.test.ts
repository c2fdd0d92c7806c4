import { describe, expect, it } from 'vitest'
import { countRows } from './support/factories'
import { newParticipationWorld } from './support/participation-world'
import { useTestApp } from './support/test-app'

// Staff reshape series after residents signed up; nobody's place or attendance may vanish with it.
describe('series edits keep residents\' sign-ups and attendance', () => {
  const ctx = useTestApp()
  const weekly = { rrule: 'FREQ=WEEKLY;COUNT=3', capacity: 5 }

  it('cancels, rather than deletes, a date taken out of the series that residents signed up for', async () => {
    ctx.now = new Date('2026-11-20T02:00:00Z')
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const a = await w.activity(weekly)
    await w.registered(w.alice.cookie, a.occurrences[2]!)
    const edit = await ctx.app.inject({ method: 'PATCH', url: `/api/activities/${a.id}`, headers: { cookie: w.as.staff }, payload: { rrule: 'FREQ=WEEKLY;COUNT=2' } })
    expect(edit.statusCode).toBe(200)
    const [mine] = await w.mine(w.alice.cookie)
    expect(mine).toMatchObject({ occurrenceId: a.occurrences[2], startsAt: '2026-12-07T09:00:00+08:00', occurrenceStatus: 'cancelled' })
    // The date nobody signed up for is gone as before.
    expect(await ctx.db.selectFrom('occurrences').select('id').where('activity_id', '=', a.id).execute()).toHaveLength(3)
    const schedule = await ctx.app.inject(`/api/centers/${w.centerA}/schedule?from=2026-12-07&to=2026-12-07`)
    expect(schedule.json().items.map((i: { status: string }) => i.status)).toEqual(['cancelled'])
  })

  it('moves sign-ups to the new series when staff change "this and following" dates', async () => {
    ctx.now = new Date('2026-11-20T02:00:00Z')
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const a = await w.activity(weekly)
    await w.registered(w.alice.cookie, a.occurrences[1]!)
    await w.registered(w.bob.cookie, a.occurrences[0]!)
    const split = await ctx.app.inject({
      method: 'POST', url: `/api/activities/${a.id}/split`, headers: { cookie: w.as.staff },
      payload: { fromOccurrenceId: a.occurrences[1], changes: { title: '健康讲座（新址）', startsLocal: '2026-11-30T14:00', endsLocal: '2026-11-30T15:00' } },
    })
    expect(split.statusCode).toBe(201)
    const alices = await w.mine(w.alice.cookie)
    expect(alices).toHaveLength(1)
    expect(alices[0]).toMatchObject({ activityId: split.json().id, title: '健康讲座（新址）', startsAt: '2026-11-30T14:00:00+08:00', status: 'confirmed', occurrenceStatus: 'scheduled' })
    expect((await w.mine(w.bob.cookie))[0]).toMatchObject({ activityId: a.id, startsAt: '2026-11-23T09:00:00+08:00' })
  })

  it('refuses to delete an activity residents signed up for, and keeps everything', async () => {
    ctx.now = new Date('2026-11-20T02:00:00Z')
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const a = await w.activity(weekly)
    await w.registered(w.alice.cookie, a.occurrenceId)
    const before = await countRows(ctx.db, 'occurrences')
    const res = await ctx.app.inject({ method: 'DELETE', url: `/api/activities/${a.id}`, headers: { cookie: w.as.staff } })
    expect(res.statusCode).toBe(409)
    expect(res.json()).toMatchObject({ code: 'has_participation', message: 'Residents signed up for or attended this activity; cancel it instead of deleting it' })
    expect(await countRows(ctx.db, 'occurrences')).toBe(before)
    expect(await w.mine(w.alice.cookie)).toHaveLength(1)
  })
})
