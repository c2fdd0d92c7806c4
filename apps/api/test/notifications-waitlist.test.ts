import { describe, expect, it } from 'vitest'
import type { Registration } from '@linli/contracts'
import { noticeSeatsOffered } from '../src/modules/notifications/notify'
import { recordNotifications } from '../src/modules/notifications/outbox.repository'
import { advanceOffers } from '../src/modules/participation/offer-timer'
import { newResident } from './support/factories'
import { crashAfterNotification, ignoring } from './support/notification-world'
import { newParticipationWorld } from './support/participation-world'
import { useTestApp } from './support/test-app'

// Each seat taken also brings a sign-up confirmation; those are tested in notifications-events.
const { countNotifications, kindsOf, noticesOf } = ignoring('signup_confirmed')

const at = (iso: string) => new Date(iso)

/** Monday 2026-11-23 09:00-10:00 in Shanghai, one seat, four residents signed up; the clock at Friday 10:00. */
async function fullHouse(ctx: ReturnType<typeof useTestApp>) {
  ctx.now = at('2026-11-20T02:00:00Z')
  const w = await newParticipationWorld(ctx.app, ctx.db)
  const a = await w.activity({ capacity: 1, title: '太极拳' })
  const regs = {} as Record<'alice' | 'bob' | 'carol' | 'dave', Registration>
  for (const who of ['alice', 'bob', 'carol', 'dave'] as const) regs[who] = await w.registered(w[who].cookie, a.occurrenceId)
  return { w, a, regs }
}

describe('waitlist notices: a seat offered, an offer lapsed', () => {
  const ctx = useTestApp()

  it('tells the first in line of the seat (hold deadline, one-tap confirm link) and of its lapse, on every path', async () => {
    const { w, a, regs } = await fullHouse(ctx)
    expect(await countNotifications(ctx.db)).toBe(0)

    // A resident cancels: the seat goes to bob, in the same transaction as the cancellation.
    expect((await w.cancel(w.alice.cookie, regs.alice.id)).statusCode).toBe(200)
    expect(await noticesOf(ctx.db, w.bob.id)).toEqual([{
      kind: 'seat_offered', channels: ['in_app'], link: `/m/registrations?confirm=${regs.bob.id}`,
      params: { registrationId: regs.bob.id, occurrenceId: a.occurrenceId, activityTitle: '太极拳', startsAt: '2026-11-23T09:00:00+08:00', holdUntil: '2026-11-20T12:00:00+08:00' },
    }])
    for (const other of [w.alice, w.carol, w.dave]) expect(await kindsOf(ctx.db, other.id)).toEqual([])

    // The timer: bob's hold runs out, carol is offered the seat.
    ctx.now = at('2026-11-20T04:00:00Z')
    await advanceOffers(ctx.app)
    expect(await kindsOf(ctx.db, w.bob.id)).toEqual(['seat_offered', 'offer_lapsed'])
    expect((await noticesOf(ctx.db, w.bob.id))[1]).toMatchObject({ link: `/m/registrations?registration=${regs.bob.id}`, channels: ['in_app'] })
    expect((await noticesOf(ctx.db, w.carol.id))).toMatchObject([{ kind: 'seat_offered', params: { holdUntil: '2026-11-20T14:00:00+08:00' } }])

    // Confirming after the hold, before the timer came round: refused, and the queue moves on at once.
    ctx.now = at('2026-11-20T06:30:00Z')
    expect((await w.confirm(w.carol.cookie, regs.carol.id)).json().code).toBe('offer_expired')
    expect(await kindsOf(ctx.db, w.carol.id)).toEqual(['seat_offered', 'offer_lapsed'])
    expect(await noticesOf(ctx.db, w.dave.id)).toMatchObject([{ kind: 'seat_offered', params: { holdUntil: '2026-11-20T16:30:00+08:00' } }])

    // Staff raise the capacity: the seat it frees is offered to the next in line.
    const erin = await newResident(ctx.db, '赵阿姨')
    expect((await w.registered(erin.cookie, a.occurrenceId)).status).toBe('waitlisted')
    expect((await ctx.app.inject({ method: 'PATCH', url: `/api/activities/${a.id}`, headers: { cookie: w.as.staff }, payload: { capacity: 2 } })).statusCode).toBe(200)
    await advanceOffers(ctx.app)
    expect(await kindsOf(ctx.db, erin.id)).toEqual(['seat_offered'])

    // Nobody is told anything twice: the timer running again finds nothing new to say.
    await advanceOffers(ctx.app)
    expect(await countNotifications(ctx.db)).toBe(6)
  })

  it('records an event once however often it is recorded, and refuses to record outside a transaction', async () => {
    const { w, regs } = await fullHouse(ctx)
    await w.cancel(w.alice.cookie, regs.alice.id)
    for (let i = 0; i < 2; i++) await ctx.db.transaction().execute((trx) => noticeSeatsOffered(trx, [regs.bob.id], ctx.now))
    expect(await kindsOf(ctx.db, w.bob.id)).toEqual(['seat_offered'])
    await expect(recordNotifications(ctx.db, [{ residentId: w.bob.id, centerId: w.centerA, kind: 'seat_offered', dedupeKey: 'x', params: {}, link: '/m' }], ctx.now))
      .rejects.toThrow('Record notifications in the transaction of the change that causes them')
  })
})

describe('a waitlist notice commits or rolls back with its cause', () => {
  const crash = crashAfterNotification()
  const ctx = useTestApp({ plugins: [crash.plugin] })

  it('leaves neither the change nor the notice when the transaction dies after writing both', async () => {
    const { w, regs } = await fullHouse(ctx)
    const statuses = async () => Object.fromEntries((await ctx.db.selectFrom('registrations').select(['id', 'status']).execute()).map((r) => [r.id, r.status]))
    const before = await statuses()

    crash.arm()
    expect((await w.cancel(w.alice.cookie, regs.alice.id)).statusCode).toBe(500)
    expect(crash.armed).toBe(false)
    expect(await statuses()).toEqual(before)
    expect(await countNotifications(ctx.db)).toBe(0)

    // Done for real, the cancellation and the offer commit together.
    expect((await w.cancel(w.alice.cookie, regs.alice.id)).statusCode).toBe(200)
    expect(await kindsOf(ctx.db, w.bob.id)).toEqual(['seat_offered'])

    // The timer's transaction: a crash after the lapse and the next offer were written leaves neither.
    ctx.now = at('2026-11-20T04:00:00Z')
    const settled = await statuses()
    crash.arm()
    expect(await advanceOffers(ctx.app)).toEqual({ expired: 0, lapsed: 0, offered: 0 })
    expect(await statuses()).toEqual(settled)
    expect(await countNotifications(ctx.db)).toBe(1)
    expect(await advanceOffers(ctx.app)).toEqual({ expired: 1, lapsed: 0, offered: 1 })
    expect(await kindsOf(ctx.db, w.bob.id)).toEqual(['seat_offered', 'offer_lapsed'])
    expect(await kindsOf(ctx.db, w.carol.id)).toEqual(['seat_offered'])
  })
})
