import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import type { Booking, CalendarFeed } from '@linli/contracts'
import { newParticipationWorld } from './support/participation-world'
import { useTestApp } from './support/test-app'

/** The events of an iCalendar text, as a calendar app reads them. */
function eventsOf(text: string) {
  const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')
  return vevents.map((v) => {
    const e = new ICAL.Event(v)
    return { uid: e.uid, summary: e.summary, location: e.location, description: e.description, status: String(v.getFirstPropertyValue('status')), transp: v.getFirstPropertyValue('transp'), start: e.startDate.toJSDate().toISOString(), end: e.endDate.toJSDate().toISOString() }
  })
}

describe('a resident\'s private calendar feed', () => {
  const ctx = useTestApp()
  type World = Awaited<ReturnType<typeof newParticipationWorld>>
  const turnOn = async (cookie: string) => (await ctx.app.inject({ method: 'POST', url: '/api/residents/me/calendar-feed', headers: { cookie } })).json() as CalendarFeed
  const fetchFeed = (path: string) => ctx.app.inject({ url: path })
  /** Alice: an approved booking Monday 09:00-10:00 and a request for the hall; a sign-up Tuesday 14:00-15:30. Bob: his own of each. */
  async function aliceAndBobPlans(w: World) {
    const booking = (await w.book(w.alice.cookie, w.room.id, { ...w.slot('2026-11-23', '09:00', '10:00'), purpose: '书法练习' })).json() as Booking
    const request = (await w.book(w.alice.cookie, w.hall.id, { ...w.slot('2026-11-24', '19:00', '20:30'), purpose: '合唱排练' })).json() as Booking
    const bobs = (await w.book(w.bob.cookie, w.room.id, { ...w.slot('2026-11-23', '11:00', '12:00'), purpose: '刘家私事' })).json() as Booking
    const a = await w.activity({ title: '太极拳', startsLocal: '2026-11-24T14:00', endsLocal: '2026-11-24T15:30', location: '社区广场', capacity: 10 })
    const signUp = await w.registered(w.alice.cookie, a.occurrenceId)
    const other = await w.activity({ title: '象棋比赛', startsLocal: '2026-11-25T09:00', endsLocal: '2026-11-25T11:00', capacity: 10 })
    const bobSignUp = await w.registered(w.bob.cookie, other.occurrenceId)
    return { booking, request, bobs, signUp, bobSignUp, occurrenceId: a.occurrenceId }
  }

  it('is off until turned on, then keeps its link; the feed holds her bookings and sign-ups at the right times, and nobody else\'s', async () => {
    const w = await newParticipationWorld(ctx.app, ctx.db)
    expect((await ctx.app.inject({ url: '/api/residents/me/calendar-feed', headers: { cookie: w.alice.cookie } })).json()).toEqual({ feed: null })
    const feed = await turnOn(w.alice.cookie)
    expect(feed.path).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{32}\.ics$/)
    expect((await turnOn(w.alice.cookie)).path).toBe(feed.path)
    expect((await ctx.app.inject({ url: '/api/residents/me/calendar-feed', headers: { cookie: w.alice.cookie } })).json()).toEqual({ feed })
    const bobFeed = await turnOn(w.bob.cookie)
    expect(bobFeed.path).not.toBe(feed.path)

    const plans = await aliceAndBobPlans(w)
    const res = await fetchFeed(feed.path)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8')
    expect(res.headers['cache-control']).toBe('private, max-age=300')
    const events = eventsOf(res.body)
    // Shanghai is UTC+8: Monday 09:00 there is 01:00Z.
    expect(events).toEqual([
      expect.objectContaining({ uid: `booking-${plans.booking.id}@linli`, summary: '会议室 · 书法练习', status: 'CONFIRMED', start: '2026-11-23T01:00:00.000Z', end: '2026-11-23T02:00:00.000Z' }),
      expect.objectContaining({ uid: `booking-${plans.request.id}@linli`, summary: '【待审核】多功能厅 · 合唱排练', status: 'TENTATIVE', start: '2026-11-24T11:00:00.000Z', end: '2026-11-24T12:30:00.000Z' }),
      expect.objectContaining({ uid: `signup-${plans.signUp.id}@linli`, summary: '太极拳', status: 'CONFIRMED', start: '2026-11-24T06:00:00.000Z', end: '2026-11-24T07:30:00.000Z' }),
    ])
    expect(events[0]!.location).toContain('会议室')
    expect(events[0]!.description).toContain('状态: 已通过')
    expect(events[2]!.location).toContain('社区广场')
    // Nothing of Bob's, and no phone number of anyone's.
    for (const text of ['刘家私事', '象棋比赛', plans.bobs.id, plans.bobSignUp.id, w.alice.phone, w.bob.phone]) expect(res.body).not.toContain(text)
    const bobEvents = eventsOf((await fetchFeed(bobFeed.path)).body)
    expect(bobEvents.map((e) => e.uid)).toEqual([`booking-${plans.bobs.id}@linli`, `signup-${plans.bobSignUp.id}@linli`])
    // The same rows give the same text, so calendar apps see nothing new.
    expect((await fetchFeed(feed.path)).body).toBe(res.body)
  })

  it('shows a later change on the next fetch: a cancelled booking leaves, a session called off is marked cancelled, the same event updated', async () => {
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const feed = await turnOn(w.alice.cookie)
    const plans = await aliceAndBobPlans(w)
    expect((await ctx.app.inject({ method: 'POST', url: `/api/bookings/${plans.booking.id}/cancel`, headers: { cookie: w.alice.cookie } })).statusCode).toBe(200)
    expect((await ctx.app.inject({ method: 'PATCH', url: `/api/occurrences/${plans.occurrenceId}`, headers: { cookie: w.as.staff }, payload: { status: 'cancelled' } })).statusCode).toBe(200)
    const events = eventsOf((await fetchFeed(feed.path)).body)
    expect(events.map((e) => e.uid)).toEqual([`booking-${plans.request.id}@linli`, `signup-${plans.signUp.id}@linli`])
    expect(events[1]).toMatchObject({ summary: '【已取消】太极拳', status: 'CANCELLED' })
  })

  it('speaks the resident\'s language', async () => {
    const w = await newParticipationWorld(ctx.app, ctx.db)
    await ctx.db.updateTable('residents').set({ language: 'en' }).where('id', '=', w.alice.id).execute()
    const feed = await turnOn(w.alice.cookie)
    await aliceAndBobPlans(w)
    const res = await fetchFeed(feed.path)
    expect(res.body).toContain('X-WR-CALNAME:Linli · my bookings and activities')
    expect(eventsOf(res.body).map((e) => e.summary)).toEqual(['会议室 · 书法练习', '[Awaiting approval] 多功能厅 · 合唱排练', '太极拳'])
  })

  it('carries the closures of the centers she goes to: the whole center\'s and her rooms\', free time, not other rooms\' or other centers\' (issue 15)', async () => {
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const [feed, bobFeed] = [await turnOn(w.alice.cookie), await turnOn(w.bob.cookie)]
    const plans = await aliceAndBobPlans(w)
    const close = (body: object) => ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/closures`, headers: { cookie: w.as.staff }, payload: body })
    // The hall, over her Tuesday evening request, kept; a staff room she never books; the whole center on Friday.
    expect((await close({ roomId: w.hall.id, startDate: '2026-11-24', endDate: '2026-11-24', startTime: '18:00', endTime: '21:00', reason: '音响检修', decision: 'keep' })).statusCode).toBe(201)
    expect((await close({ roomId: w.staffOnly.id, startDate: '2026-11-26', endDate: '2026-11-26', reason: '党员活动室粉刷' })).statusCode).toBe(201)
    expect((await close({ startDate: '2026-11-27', endDate: '2026-11-27', reason: '消防检查' })).statusCode).toBe(201)
    // Another center, where neither of them goes, is closed too.
    await ctx.db.insertInto('closures').values({
      center_id: w.centerB, starts_at: new Date('2026-11-25T16:00:00Z'), ends_at: new Date('2026-11-26T16:00:00Z'), all_day: true, reason: '别的中心闭馆', created_at: new Date('2026-11-20T02:00:00Z'),
    }).execute()

    const body = (await fetchFeed(feed.path)).body
    const closures = eventsOf(body).filter((e) => e.uid.startsWith('closure-'))
    // Shanghai is UTC+8: Tuesday 18:00 there is 10:00Z, Friday's midnight is Thursday 16:00Z.
    expect(closures).toEqual([
      expect.objectContaining({ summary: expect.stringMatching(/^【暂停开放】.+ 多功能厅：音响检修$/), transp: 'TRANSPARENT', start: '2026-11-24T10:00:00.000Z', end: '2026-11-24T13:00:00.000Z' }),
      expect.objectContaining({ summary: expect.stringMatching(/^【闭馆】.+：消防检查$/), transp: 'TRANSPARENT', start: '2026-11-26T16:00:00.000Z', end: '2026-11-27T16:00:00.000Z' }),
    ])
    // Her request under the kept closure is still there; the same feed reads the same on the next fetch.
    expect(eventsOf(body).map((e) => e.uid)).toContain(`booking-${plans.request.id}@linli`)
    expect((await fetchFeed(feed.path)).body).toBe(body)
    // Bob books only the meeting room: the center's closure, not the hall's.
    expect(eventsOf((await fetchFeed(bobFeed.path)).body).filter((e) => e.uid.startsWith('closure-')).map((e) => e.summary)).toEqual([expect.stringMatching(/消防检查$/)])
    // A resident with nothing at the center has no closures in hers.
    const carolFeed = await turnOn(w.carol.cookie)
    expect(eventsOf((await fetchFeed(carolFeed.path)).body)).toEqual([])
    // In English, with the center's name.
    await ctx.db.updateTable('residents').set({ language: 'en' }).where('id', '=', w.bob.id).execute()
    const center = await ctx.db.selectFrom('centers').select('name').where('id', '=', w.centerA).executeTakeFirstOrThrow()
    expect(eventsOf((await fetchFeed(bobFeed.path)).body).filter((e) => e.uid.startsWith('closure-')).map((e) => e.summary)).toEqual([`[Closed] ${center.name}: 消防检查`])
  })

  it('a new link kills the old one, turning it off kills it too, and a stolen link dies with the account', async () => {
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const old = await turnOn(w.alice.cookie)
    const rotated = (await ctx.app.inject({ method: 'POST', url: '/api/residents/me/calendar-feed/rotate', headers: { cookie: w.alice.cookie } })).json() as CalendarFeed
    expect(rotated.path).not.toBe(old.path)
    expect((await fetchFeed(old.path)).statusCode).toBe(404)
    expect((await fetchFeed(rotated.path)).statusCode).toBe(200)
    expect((await ctx.app.inject({ method: 'DELETE', url: '/api/residents/me/calendar-feed', headers: { cookie: w.alice.cookie } })).statusCode).toBe(204)
    expect((await fetchFeed(rotated.path)).statusCode).toBe(404)
    expect((await ctx.app.inject({ url: '/api/residents/me/calendar-feed', headers: { cookie: w.alice.cookie } })).json()).toEqual({ feed: null })
    const again = await turnOn(w.alice.cookie)
    expect([old.path, rotated.path]).not.toContain(again.path)
    await ctx.db.updateTable('residents').set({ active: false }).where('id', '=', w.alice.id).execute()
    expect((await fetchFeed(again.path)).statusCode).toBe(404)
  })

  it('answers a malformed token 400 and an unknown one 404, and the account routes need a sign-in', async () => {
    for (const token of ['short', 'x'.repeat(33), `${'a'.repeat(31)}%21`, `${'a'.repeat(31)}.`]) {
      expect((await fetchFeed(`/api/calendar/${token}.ics`)).statusCode, token).toBe(400)
    }
    const unknown = await fetchFeed(`/api/calendar/${'A'.repeat(32)}.ics`)
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().code).toBe('not_found')
    expect((await ctx.app.inject({ url: '/api/residents/me/calendar-feed' })).statusCode).toBe(401)
    expect((await ctx.app.inject({ method: 'POST', url: '/api/residents/me/calendar-feed/rotate' })).statusCode).toBe(401)
  })
})
