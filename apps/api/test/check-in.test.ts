import { describe, expect, it } from 'vitest'
import type { CheckIn, Roster } from '@linli/contracts'
import { signIn } from './support/factories'
import { newParticipationWorld } from './support/participation-world'
import { occurrenceCodeNow } from './support/screen-codes'
import { useTestApp } from './support/test-app'

const at = (iso: string) => new Date(iso)
const FRIDAY = at('2026-11-20T02:00:00Z')
/** Monday's occurrence runs 09:00-10:00: check-in from 08:30 to 10:30 by default. */
const MONDAY_0900 = at('2026-11-23T01:00:00Z')

describe('checking in to an activity', () => {
  const ctx = useTestApp()
  /** Scanning the occurrence's code on its center's lobby screen as it is now. */
  const scan = async (cookie: string, occurrenceId: string) =>
    ctx.app.inject({ method: 'POST', url: `/api/occurrences/${occurrenceId}/check-in`, headers: { cookie }, payload: { token: await occurrenceCodeNow(ctx.app, ctx.db, occurrenceId) } })

  it('opens half an hour before the start and closes half an hour after the end, saying when', async () => {
    ctx.now = FRIDAY
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const { occurrenceId } = await w.activity()
    const reg = await w.registered(w.alice.cookie, occurrenceId)
    ctx.now = at('2026-11-23T00:29:00Z')
    const early = await scan(w.alice.cookie, occurrenceId)
    expect(early.statusCode).toBe(400)
    expect(early.json()).toMatchObject({ code: 'check_in_not_open', message: 'Check-in opens at 2026-11-23 08:30, 30 minutes before the start' })
    ctx.now = at('2026-11-23T02:31:00Z')
    const late = await scan(w.alice.cookie, occurrenceId)
    expect(late.statusCode).toBe(400)
    expect(late.json()).toMatchObject({ code: 'check_in_closed', message: 'Check-in closed at 2026-11-23 10:30' })
    ctx.now = at('2026-11-23T00:30:00Z')
    const ok = await scan(w.alice.cookie, occurrenceId)
    expect(ok.statusCode).toBe(201)
    expect(ok.json()).toMatchObject({ occurrenceId, title: '健康讲座', method: 'qr', headcount: 1, checkedInAt: '2026-11-23T00:30:00.000Z', volunteerMinutes: null })
    const again = await scan(w.alice.cookie, occurrenceId)
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({ code: 'already_checked_in', message: 'You have already checked in to this activity' })
    expect((await w.mine(w.alice.cookie))[0]).toMatchObject({ id: reg.id, checkedInAt: '2026-11-23T00:30:00.000Z' })
    const link = await ctx.db.selectFrom('check_ins').select('registration_id').where('id', '=', ok.json().id).executeTakeFirstOrThrow()
    expect(link.registration_id).toBe(reg.id)
  })

  it('needs a signed-in resident, and refuses a cancelled occurrence', async () => {
    ctx.now = FRIDAY
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const { occurrenceId } = await w.activity()
    await ctx.app.inject({ method: 'PATCH', url: `/api/occurrences/${occurrenceId}`, headers: { cookie: w.as.staff }, payload: { status: 'cancelled' } })
    ctx.now = MONDAY_0900
    expect((await ctx.app.inject({ method: 'POST', url: `/api/occurrences/${occurrenceId}/check-in` })).statusCode).toBe(401)
    const res = await scan(w.alice.cookie, occurrenceId)
    expect(res.statusCode).toBe(409)
    expect(res.json().code).toBe('occurrence_cancelled')
  })

  it('lets an unregistered resident take a free seat, turns them away when full, and counts anyone where there is no capacity', async () => {
    ctx.now = FRIDAY
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const small = await w.activity({ capacity: 1 })
    const open = await w.activity({ capacity: null, title: '广场舞' })
    ctx.now = MONDAY_0900
    const first = await scan(w.bob.cookie, small.occurrenceId)
    expect(first.statusCode).toBe(201)
    expect((await w.mine(w.bob.cookie))[0]).toMatchObject({ occurrenceId: small.occurrenceId, status: 'confirmed' })
    const full = await scan(w.carol.cookie, small.occurrenceId)
    expect(full.statusCode).toBe(409)
    expect(full.json().code).toBe('activity_full')
    expect((await w.roster(small.occurrenceId, (await signIn(ctx.app, w.usernames.staff)).cookie)).json().attendance).toBe(1)
    expect((await scan(w.carol.cookie, open.occurrenceId)).statusCode).toBe(201)
    expect(await w.mine(w.carol.cookie)).toEqual([])
  })

  it('counts staff ticks and walk-ins in the roster’s attendance, and undoes them', async () => {
    ctx.now = FRIDAY
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const { occurrenceId } = await w.activity({ capacity: 10 })
    await w.registered(w.alice.cookie, occurrenceId)
    await w.registered(w.bob.cookie, occurrenceId)
    const staff = async () => (await signIn(ctx.app, w.usernames.staff)).cookie
    const tick = async (payload: object) => ctx.app.inject({ method: 'POST', url: `/api/occurrences/${occurrenceId}/staff-check-ins`, headers: { cookie: await staff() }, payload })
    expect((await tick({ walkIns: 3 })).json().code).toBe('check_in_not_open')
    ctx.now = MONDAY_0900
    expect((await scan(w.alice.cookie, occurrenceId)).statusCode).toBe(201)
    ctx.now = at('2026-11-23T01:01:00Z')
    const bob = await tick({ residentId: w.bob.id })
    expect(bob.statusCode).toBe(201)
    expect(bob.json()).toMatchObject({ method: 'staff', headcount: 1 })
    expect((await tick({ residentId: w.bob.id })).json()).toMatchObject({ code: 'already_checked_in', message: 'This resident has already checked in' })
    ctx.now = at('2026-11-23T01:02:00Z')
    const walkIns = (await tick({ walkIns: 3 })).json() as CheckIn
    expect(walkIns).toMatchObject({ method: 'walk_in', headcount: 3 })
    expect((await tick({ residentId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404)

    // Staff may still record attendance after the window, from a paper list.
    ctx.now = at('2026-11-23T08:00:00Z')
    expect((await tick({ walkIns: 2 })).statusCode).toBe(201)
    const roster = (await w.roster(occurrenceId, await staff())).json() as Roster
    expect(roster.attendance).toBe(1 + 1 + 3 + 2)
    expect(roster.checkIns.map((k) => [k.residentName, k.method, k.headcount])).toEqual([
      ['王阿姨', 'qr', 1], ['刘大爷', 'staff', 1], [null, 'walk_in', 3], [null, 'walk_in', 2],
    ])
    const undo = await ctx.app.inject({ method: 'DELETE', url: `/api/check-ins/${walkIns.id}`, headers: { cookie: await staff() } })
    expect(undo.statusCode).toBe(204)
    expect(((await w.roster(occurrenceId, await staff())).json() as Roster).attendance).toBe(4)
    expect((await ctx.app.inject({ method: 'DELETE', url: `/api/check-ins/${walkIns.id}`, headers: { cookie: await staff() } })).statusCode).toBe(404)
  })

  it('records a volunteer’s hours with their check-in on a volunteer activity, and takes them back on undo', async () => {
    ctx.now = FRIDAY
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const team = await ctx.db.insertInto('volunteer_teams').values({ center_id: w.centerA, name: '银发志愿服务队' }).returning('id').executeTakeFirstOrThrow()
    await ctx.db.insertInto('volunteer_members').values({ team_id: team.id, center_id: w.centerA, resident_id: w.alice.id }).execute()
    const { occurrenceId } = await w.activity({ title: '社区清洁', category: 'volunteer', capacity: null, endsLocal: '2026-11-23T10:30' })
    ctx.now = MONDAY_0900
    const alice = await scan(w.alice.cookie, occurrenceId)
    expect(alice.json()).toMatchObject({ method: 'qr', volunteerMinutes: 90 })
    expect((await scan(w.bob.cookie, occurrenceId)).json()).toMatchObject({ volunteerMinutes: null })
    const service = () => ctx.db.selectFrom('volunteer_service').select(['minutes', 'points', 'check_in_id']).where('occurrence_id', '=', occurrenceId).execute()
    expect(await service()).toEqual([{ minutes: 90, points: 15, check_in_id: alice.json().id }])
    await ctx.app.inject({ method: 'DELETE', url: `/api/check-ins/${alice.json().id}`, headers: { cookie: (await signIn(ctx.app, w.usernames.staff)).cookie } })
    expect(await service()).toEqual([])
  })
})

describe('what the public may see of sign-ups', () => {
  const ctx = useTestApp()

  it('shows seat numbers on the seats and sign-up pages, never a name or a phone', async () => {
    ctx.now = FRIDAY
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const { occurrenceId } = await w.activity({ capacity: 1 })
    const series = await w.activity({ title: '四点半课堂', category: 'children', capacity: null, rrule: 'FREQ=WEEKLY;COUNT=3', startsLocal: '2026-11-24T16:30', endsLocal: '2026-11-24T18:00' })
    await w.activity({ title: '内部会议', status: 'draft' })
    await w.registered(w.alice.cookie, occurrenceId)
    await w.registered(w.bob.cookie, occurrenceId)
    const seats = await ctx.app.inject(`/api/occurrences/${occurrenceId}/seats`)
    const listing = await ctx.app.inject(`/api/centers/${w.centerA}/signups`)
    expect(listing.statusCode).toBe(200)
    const body = listing.json()
    expect(body).toMatchObject({ centerId: w.centerA, timeZone: 'Asia/Shanghai', from: '2026-11-20', to: '2026-12-03', rules: { checkInOpensMinutes: 30, offerHoldMinutes: 120 } })
    expect(body.items.map((i: { title: string; startsAt: string }) => `${i.title} ${i.startsAt}`)).toEqual([
      '健康讲座 2026-11-23T09:00:00+08:00', '四点半课堂 2026-11-24T16:30:00+08:00', '四点半课堂 2026-12-01T16:30:00+08:00',
    ])
    expect(body.items[0]).toMatchObject({ id: occurrenceId, capacity: 1, seatsTaken: 1, waitlisted: 1, signupOpen: true, recurring: false, signupClosesAt: '2026-11-23T09:00:00+08:00' })
    expect(body.items[1]).toMatchObject({ id: series.occurrences[0], recurring: true, capacity: null, seatsTaken: 0 })
    for (const text of [seats.body, listing.body]) {
      for (const r of [w.alice, w.bob]) {
        expect(text).not.toContain(r.name)
        expect(text).not.toContain(r.phone)
        expect(text).not.toContain(r.id)
      }
    }
  })
})
