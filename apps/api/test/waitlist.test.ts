import { describe, expect, it } from 'vitest'
import type { Registration } from '@linli/contracts'
import { advanceOffers } from '../src/modules/participation/offer-timer'
import { signIn } from './support/factories'
import { newParticipationWorld } from './support/participation-world'
import { useTestApp } from './support/test-app'

const at = (iso: string) => new Date(iso)

/** Monday 2026-11-23 09:00-10:00 in Shanghai, one seat; the clock at Friday 10:00. */
async function fullHouse(ctx: ReturnType<typeof useTestApp>) {
  ctx.now = at('2026-11-20T02:00:00Z')
  const w = await newParticipationWorld(ctx.app, ctx.db)
  const a = await w.activity({ capacity: 1 })
  const alice = await w.registered(w.alice.cookie, a.occurrenceId)
  const bob = await w.registered(w.bob.cookie, a.occurrenceId)
  const carol = await w.registered(w.carol.cookie, a.occurrenceId)
  return { w, a, alice, bob, carol }
}

const statusOf = async (w: Awaited<ReturnType<typeof fullHouse>>['w'], cookie: string, id: string) =>
  (await w.mine(cookie)).find((r) => r.id === id)!

describe('a freed seat goes to the first waiting resident, held for them for a while', () => {
  const ctx = useTestApp()

  it('offers the seat to the first in line with a two-hour hold; a newcomer queues behind', async () => {
    const { w, a, alice, bob, carol } = await fullHouse(ctx)
    const cancelled = await w.cancel(w.alice.cookie, alice.id)
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', lateCancellation: false })
    expect(await statusOf(w, w.bob.cookie, bob.id)).toMatchObject({ status: 'offered', offerExpiresAt: '2026-11-20T12:00:00+08:00', waitlistPosition: null })
    expect(await statusOf(w, w.carol.cookie, carol.id)).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
    // The held seat is taken: a newcomer does not slip into it.
    expect(await w.registered(w.dave.cookie, a.occurrenceId)).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 })
    expect(await w.seats(a.occurrenceId)).toMatchObject({ seatsTaken: 1, waitlisted: 2 })
    const confirmed = await w.confirm(w.bob.cookie, bob.id)
    expect(confirmed.statusCode).toBe(200)
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', offerExpiresAt: null })
  })

  it('refuses a confirmation after the hold even before the timer has run, and offers the next at once', async () => {
    const { w, alice, bob, carol } = await fullHouse(ctx)
    await w.cancel(w.alice.cookie, alice.id)
    ctx.now = at('2026-11-20T04:30:00Z')
    const late = await w.confirm(w.bob.cookie, bob.id)
    expect(late.statusCode).toBe(409)
    expect(late.json()).toMatchObject({ code: 'offer_expired', message: 'The seat was held for you until 2026-11-20 12:00 and went to the next person' })
    expect(await statusOf(w, w.carol.cookie, carol.id)).toMatchObject({ status: 'offered', offerExpiresAt: '2026-11-20T14:30:00+08:00' })
  })

  it('never holds a seat past the start, and counts a cancellation within the deadline as late', async () => {
    const { w, alice, bob } = await fullHouse(ctx)
    ctx.now = at('2026-11-23T00:15:00Z') // Monday 08:15, 45 minutes before the start
    const cancelled = await w.cancel(w.alice.cookie, alice.id)
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', lateCancellation: true })
    expect(await statusOf(w, w.bob.cookie, bob.id)).toMatchObject({ status: 'offered', offerExpiresAt: '2026-11-23T09:00:00+08:00' })
  })

  it('holds for as long as the center says', async () => {
    const { w, alice, bob } = await fullHouse(ctx)
    const patch = await ctx.app.inject({ method: 'PATCH', url: `/api/centers/${w.centerA}/participation-policy`, headers: { cookie: w.as.manager }, payload: { offerHoldMinutes: 30 } })
    expect(patch.statusCode).toBe(200)
    await w.cancel(w.alice.cookie, alice.id)
    expect((await statusOf(w, w.bob.cookie, bob.id)).offerExpiresAt).toBe('2026-11-20T10:30:00+08:00')
  })

  it('lets staff cancel for a resident (audited), promoting the next; residents cannot touch others’ places', async () => {
    const { w, alice, bob } = await fullHouse(ctx)
    expect((await w.cancel(w.bob.cookie, alice.id)).statusCode).toBe(404)
    const byStaff = await w.cancel(w.as.staff, alice.id)
    expect(byStaff.json().status).toBe('cancelled')
    expect((await statusOf(w, w.bob.cookie, bob.id)).status).toBe('offered')
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'actor_kind']).where('entity', '=', 'registration').where('entity_id', '=', alice.id).execute()
    expect(audit).toEqual([{ action: 'cancel', actor_kind: 'staff' }])
  })

  it('offers the seats a capacity raise frees, in queue order, before any newcomer', async () => {
    const { w, a, bob, carol } = await fullHouse(ctx)
    const raised = await ctx.app.inject({ method: 'PATCH', url: `/api/activities/${a.id}`, headers: { cookie: w.as.staff }, payload: { capacity: 2 } })
    expect(raised.statusCode).toBe(200)
    await advanceOffers(ctx.app)
    expect((await statusOf(w, w.bob.cookie, bob.id)).status).toBe('offered')
    expect((await statusOf(w, w.carol.cookie, carol.id)).waitlistPosition).toBe(1)
    // Raised again, and someone signs up before the timer runs: the queue is served first.
    await ctx.app.inject({ method: 'PATCH', url: `/api/activities/${a.id}`, headers: { cookie: w.as.staff }, payload: { capacity: 3 } })
    expect(await w.registered(w.dave.cookie, a.occurrenceId)).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
    expect((await statusOf(w, w.carol.cookie, carol.id)).status).toBe('offered')
  })

  it('lets the queue lapse when the occurrence starts, and offers nothing for a cancelled one', async () => {
    const { w, a, alice, bob, carol } = await fullHouse(ctx)
    const staff = await signIn(ctx.app, w.usernames.staff)
    await ctx.app.inject({ method: 'PATCH', url: `/api/occurrences/${a.occurrenceId}`, headers: { cookie: staff.cookie }, payload: { status: 'cancelled' } })
    await w.cancel(w.alice.cookie, alice.id)
    expect((await statusOf(w, w.bob.cookie, bob.id))).toMatchObject({ status: 'waitlisted', occurrenceStatus: 'cancelled' })
    ctx.now = at('2026-11-23T01:00:00Z')
    await advanceOffers(ctx.app)
    const after = await Promise.all([statusOf(w, w.bob.cookie, bob.id), statusOf(w, w.carol.cookie, carol.id)])
    expect(after.map((r: Registration) => r.status)).toEqual(['expired', 'expired'])
  })
})

describe('the offer timer, on its own database so its counts are exact', () => {
  const ctx = useTestApp()

  it('moves the offer on to the next resident when the hold runs out, and refuses the late confirmation', async () => {
    const { w, alice, bob, carol } = await fullHouse(ctx)
    await w.cancel(w.alice.cookie, alice.id)
    ctx.now = at('2026-11-20T03:59:00Z') // 11:59, a minute before the hold ends
    expect(await advanceOffers(ctx.app)).toEqual({ expired: 0, lapsed: 0, offered: 0 })
    ctx.now = at('2026-11-20T04:00:00Z')
    expect(await advanceOffers(ctx.app)).toEqual({ expired: 1, lapsed: 0, offered: 1 })
    expect(await statusOf(w, w.bob.cookie, bob.id)).toMatchObject({ status: 'expired', offerExpiresAt: null })
    expect(await statusOf(w, w.carol.cookie, carol.id)).toMatchObject({ status: 'offered', offerExpiresAt: '2026-11-20T14:00:00+08:00' })
    const late = await w.confirm(w.bob.cookie, bob.id)
    expect(late.statusCode).toBe(409)
    expect(late.json().code).toBe('offer_expired')
    expect((await w.confirm(w.carol.cookie, carol.id)).json().status).toBe('confirmed')
    expect(await advanceOffers(ctx.app)).toEqual({ expired: 0, lapsed: 0, offered: 0 })
  })
})
