import { describe, expect, it } from 'vitest'
import type { Activity, Occurrence } from '@linli/contracts'
import { countRows, newRoom, newWorld } from './support/factories'
import { useTestApp } from './support/test-app'

describe('activities and occurrences', () => {
  const ctx = useTestApp()

  async function setup() {
    const w = await newWorld(ctx.app, ctx.db)
    const room = await newRoom(ctx.db, w.centerA, { name: '党员活动室', kind: 'party_activity' })
    const hall = await newRoom(ctx.db, w.centerA, { name: '多功能厅', kind: 'multi_function' })
    const post = (payload: object, cookie = w.as.staff) =>
      ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/activities`, headers: { cookie }, payload })
    const occurrences = async (from: string, to: string) => {
      const res = await ctx.app.inject({ url: `/api/centers/${w.centerA}/occurrences?from=${from}&to=${to}`, headers: { cookie: w.as.staff } })
      expect(res.statusCode).toBe(200)
      return res.json().items as Occurrence[]
    }
    const halfYear = async () => [...(await occurrences('2026-12-01', '2027-02-28')), ...(await occurrences('2027-03-01', '2027-05-31'))]
    return { w, room, hall, post, occurrences, halfYear }
  }

  const partyDay = (roomId: string) => ({
    title: '主题党日', category: 'party_day', audiences: ['party_members'], organiserKind: 'party_branch', organiserName: '凤凰台社区党支部',
    roomId, startsLocal: '2026-12-11T09:00', endsLocal: '2026-12-11T11:00', rrule: 'FREQ=MONTHLY;BYDAY=2FR;COUNT=6',
  })

  it('creates a monthly series on the second Friday, materialized in the center time zone', async () => {
    const { room, post, occurrences } = await setup()
    const res = await post(partyDay(room.id))
    expect(res.statusCode).toBe(201)
    const activity = res.json() as Activity
    expect(activity).toMatchObject({ title: '主题党日', timeZone: 'Asia/Shanghai', rrule: 'FREQ=MONTHLY;BYDAY=2FR;COUNT=6', status: 'published', roomName: '党员活动室' })
    const items = await occurrences('2026-12-01', '2027-02-28')
    expect(items.map((o) => o.startsAt)).toEqual(['2026-12-11T09:00:00+08:00', '2027-01-08T09:00:00+08:00', '2027-02-12T09:00:00+08:00'])
    expect(items[0]).toMatchObject({ endsAt: '2026-12-11T11:00:00+08:00', recurring: true, overridden: false, recurrenceLocal: '2026-12-11T09:00' })
    expect(await countRows(ctx.db, 'occurrences')).toBeGreaterThanOrEqual(6)
  })

  it.each([
    ['an end before the start', { endsLocal: '2026-12-11T08:00' }, 'invalid_time_range'],
    ['a rule with a bad part', { rrule: 'FREQ=MONTHLY;BYMONTHDAY=32' }, 'invalid_rrule'],
    ['an hourly rule', { rrule: 'FREQ=HOURLY' }, 'invalid_rrule'],
    ['COUNT and UNTIL together', { rrule: 'FREQ=DAILY;COUNT=3;UNTIL=20270101' }, 'invalid_rrule'],
    ['no room and no location', { roomId: null }, 'location_required'],
    ['a malformed local time', { startsLocal: '2026-12-11 09:00' }, 'validation_failed'],
    ['an unknown category', { category: 'party' }, 'validation_failed'],
    ['a room of another center', { roomId: 'foreign' }, 'room_not_in_center'],
    ['a series of over 1000 dates', { rrule: 'FREQ=DAILY;UNTIL=20300101' }, 'series_too_long'],
  ])('rejects %s with a 400 and writes nothing', async (_what, change, code) => {
    const { w, room, post } = await setup()
    const foreign = await newRoom(ctx.db, w.centerB)
    const before = await countRows(ctx.db, 'activities')
    const body = { ...partyDay(room.id), ...change }
    if (body.roomId === 'foreign') body.roomId = foreign.id
    const res = await post(body)
    expect(res.statusCode).toBe(400)
    expect(res.json().code).toBe(code)
    expect(await countRows(ctx.db, 'activities')).toBe(before)
  })

  it('refuses an overlapping activity in the same room with 409, listing each conflicting date', async () => {
    const { room, hall, post } = await setup()
    expect((await post(partyDay(room.id))).statusCode).toBe(201)
    const weekly = { ...partyDay(room.id), title: '书法班', category: 'culture_sports', startsLocal: '2026-12-04T10:00', endsLocal: '2026-12-04T12:00', rrule: 'FREQ=WEEKLY;BYDAY=FR;UNTIL=20270131' }
    const before = await countRows(ctx.db, 'occurrences')
    const res = await post(weekly)
    expect(res.statusCode).toBe(409)
    const body = res.json()
    expect(body.code).toBe('slot_taken')
    expect(body.conflicts.map((c: { date: string }) => c.date)).toEqual(['2026-12-11', '2027-01-08'])
    expect(body.conflicts[0]).toMatchObject({ roomName: '党员活动室', withTitle: '主题党日', withStartsAt: '2026-12-11T09:00:00+08:00' })
    expect(await countRows(ctx.db, 'occurrences')).toBe(before)
    // The same series in another room is fine, and so is an off-site one.
    expect((await post({ ...weekly, roomId: hall.id })).statusCode).toBe(201)
    expect((await post({ ...weekly, roomId: null, location: '社区广场' })).statusCode).toBe(201)
  })

  it('reports conflicts before saving without writing anything', async () => {
    const { w, room, post } = await setup()
    const created = (await post(partyDay(room.id))).json() as Activity
    const check = (body: object, activityId?: string) =>
      ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/activities/check${activityId ? `?activityId=${activityId}` : ''}`, headers: { cookie: w.as.staff }, payload: body })
    const clash = await check({ ...partyDay(room.id), rrule: null, title: '临时会议' })
    expect(clash.json().conflicts).toHaveLength(1)
    // Editing the activity itself does not conflict with its own occurrences.
    expect((await check(partyDay(room.id), created.id)).json().conflicts).toEqual([])
  })

  it('moves or cancels one occurrence without touching the others, and series edits keep that change', async () => {
    const { w, room, hall, post, occurrences } = await setup()
    const activity = (await post(partyDay(room.id))).json() as Activity
    const [first, second] = await occurrences('2026-12-01', '2027-01-31')
    const patch = (url: string, payload: object) => ctx.app.inject({ method: 'PATCH', url, headers: { cookie: w.as.staff }, payload })
    const moved = await patch(`/api/occurrences/${first!.id}`, { startsLocal: '2026-12-12T14:00', roomId: hall.id })
    expect(moved.statusCode).toBe(200)
    expect(moved.json()).toMatchObject({ startsAt: '2026-12-12T14:00:00+08:00', endsAt: '2026-12-12T16:00:00+08:00', roomName: '多功能厅', overridden: true })
    expect((await patch(`/api/occurrences/${second!.id}`, { status: 'cancelled' })).json().status).toBe('cancelled')

    const series = await patch(`/api/activities/${activity.id}`, { startsLocal: '2026-12-11T09:30', endsLocal: '2026-12-11T11:30', title: '主题党日（改）' })
    expect(series.statusCode).toBe(200)
    const after = await occurrences('2026-12-11', '2027-03-12')
    expect(after.find((o) => o.id === first!.id)).toMatchObject({ startsAt: '2026-12-12T14:00:00+08:00', title: '主题党日（改）' })
    expect(after.find((o) => o.id === second!.id)).toMatchObject({ status: 'cancelled' })
    expect(after.filter((o) => !o.overridden).map((o) => o.startsAt)).toEqual(['2027-02-12T09:30:00+08:00', '2027-03-12T09:30:00+08:00'])
    expect((await ctx.app.inject({ method: 'PATCH', url: `/api/occurrences/${first!.id}`, payload: { status: 'cancelled' } })).statusCode).toBe(401)
  })

  it('frees the room when an occurrence is cancelled, and holds it again when restored', async () => {
    const { w, room, post, occurrences } = await setup()
    expect((await post(partyDay(room.id))).statusCode).toBe(201)
    const [first] = await occurrences('2026-12-11', '2026-12-11')
    const oneOff = { ...partyDay(room.id), title: '临时会议', rrule: null }
    expect((await post(oneOff)).statusCode).toBe(409)
    await ctx.app.inject({ method: 'PATCH', url: `/api/occurrences/${first!.id}`, headers: { cookie: w.as.staff }, payload: { status: 'cancelled' } })
    expect((await post(oneOff)).statusCode).toBe(201)
    const restore = await ctx.app.inject({ method: 'PATCH', url: `/api/occurrences/${first!.id}`, headers: { cookie: w.as.staff }, payload: { status: 'scheduled' } })
    expect(restore.statusCode).toBe(409)
    expect(restore.json().conflicts[0].withTitle).toBe('临时会议')
  })

  it('splits a series for "this and following", keeping the earlier dates and the remaining count', async () => {
    const { w, room, post, halfYear } = await setup()
    const activity = (await post(partyDay(room.id))).json() as Activity
    const all = await halfYear()
    expect(all).toHaveLength(6)
    const third = all[2]!
    const res = await ctx.app.inject({
      method: 'POST', url: `/api/activities/${activity.id}/split`, headers: { cookie: w.as.staff },
      payload: { fromOccurrenceId: third.id, changes: { title: '主题党日（新学期）', startsLocal: '2027-02-12T14:00', endsLocal: '2027-02-12T16:00' } },
    })
    expect(res.statusCode).toBe(201)
    const next = res.json() as Activity
    expect(next).toMatchObject({ splitFromId: activity.id, rrule: 'FREQ=MONTHLY;BYDAY=2FR;COUNT=4', startsLocal: '2027-02-12T14:00' })
    const after = await halfYear()
    expect(after.map((o) => [o.title, o.startsAt.slice(0, 16)])).toEqual([
      ['主题党日', '2026-12-11T09:00'], ['主题党日', '2027-01-08T09:00'],
      ['主题党日（新学期）', '2027-02-12T14:00'], ['主题党日（新学期）', '2027-03-12T14:00'],
      ['主题党日（新学期）', '2027-04-09T14:00'], ['主题党日（新学期）', '2027-05-14T14:00'],
    ])
    const old = (await ctx.app.inject({ url: `/api/activities/${activity.id}`, headers: { cookie: w.as.staff } })).json()
    expect(old.rrule).toBe('FREQ=MONTHLY;BYDAY=2FR;UNTIL=20270212T085900')
  })

  it('deletes a series with its occurrences and frees its room', async () => {
    const { w, room, post } = await setup()
    const activity = (await post(partyDay(room.id))).json() as Activity
    const del = await ctx.app.inject({ method: 'DELETE', url: `/api/activities/${activity.id}`, headers: { cookie: w.as.staff } })
    expect(del.statusCode).toBe(204)
    expect((await ctx.app.inject({ url: `/api/activities/${activity.id}`, headers: { cookie: w.as.staff } })).statusCode).toBe(404)
    expect((await post(partyDay(room.id))).statusCode).toBe(201)
  })

  it('keeps activities within scope', async () => {
    const { w, room } = await setup()
    const res = await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerB}/activities`, headers: { cookie: w.as.manager }, payload: partyDay(room.id) })
    expect(res.statusCode).toBe(403)
    expect((await ctx.app.inject({ url: `/api/centers/${w.centerB}/occurrences`, headers: { cookie: w.as.staff } })).statusCode).toBe(403)
    expect((await ctx.app.inject({ url: `/api/centers/${w.centerA}/occurrences` })).statusCode).toBe(401)
  })
})
