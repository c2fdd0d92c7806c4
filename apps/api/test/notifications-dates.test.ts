import { describe, expect, it } from 'vitest'
import { newResident, signIn } from './support/factories'
import { crashAfterNotification, ignoring } from './support/notification-world'
import { newParticipationWorld } from './support/participation-world'
import { useTestApp } from './support/test-app'

// Each seat taken also brings a sign-up confirmation; those are tested in notifications-events.
const { countNotifications, kindsOf, noticesOf } = ignoring('signup_confirmed')

const at = (iso: string) => new Date(iso)

/** A weekly class on Mondays 09:00 from 2026-11-23, three dates, two seats; the clock at Friday 10:00. */
async function weekly(ctx: ReturnType<typeof useTestApp>) {
  ctx.now = at('2026-11-20T02:00:00Z')
  const w = await newParticipationWorld(ctx.app, ctx.db)
  const a = await w.activity({ title: '书法班', capacity: 2, rrule: 'FREQ=WEEKLY;COUNT=3' })
  // Signed in afresh each time: a session does not outlast the clock moved by days.
  const patch = async (url: string, payload: object) =>
    ctx.app.inject({ method: 'PATCH', url, headers: { cookie: (await signIn(ctx.app, w.usernames.staff)).cookie }, payload })
  return { w, a, patch }
}

describe('activity date cancelled: everyone signed up for that date hears of it', () => {
  const ctx = useTestApp()

  it('tells the seated, the offered and the queued of a cancelled date once, and nobody else', async () => {
    const { w, a, patch } = await weekly(ctx)
    const [first, second] = a.occurrences
    const alice = await w.registered(w.alice.cookie, first!)
    await w.registered(w.bob.cookie, first!)
    const carol = await w.registered(w.carol.cookie, first!)
    expect(carol.status).toBe('waitlisted')
    const erin = await newResident(ctx.db, '赵阿姨')
    await w.cancel(erin.cookie, (await w.registered(erin.cookie, first!)).id)
    await w.registered(w.dave.cookie, second!)

    expect((await patch(`/api/occurrences/${first}`, { status: 'cancelled' })).statusCode).toBe(200)
    expect(await noticesOf(ctx.db, w.alice.id)).toEqual([{
      kind: 'activity_date_cancelled', channels: ['in_app'], link: `/m/registrations?registration=${alice.id}`,
      params: { registrationId: alice.id, occurrenceId: first, activityTitle: '书法班', startsAt: '2026-11-23T09:00:00+08:00' },
    }])
    for (const r of [w.bob, w.carol]) expect(await kindsOf(ctx.db, r.id)).toEqual(['activity_date_cancelled'])
    for (const r of [w.dave, erin]) expect(await kindsOf(ctx.db, r.id)).toEqual([])

    // Saying it again changes nothing; reinstated and cancelled again later, it is news again.
    expect((await patch(`/api/occurrences/${first}`, { status: 'cancelled' })).statusCode).toBe(200)
    expect(await countNotifications(ctx.db)).toBe(3)
    expect((await patch(`/api/occurrences/${first}`, { status: 'scheduled' })).statusCode).toBe(200)
    ctx.now = at('2026-11-20T03:00:00Z')
    expect((await patch(`/api/occurrences/${first}`, { status: 'cancelled' })).statusCode).toBe(200)
    expect(await kindsOf(ctx.db, w.alice.id)).toEqual(['activity_date_cancelled', 'activity_date_cancelled'])
    expect(await countNotifications(ctx.db)).toBe(6)

    // The whole activity cancelled: dave's date is news; the date already called off is not.
    expect((await patch(`/api/activities/${a.id}`, { status: 'cancelled' })).statusCode).toBe(200)
    expect(await noticesOf(ctx.db, w.dave.id)).toMatchObject([{ kind: 'activity_date_cancelled', params: { occurrenceId: second, startsAt: '2026-11-30T09:00:00+08:00' } }])
    expect(await countNotifications(ctx.db)).toBe(7)
  })

  it('tells a resident when their date is taken out of the series, but not of dates over already', async () => {
    const { w, a, patch } = await weekly(ctx)
    const third = a.occurrences[2]!
    await w.registered(w.alice.cookie, third)
    await w.registered(w.bob.cookie, a.occurrences[0]!)
    ctx.now = at('2026-11-23T03:00:00Z') // Monday 11:00: the first date is over
    expect((await patch(`/api/activities/${a.id}`, { exdates: ['2026-11-23T09:00', '2026-12-07T09:00'] })).statusCode).toBe(200)
    expect(await noticesOf(ctx.db, w.alice.id)).toMatchObject([{ kind: 'activity_date_cancelled', params: { occurrenceId: third, startsAt: '2026-12-07T09:00:00+08:00' } }])
    expect(await kindsOf(ctx.db, w.bob.id)).toEqual([])
  })
})

describe('a cancelled date and its notices commit or roll back together', () => {
  const crash = crashAfterNotification()
  const ctx = useTestApp({ plugins: [crash.plugin] })

  it('keeps the date on and tells nobody when the transaction dies after writing the notices', async () => {
    const { w, a, patch } = await weekly(ctx)
    const first = a.occurrences[0]!
    await w.registered(w.alice.cookie, first)
    await w.registered(w.bob.cookie, first)
    const statusOf = async () => (await ctx.db.selectFrom('occurrences').select('status').where('id', '=', first).executeTakeFirstOrThrow()).status
    crash.arm()
    expect((await patch(`/api/occurrences/${first}`, { status: 'cancelled' })).statusCode).toBe(500)
    expect(await statusOf()).toBe('scheduled')
    expect(await countNotifications(ctx.db)).toBe(0)
    crash.arm()
    expect((await patch(`/api/activities/${a.id}`, { status: 'cancelled' })).statusCode).toBe(500)
    expect((await ctx.db.selectFrom('activities').select('status').where('id', '=', a.id).executeTakeFirstOrThrow()).status).toBe('published')
    expect(await countNotifications(ctx.db)).toBe(0)

    expect((await patch(`/api/occurrences/${first}`, { status: 'cancelled' })).statusCode).toBe(200)
    expect(await statusOf()).toBe('cancelled')
    for (const r of [w.alice, w.bob]) expect(await kindsOf(ctx.db, r.id)).toEqual(['activity_date_cancelled'])
  })
})
