import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import type { Schedule } from '@linli/contracts'
import { formatOffset } from '@linli/schedule'
import { readPublicSchedule } from '../src/modules/schedule/public-schedule.repository'
import { newRoom, newWorld } from './support/factories'
import { QueryCounter } from './support/query-counter'
import { useTestApp } from './support/test-app'

describe('the public schedule, its iCalendar feed and the recurrence preview', () => {
  const counter = new QueryCounter()
  const ctx = useTestApp({ plugins: [counter] })

  async function seededMonth() {
    const w = await newWorld(ctx.app, ctx.db)
    const rooms = await Promise.all(['党员活动室', '多功能厅', '四点半课堂', '书吧'].map((name) => newRoom(ctx.db, w.centerA, { name })))
    const create = async (payload: object) => {
      const res = await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/activities`, headers: { cookie: w.as.staff }, payload })
      expect(res.statusCode).toBe(201)
      return res.json()
    }
    const base = { audiences: ['residents'], organiserKind: 'center', organiserName: '凤凰台党群服务中心' }
    await create({ ...base, title: '主题党日', category: 'party_day', roomId: rooms[0]!.id, startsLocal: '2026-12-11T09:00', endsLocal: '2026-12-11T11:00', rrule: 'FREQ=MONTHLY;BYDAY=2FR', staffNotes: '记得准备党旗' })
    await create({ ...base, title: '四点半课堂', category: 'children', roomId: rooms[2]!.id, startsLocal: '2026-12-01T16:30', endsLocal: '2026-12-01T18:00', rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20261231' })
    await create({ ...base, title: '读书分享会', category: 'culture_sports', roomId: rooms[3]!.id, startsLocal: '2026-12-02T19:00', endsLocal: '2026-12-02T20:30', rrule: 'FREQ=WEEKLY;COUNT=4' })
    await create({ ...base, title: '冬至包饺子', category: 'festival', roomId: rooms[1]!.id, startsLocal: '2026-12-21T10:00', endsLocal: '2026-12-21T12:00' })
    await create({ ...base, title: '筹备会（草稿）', category: 'meeting', roomId: rooms[1]!.id, startsLocal: '2026-12-11T14:00', endsLocal: '2026-12-11T15:00', status: 'draft' })
    await create({ ...base, title: '内部培训', category: 'meeting', roomId: rooms[1]!.id, startsLocal: '2026-12-11T16:00', endsLocal: '2026-12-11T17:00', kioskVisible: false })
    return { w, rooms }
  }

  it('lists a day of published occurrences with public fields only, in local time', async () => {
    const { w } = await seededMonth()
    const res = await ctx.app.inject(`/api/centers/${w.centerA}/schedule?from=2026-12-11&to=2026-12-11`)
    expect(res.statusCode).toBe(200)
    const body = res.json() as Schedule
    expect(body).toMatchObject({ centerId: w.centerA, timeZone: 'Asia/Shanghai', from: '2026-12-11', to: '2026-12-11' })
    expect(body.items.map((i) => [i.title, i.startsAt])).toEqual([
      ['主题党日', '2026-12-11T09:00:00+08:00'],
      ['四点半课堂', '2026-12-11T16:30:00+08:00'],
    ])
    expect(res.body).not.toContain('记得准备党旗')
    expect(res.body).not.toContain('staffNotes')
  })

  it('answers with an ETag and 304 until the schedule changes', async () => {
    const { w, rooms } = await seededMonth()
    const url = `/api/centers/${w.centerA}/schedule?from=2026-12-01&to=2026-12-31`
    const first = await ctx.app.inject(url)
    const etag = first.headers.etag as string
    expect(etag).toMatch(/^W\/"/)
    const notModified = await ctx.app.inject({ url, headers: { 'if-none-match': etag } })
    expect(notModified.statusCode).toBe(304)
    expect(notModified.body).toBe('')
    expect(notModified.headers['content-length'] ?? '0').toBe('0')
    await ctx.app.inject({
      method: 'POST', url: `/api/centers/${w.centerA}/activities`, headers: { cookie: w.as.staff },
      payload: { title: '义诊', category: 'health', audiences: ['seniors'], organiserKind: 'resident_unit', organiserName: '社区卫生服务站', roomId: rooms[1]!.id, startsLocal: '2026-12-15T08:30', endsLocal: '2026-12-15T11:30' },
    })
    const changed = await ctx.app.inject({ url, headers: { 'if-none-match': etag } })
    expect(changed.statusCode).toBe(200)
    expect(changed.json().items.map((i: { title: string }) => i.title)).toContain('义诊')
  })

  it('reads the schedule in a fixed number of queries, however many occurrences it returns, and none when nothing changed', async () => {
    const { w } = await seededMonth()
    const queriesFor = async (from: string, to: string) => {
      counter.count = 0
      const res = await ctx.app.inject(`/api/centers/${w.centerA}/schedule?from=${from}&to=${to}`)
      return { queries: counter.count, items: res.json().items.length as number }
    }
    // The center's time zone (then cached), its activity dates, its bookings, and its closures with the
    // holidays it keeps: one query each, whatever the range holds.
    const first = await queriesFor('2026-12-10', '2026-12-10')
    expect(first.queries).toBeLessThanOrEqual(4)
    const day = await queriesFor('2026-12-11', '2026-12-11')
    const month = await queriesFor('2026-12-01', '2026-12-31')
    expect(month.items).toBeGreaterThan(day.items * 5)
    expect(month.queries).toBe(day.queries)
    expect(month.queries).toBeLessThanOrEqual(3)
    expect(await queriesFor('2026-12-01', '2026-12-31')).toEqual({ queries: 0, items: month.items })
  })

  it('filters by room and category and refuses bad ranges', async () => {
    const { w, rooms } = await seededMonth()
    const byRoom = (await ctx.app.inject(`/api/centers/${w.centerA}/schedule?from=2026-12-01&to=2026-12-31&roomId=${rooms[3]!.id}`)).json().items
    expect(byRoom).toHaveLength(4)
    const byCategory = (await ctx.app.inject(`/api/centers/${w.centerA}/schedule?from=2026-12-01&to=2026-12-31&category=festival`)).json().items
    expect(byCategory.map((i: { title: string }) => i.title)).toEqual(['冬至包饺子'])
    expect((await ctx.app.inject(`/api/centers/${w.centerA}/schedule?from=2026-12-31&to=2026-12-01`)).json().code).toBe('invalid_range')
    expect((await ctx.app.inject(`/api/centers/${w.centerA}/schedule?from=2026-01-01&to=2026-12-31`)).json().code).toBe('range_too_long')
    expect((await ctx.app.inject(`/api/centers/${w.centerA}/schedule?from=2026-13-01`)).statusCode).toBe(400)
    expect((await ctx.app.inject('/api/centers/00000000-0000-4000-8000-000000000000/schedule')).statusCode).toBe(404)
  })

  it('writes a time whose offset had seconds (before 1973) as every other date of the API does', async () => {
    const { w } = await seededMonth()
    // Liberia kept local mean time (-0:44:30) until 1972. Nobody can ask for a date before 2000, so
    // this is the read the route makes, for an activity whose dates were moved back by hand.
    await ctx.db.updateTable('occurrences').set({ starts_at: new Date('1971-06-01T09:44:30Z'), ends_at: new Date('1971-06-01T11:44:30Z') })
      .where('activity_id', 'in', ctx.db.selectFrom('activities').select('id').where('title', '=', '冬至包饺子')).execute()
    const read = await readPublicSchedule(ctx.db, { centerId: w.centerA, from: new Date('1971-06-01T00:00:00Z'), to: new Date('1971-06-02T00:00:00Z') }, 'Africa/Monrovia')
    const items = JSON.parse(`[${read.items.join('')}]`) as Schedule['items']
    const at = (iso: string) => formatOffset(new Date(iso), 'Africa/Monrovia')
    expect(items.map((i) => [i.title, i.startsAt, i.endsAt])).toEqual([['冬至包饺子', at('1971-06-01T09:44:30Z'), at('1971-06-01T11:44:30Z')]])
  })

  it('serves an iCalendar feed that a real client library parses', async () => {
    const { w } = await seededMonth()
    ctx.now = new Date('2026-12-01T00:00:00Z')
    const res = await ctx.app.inject(`/api/centers/${w.centerA}/calendar.ics`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/calendar')
    const calendar = new ICAL.Component(ICAL.parse(res.body))
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    const partyDays = events.filter((e) => e.summary === '主题党日').map((e) => e.startDate.toJSDate().toISOString())
    expect(partyDays.slice(0, 2)).toEqual(['2026-12-11T01:00:00.000Z', '2027-01-08T01:00:00.000Z'])
    expect(events.map((e) => e.summary)).not.toContain('筹备会（草稿）')
    const onlyFestivals = await ctx.app.inject(`/api/centers/${w.centerA}/calendar.ics?category=festival`)
    expect(new ICAL.Component(ICAL.parse(onlyFestivals.body)).getAllSubcomponents('vevent')).toHaveLength(1)
  })

  it('previews a rule in a time zone with DST, capped at 500, with clear errors', async () => {
    const preview = (payload: object) => ctx.app.inject({ method: 'POST', url: '/api/recurrence/preview', payload })
    const ny = await preview({ dtstart: '2026-10-30T09:00', timezone: 'America/New_York', rrule: 'FREQ=WEEKLY;COUNT=3' })
    expect(ny.json().occurrences).toEqual(['2026-10-30T09:00:00-04:00', '2026-11-06T09:00:00-05:00', '2026-11-13T09:00:00-05:00'])
    const many = await preview({ dtstart: '2026-01-01T09:00', timezone: 'Asia/Shanghai', rrule: 'FREQ=DAILY', limit: 500 })
    expect(many.json().occurrences).toHaveLength(500)
    expect((await preview({ dtstart: '2026-01-01T09:00', timezone: 'Asia/Shanghai', rrule: 'FREQ=DAILY', limit: 501 })).statusCode).toBe(400)
    const bad = await preview({ dtstart: '2026-01-01T09:00', timezone: 'Asia/Shanghai', rrule: 'FREQ=MONTHLY;BYDAY=9XX' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({ code: 'invalid_rrule', message: expect.stringContaining('BYDAY') })
    expect((await preview({ dtstart: '2026-01-01T09:00', timezone: 'Mars/Base', rrule: 'FREQ=DAILY' })).json().code).toBe('validation_failed')
  })
})
