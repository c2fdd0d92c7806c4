import { describe, expect, it } from 'vitest'
import type { Registration } from '@linli/contracts'
import { ApiError, createApiClient } from '@linli/api-client'
import { countRows, newResident, newStaff, signIn } from './support/factories'
import { newParticipationWorld } from './support/participation-world'
import { occurrenceCodeNow } from './support/screen-codes'
import { useTestApp } from './support/test-app'

const at = (iso: string) => new Date(iso)

describe('signing up for an activity', () => {
  const ctx = useTestApp()

  it('gives seats up to the capacity, then places on the waitlist in the order residents asked', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const { occurrenceId } = await w.activity({ capacity: 2 })
    const statuses = []
    for (const r of [w.alice, w.bob, w.carol, w.dave]) statuses.push(await w.registered(r.cookie, occurrenceId))
    expect(statuses.map((s) => [s.status, s.waitlistPosition])).toEqual([['confirmed', null], ['confirmed', null], ['waitlisted', 1], ['waitlisted', 2]])
    expect(statuses[0]).toMatchObject({ title: '健康讲座', location: '社区广场', startsAt: '2026-11-23T09:00:00+08:00', occurrenceStatus: 'scheduled', offerExpiresAt: null })
    expect(await w.seats(occurrenceId)).toEqual({ occurrenceId, capacity: 2, seatsTaken: 2, waitlisted: 2, signupOpen: true })
    const daves = await w.mine(w.dave.cookie)
    expect(daves).toHaveLength(1)
    expect(daves[0]).toMatchObject({ occurrenceId, status: 'waitlisted', waitlistPosition: 2 })
  })

  it('refuses a second sign-up for the same date with a 409 saying where the resident stands', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const { occurrenceId } = await w.activity({ capacity: 1 })
    await w.registered(w.alice.cookie, occurrenceId)
    await w.registered(w.bob.cookie, occurrenceId)
    const before = await countRows(ctx.db, 'registrations')
    const again = await w.signUp(w.alice.cookie, occurrenceId)
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({ code: 'already_registered', message: 'You already have a seat for this activity' })
    expect((await w.signUp(w.bob.cookie, occurrenceId)).json().message).toBe('You are already on the waitlist for this activity')
    expect(await countRows(ctx.db, 'registrations')).toBe(before)
  })

  it('signs up again after cancelling, at the back of the queue', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const { occurrenceId } = await w.activity({ capacity: 1 })
    await w.registered(w.alice.cookie, occurrenceId)
    const bob = await w.registered(w.bob.cookie, occurrenceId)
    await w.registered(w.carol.cookie, occurrenceId)
    expect((await w.cancel(w.bob.cookie, bob.id)).json().status).toBe('cancelled')
    expect(await w.registered(w.bob.cookie, occurrenceId)).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 })
  })

  it('only takes sign-ups for published, scheduled activities before sign-up closes', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const draft = await w.activity({ status: 'draft' })
    expect((await w.signUp(w.alice.cookie, draft.occurrenceId)).statusCode).toBe(404)
    expect((await ctx.app.inject(`/api/occurrences/${draft.occurrenceId}/seats`)).statusCode).toBe(404)

    const called = await w.activity({ startsLocal: '2026-11-24T09:00', endsLocal: '2026-11-24T10:00' })
    await ctx.app.inject({ method: 'PATCH', url: `/api/occurrences/${called.occurrenceId}`, headers: { cookie: w.as.staff }, payload: { status: 'cancelled' } })
    const cancelled = await w.signUp(w.alice.cookie, called.occurrenceId)
    expect(cancelled.statusCode).toBe(409)
    expect(cancelled.json().code).toBe('occurrence_cancelled')
    expect((await w.seats(called.occurrenceId)).signupOpen).toBe(false)

    // Sign-up closes an hour before the start: Monday 08:00.
    const policy = await ctx.app.inject({ method: 'PATCH', url: `/api/centers/${w.centerA}/participation-policy`, headers: { cookie: w.as.manager }, payload: { signupClosesMinutes: 60 } })
    expect(policy.json()).toMatchObject({ signupClosesMinutes: 60, offerHoldMinutes: 120 })
    const soon = await w.activity()
    ctx.now = at('2026-11-23T00:00:00Z') // 08:00 local
    const late = await w.signUp(w.alice.cookie, soon.occurrenceId)
    expect(late.statusCode).toBe(400)
    expect(late.json()).toMatchObject({ code: 'signup_closed', message: 'Sign-ups closed at 2026-11-23 08:00' })
    expect((await w.seats(soon.occurrenceId)).signupOpen).toBe(false)
    // Staff may still put someone on the list until the end.
    const added = await ctx.app.inject({ method: 'POST', url: `/api/occurrences/${soon.occurrenceId}/roster`, headers: { cookie: (await signIn(ctx.app, w.usernames.staff)).cookie }, payload: { phone: w.alice.phone } })
    expect(added.statusCode).toBe(201)
    expect(added.json().items[0]).toMatchObject({ status: 'confirmed' })
  })

  it('signs up for every open date of a series at once, each date confirmed or waitlisted on its own', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const series = await w.activity({ capacity: 1, rrule: 'FREQ=WEEKLY;COUNT=3' })
    await w.registered(w.bob.cookie, series.occurrences[1]!)
    const res = await w.signUp(w.alice.cookie, series.occurrences[0]!, { wholeSeries: true })
    expect(res.statusCode).toBe(201)
    const items = res.json().items as Registration[]
    expect(items.map((r) => [r.occurrenceId, r.status])).toEqual([
      [series.occurrences[0], 'confirmed'], [series.occurrences[1], 'waitlisted'], [series.occurrences[2], 'confirmed'],
    ])
    // Again: nothing left to sign up for.
    const again = await w.signUp(w.alice.cookie, series.occurrences[0]!, { wholeSeries: true })
    expect(again.statusCode).toBe(409)
    expect(again.json().message).toBe('You are already signed up for every upcoming date of this activity')
  })

  it('never waitlists anyone for an activity without a capacity', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const { occurrenceId } = await w.activity({ capacity: null })
    for (const r of [w.alice, w.bob, w.carol, w.dave]) expect((await w.registered(r.cookie, occurrenceId)).status).toBe('confirmed')
    expect(await w.seats(occurrenceId)).toMatchObject({ capacity: null, seatsTaken: 4, waitlisted: 0 })
  })

  it('lets staff add residents by phone or id, and reports an unknown phone', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const { occurrenceId } = await w.activity({ capacity: 1 })
    const add = (payload: object) => ctx.app.inject({ method: 'POST', url: `/api/occurrences/${occurrenceId}/roster`, headers: { cookie: w.as.staff }, payload })
    expect((await add({ residentId: w.alice.id })).json().items[0]).toMatchObject({ status: 'confirmed' })
    expect((await add({ phone: w.bob.phone })).json().items[0]).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
    const unknown = await add({ phone: '13000000001' })
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json()).toMatchObject({ code: 'unknown_resident', message: 'No resident account has the phone number 13000000001' })
    const roster = (await w.roster(occurrenceId)).json()
    expect(roster).toMatchObject({ capacity: 1, seatsTaken: 1, waitlisted: 1, attendance: 0 })
    expect(roster.entries.map((e: { residentName: string; source: string }) => [e.residentName, e.source])).toEqual([['王阿姨', 'staff'], ['刘大爷', 'staff']])
    // Someone else's center is out of reach.
    const other = await newStaff(ctx.db, 'center_staff', { centerId: w.centerB })
    const foreign = await ctx.app.inject({ url: `/api/occurrences/${occurrenceId}/roster`, headers: { cookie: (await signIn(ctx.app, other.username)).cookie } })
    expect(foreign.statusCode).toBe(403)
  })
})

describe('twenty residents racing for the last seats', () => {
  const ctx = useTestApp()

  it('confirms exactly the capacity and queues the rest, each with their own place', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const { occurrenceId } = await w.activity({ capacity: 5 })
    const residents = await Promise.all(Array.from({ length: 20 }, (_, i) => newResident(ctx.db, `居民${i}`)))
    const results = await Promise.all(residents.map((r) => w.signUp(r.cookie, occurrenceId)))
    expect(results.map((r) => r.statusCode)).toEqual(Array(20).fill(201))
    const statuses = results.map((r) => (r.json().items as Registration[])[0]!.status)
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(5)
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(15)
    const places = (await Promise.all(residents.map((r) => w.mine(r.cookie)))).map((items) => items[0]!.waitlistPosition).filter((p) => p !== null)
    expect(places.sort((a, b) => a! - b!)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1))
    expect(await w.seats(occurrenceId)).toMatchObject({ capacity: 5, seatsTaken: 5, waitlisted: 15 })
  })

  it('keeps seats within the capacity in the database itself, whoever writes', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const a = await w.activity({ capacity: 1 })
    await w.registered(w.alice.cookie, a.occurrenceId)
    const values = { occurrence_id: a.occurrenceId, activity_id: a.id, center_id: w.centerA, resident_id: w.bob.id, source: 'staff' as const }
    await expect(ctx.db.insertInto('registrations').values({ ...values, status: 'confirmed' }).execute()).rejects.toMatchObject({ code: '23514' })
    const queued = await ctx.db.insertInto('registrations').values({ ...values, status: 'waitlisted' }).returning('id').executeTakeFirstOrThrow()
    await expect(ctx.db.updateTable('registrations').set({ status: 'confirmed' }).where('id', '=', queued.id).execute()).rejects.toMatchObject({ code: '23514' })
  })
})

describe('the participation calls of the typed client, against the real server', () => {
  const ctx = useTestApp({ listen: true })

  it('signs up, finds the place, cancels, and lets staff see and tick the list', async () => {
    ctx.now = at('2026-11-20T02:00:00Z')
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const address = ctx.app.server.address()
    const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    const alice = createApiClient({ baseUrl, headers: { cookie: w.alice.cookie } })
    const bob = createApiClient({ baseUrl, headers: { cookie: w.bob.cookie } })
    const staff = createApiClient({ baseUrl, headers: { cookie: w.as.staff } })
    const { occurrenceId } = await w.activity({ capacity: 1 })
    expect((await alice.listSignups(w.centerA)).items.map((i) => i.id)).toEqual([occurrenceId])
    const [mine] = (await alice.createRegistration(occurrenceId)).items
    const [queued] = (await bob.createRegistration(occurrenceId, { wholeSeries: true })).items
    expect(queued).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
    expect(await alice.getOccurrenceSeats(occurrenceId)).toMatchObject({ seatsTaken: 1, waitlisted: 1 })
    await expect(alice.createRegistration(occurrenceId)).rejects.toMatchObject({ statusCode: 409, code: 'already_registered' })
    expect((await alice.cancelRegistration(mine!.id)).status).toBe('cancelled')
    expect((await bob.listMyRegistrations()).items[0]).toMatchObject({ status: 'offered' })
    expect((await bob.confirmRegistration(queued!.id)).status).toBe('confirmed')
    await expect(alice.checkInOccurrence(occurrenceId)).rejects.toBeInstanceOf(ApiError)
    ctx.now = at('2026-11-23T01:00:00Z')
    const staffNow = createApiClient({ baseUrl, headers: { cookie: (await signIn(ctx.app, w.usernames.staff)).cookie } })
    const walkIns = await staffNow.staffCheckIn(occurrenceId, { walkIns: 4 })
    expect((await bob.checkInOccurrence(occurrenceId, await occurrenceCodeNow(ctx.app, ctx.db, occurrenceId))).method).toBe('qr')
    expect((await staffNow.getRoster(occurrenceId)).attendance).toBe(5)
    await staffNow.deleteCheckIn(walkIns.id)
    expect((await staffNow.getRoster(occurrenceId)).attendance).toBe(1)
    await expect(staff.getRoster(occurrenceId)).rejects.toMatchObject({ statusCode: 401 }) // Friday's session has ended
  })
})
