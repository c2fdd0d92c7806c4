import { describe, expect, it } from 'vitest'
import { advanceBookings } from '../src/modules/bookings/lifecycle'
import { sweepNoShows } from '../src/modules/participation/no-show-sweep'
import { newParticipationWorld } from './support/participation-world'
import { newRoom, newStaff, signIn } from './support/factories'
import { occurrenceCodeNow } from './support/screen-codes'
import { useTestApp } from './support/test-app'

const at = (iso: string) => new Date(iso)
const RULE = { noShowLimit: 2, noShowWindowDays: 120, suspensionDays: 120 }

describe('fair no-show rules (爽约规则): too many no-shows suspend new bookings and sign-ups for a while', () => {
  const ctx = useTestApp()

  /** Friday 2026-11-20 10:00 in Shanghai; the center's rule as given (none: off). */
  async function world(rule?: object) {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newParticipationWorld(ctx.app, ctx.db)
    if (rule) {
      const res = await ctx.app.inject({ method: 'PATCH', url: `/api/centers/${w.centerA}/participation-policy`, headers: { cookie: w.as.manager }, payload: rule })
      expect(res.statusCode).toBe(200)
    }
    const staffCookie = async () => (await signIn(ctx.app, w.usernames.staff)).cookie
    const counts = async () => ({
      bookings: (await ctx.db.selectFrom('bookings').select((eb) => eb.fn.countAll<string>().as('n')).where('center_id', '=', w.centerA).executeTakeFirstOrThrow()).n,
      registrations: (await ctx.db.selectFrom('registrations').select((eb) => eb.fn.countAll<string>().as('n')).where('center_id', '=', w.centerA).executeTakeFirstOrThrow()).n,
    })
    // One database serves the whole file: every look is at this world's center.
    const suspensions = () => ctx.db.selectFrom('suspensions').selectAll().where('center_id', '=', w.centerA).execute()
    return { ...w, staffCookie, counts, suspensions }
  }

  /** Alice misses a booking on Saturday 09:00 and the Monday 09:00-10:00 talk she signed up for; the clock ends Monday 10:05. */
  async function twoNoShows(w: Awaited<ReturnType<typeof world>>) {
    const booking = await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-21', '09:00', '10:00'))
    expect(booking.statusCode).toBe(201)
    const talk = await w.activity()
    await w.registered(w.alice.cookie, talk.occurrenceId)
    ctx.now = at('2026-11-21T01:30:00Z')
    expect(await advanceBookings(ctx.app)).toMatchObject({ noShows: 1 })
    ctx.now = at('2026-11-23T02:05:00Z')
  }

  it('suspends after 2 no-shows in 120 days for 120 days, tells the resident why and until when, and audits it', async () => {
    const w = await world(RULE)
    // Booked before the suspension: cancelling it still works afterwards.
    const later = (await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-27', '14:00', '15:00'))).json()
    await twoNoShows(w)
    await sweepNoShows(ctx.app)
    await sweepNoShows(ctx.app)
    expect(await w.suspensions()).toHaveLength(1)

    const list = await ctx.app.inject({ url: `/api/centers/${w.centerA}/suspensions`, headers: { cookie: await w.staffCookie() } })
    expect(list.statusCode).toBe(200)
    expect(list.json().items).toEqual([expect.objectContaining({
      residentId: w.alice.id, residentName: w.alice.name, noShows: 2, windowDays: 120, active: true,
      startsAt: '2026-11-23T10:05:00+08:00', endsAt: '2027-03-23T10:05:00+08:00', liftedAt: null,
    })])
    const audit = await ctx.db.selectFrom('audit_log').selectAll().where('entity', '=', 'suspension').where('center_id', '=', w.centerA).execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ action: 'create', actor_kind: 'system', center_id: w.centerA, entity_id: list.json().items[0].id })

    const standing = await ctx.app.inject({ url: '/api/residents/me/standing', headers: { cookie: w.alice.cookie } })
    expect(standing.json().suspensions).toEqual([expect.objectContaining({ centerId: w.centerA, untilDate: '2027-03-23', noShows: 2, windowDays: 120 })])
    const bobStanding = await ctx.app.inject({ url: '/api/residents/me/standing', headers: { cookie: w.bob.cookie } })
    expect(bobStanding.json()).toEqual({ suspensions: [] })

    // New bookings and sign-ups are refused, saying until when, and nothing is written.
    const before = await w.counts()
    const refused = await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-28', '09:00', '10:00'))
    expect(refused.statusCode).toBe(403)
    expect(refused.json()).toMatchObject({ code: 'resident_suspended', message: expect.stringContaining('2027-03-23 10:05') })
    const next = await w.activity({ startsLocal: '2026-11-30T09:00', endsLocal: '2026-11-30T10:00' }, await w.staffCookie())
    const refusedSignUp = await w.signUp(w.alice.cookie, next.occurrenceId)
    expect(refusedSignUp.statusCode).toBe(403)
    expect(refusedSignUp.json().code).toBe('resident_suspended')
    const byStaff = await ctx.app.inject({ method: 'POST', url: `/api/occurrences/${next.occurrenceId}/roster`, headers: { cookie: await w.staffCookie() }, payload: { residentId: w.alice.id } })
    expect(byStaff.json().code).toBe('resident_suspended')
    expect(await w.counts()).toEqual(before)

    // Cancelling what she already had still works; Bob is not affected.
    expect((await ctx.app.inject({ method: 'POST', url: `/api/bookings/${later.id}/cancel`, headers: { cookie: w.alice.cookie }, payload: {} })).statusCode).toBe(200)
    expect((await w.book(w.bob.cookie, w.room.id, w.slot('2026-11-28', '09:00', '10:00'))).statusCode).toBe(201)
  })

  it('leaves other centers open to a resident suspended at one', async () => {
    const w = await world(RULE)
    await twoNoShows(w)
    const elsewhere = await newRoom(ctx.db, w.centerB, { name: '活动室', capacity: 20 })
    await ctx.db.updateTable('centers').set({ opening_hours: JSON.stringify([1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: '08:30', closes: '21:00' }))) }).where('id', '=', w.centerB).execute()
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-28', '09:00', '10:00'))).json().code).toBe('resident_suspended')
    expect((await w.book(w.alice.cookie, elsewhere.id, w.slot('2026-11-28', '09:00', '10:00'))).statusCode).toBe(201)
  })

  it('is off by default: no-shows suspend nobody', async () => {
    const w = await world()
    const policy = await ctx.app.inject({ url: `/api/centers/${w.centerA}/participation-policy`, headers: { cookie: w.as.manager } })
    expect(policy.json()).toMatchObject({ noShowLimit: null, noShowWindowDays: null, suspensionDays: null })
    await twoNoShows(w)
    await sweepNoShows(ctx.app)
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-28', '09:00', '10:00'))).statusCode).toBe(201)
    expect(await w.suspensions()).toEqual([])
  })

  it('counts neither a cancelled nor a checked-in sign-up, nor a date the center called off', async () => {
    const w = await world({ noShowLimit: 1, noShowWindowDays: 30, suspensionDays: 7 })
    const talk = await w.activity({ capacity: 10 })
    const mine = await w.registered(w.alice.cookie, talk.occurrenceId)
    await w.registered(w.bob.cookie, talk.occurrenceId)
    await w.registered(w.carol.cookie, talk.occurrenceId)
    const walk = await w.activity({ title: '健步走', startsLocal: '2026-11-24T09:00', endsLocal: '2026-11-24T10:00', capacity: 10 })
    await w.registered(w.dave.cookie, walk.occurrenceId)
    expect((await w.cancel(w.alice.cookie, mine.id)).statusCode).toBe(200)
    ctx.now = at('2026-11-23T01:10:00Z') // 09:10 Monday: Bob scans in
    const token = await occurrenceCodeNow(ctx.app, ctx.db, talk.occurrenceId)
    expect((await ctx.app.inject({ method: 'POST', url: `/api/occurrences/${talk.occurrenceId}/check-in`, headers: { cookie: w.bob.cookie }, payload: { token } })).statusCode).toBeLessThan(300)
    expect((await ctx.app.inject({ method: 'PATCH', url: `/api/occurrences/${walk.occurrenceId}`, headers: { cookie: await w.staffCookie() }, payload: { status: 'cancelled' } })).statusCode).toBe(200)
    ctx.now = at('2026-11-24T03:00:00Z')
    await sweepNoShows(ctx.app)
    expect((await w.suspensions()).map((r) => ({ resident_id: r.resident_id, no_shows: r.no_shows }))).toEqual([{ resident_id: w.carol.id, no_shows: 1 }])
  })

  it('applies the rule when the resident books, before any sweep, refusing with nothing written', async () => {
    const w = await world(RULE)
    await twoNoShows(w)
    const before = await w.counts()
    const res = await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-28', '09:00', '10:00'))
    expect(res.statusCode).toBe(403)
    expect(res.json().code).toBe('resident_suspended')
    expect(await w.counts()).toEqual(before)
    expect((await w.suspensions()).map((r) => r.no_shows)).toEqual([2])
  })

  it('lets staff of the center lift a suspension, audited; staff elsewhere cannot; lifted no-shows do not count again', async () => {
    const w = await world(RULE)
    await twoNoShows(w)
    await sweepNoShows(ctx.app)
    const id = (await w.suspensions())[0]!.id
    const foreign = await newStaff(ctx.db, 'center_manager', { centerId: w.centerB })
    const lift = (cookie: string) => ctx.app.inject({ method: 'POST', url: `/api/suspensions/${id}/lift`, headers: { cookie } })
    expect((await lift((await signIn(ctx.app, foreign.username)).cookie)).statusCode).toBe(403)
    expect((await lift(w.alice.cookie)).statusCode).toBe(401)
    expect((await w.suspensions())[0]!.lifted_at).toBeNull()

    const cookie = await w.staffCookie()
    const lifted = await lift(cookie)
    expect(lifted.statusCode).toBe(200)
    expect(lifted.json()).toMatchObject({ active: false, liftedAt: '2026-11-23T10:05:00+08:00', liftedByName: expect.any(String) })
    expect((await lift(cookie)).json().liftedAt).toBe('2026-11-23T10:05:00+08:00')
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'actor_kind']).where('entity', '=', 'suspension').where('entity_id', '=', id).orderBy('at').execute()
    expect(audit).toEqual([{ action: 'create', actor_kind: 'system' }, { action: 'lift', actor_kind: 'staff' }])

    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-28', '09:00', '10:00'))).statusCode).toBe(201)
    await sweepNoShows(ctx.app)
    expect(await w.suspensions()).toHaveLength(1)
    const active = await ctx.app.inject({ url: `/api/centers/${w.centerA}/suspensions?active=true`, headers: { cookie } })
    expect(active.json().items).toEqual([])
    expect((await ctx.app.inject({ url: '/api/residents/me/standing', headers: { cookie: w.alice.cookie } })).json()).toEqual({ suspensions: [] })
  })

  it('ends by itself when its days are over', async () => {
    const w = await world({ noShowLimit: 2, noShowWindowDays: 120, suspensionDays: 3 })
    await twoNoShows(w)
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-28', '09:00', '10:00'))).statusCode).toBe(403)
    ctx.now = at('2026-11-26T02:06:00Z')
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-28', '09:00', '10:00'))).statusCode).toBe(201)
  })

  it('takes the rule whole or not at all, within bounds', async () => {
    const w = await world()
    const patch = (payload: object) => ctx.app.inject({ method: 'PATCH', url: `/api/centers/${w.centerA}/participation-policy`, headers: { cookie: w.as.manager }, payload })
    expect((await patch({ noShowLimit: 2 })).json()).toMatchObject({ statusCode: 400, code: 'invalid_policy' })
    expect((await patch({ ...RULE, suspensionDays: 0 })).statusCode).toBe(400)
    expect((await patch({ ...RULE, noShowWindowDays: 366 })).statusCode).toBe(400)
    expect((await patch(RULE)).json()).toMatchObject(RULE)
    expect((await patch({ noShowLimit: null, noShowWindowDays: null, suspensionDays: null })).json()).toMatchObject({ noShowLimit: null })
  })
})
