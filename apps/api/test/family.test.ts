import type { Booking, DeskFamilyLink, Family, FamilyLink, Registration } from '@linli/contracts'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { newBookingWorld } from './support/booking-world'
import { countRows, newResident, newStaff, signIn } from './support/factories'
import { type FakeProvider, fakeTencent } from './support/sms-provider-servers'
import { useTestApp } from './support/test-app'

/*
 * Family proxies (代预约). The member's code goes out through a Tencent SMS provider on this
 * machine, so the test reads it from what the provider received, as the member reads it from
 * their phone and tells it to the proxy.
 */
const KEYS = { id: 'AKIDLinliFamily', secret: 'tencent-family-key', sdkAppId: '1400000010' }
const env: Record<string, string> = {
  SMS_PROVIDER: 'tencent', SMS_SECRET_ID: KEYS.id, SMS_SECRET_KEY: KEYS.secret, SMS_SDK_APP_ID: KEYS.sdkAppId,
  SMS_SIGN_NAME: '邻里中心', SMS_TEMPLATES: '{}', SMS_CODE_TEMPLATE: '2000001',
}
let provider: FakeProvider
beforeAll(async () => {
  provider = await fakeTencent(KEYS)
  env.SMS_ENDPOINT = provider.url
})
afterAll(() => provider.close())

const ctx = useTestApp({ env })
let addr = 0
const later = (seconds: number) => { ctx.now = new Date(ctx.now.getTime() + seconds * 1000) }
const received = (phone: string) => provider.received.filter((r) => r.phone === `+86${phone}`)
async function smsCode(phone: string, nth = 1) {
  await vi.waitFor(() => expect(received(phone).length).toBeGreaterThanOrEqual(nth), { timeout: 5000 })
  return (received(phone)[nth - 1]!.params as string[])[0]!
}
const wrongOf = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0')

const send = (cookie: string, method: string, url: string, payload?: object) =>
  ctx.app.inject({ method: method as 'POST', url: `/api${url}`, headers: { cookie }, remoteAddress: `192.0.2.${++addr % 250}`, ...(payload && { payload }) })
const askCode = (cookie: string, phone: string) => send(cookie, 'POST', '/residents/me/family/codes', { phone })
const link = (cookie: string, phone: string, code: string) => send(cookie, 'POST', '/residents/me/family', { phone, code })
const family = async (cookie: string) => (await send(cookie, 'GET', '/residents/me/family')).json() as Family
const links = () => countRows(ctx.db, 'family_links')
/** Registers residents at a center's desk: staff link only residents their center knows. */
async function knownAt(centerId: string, ...residents: { id: string }[]) {
  for (const r of residents) await ctx.db.insertInto('center_residents').values({ center_id: centerId, resident_id: r.id, household: null, registered_by_staff_id: null, registered_at: ctx.now }).execute()
}

/** Links proxy to member the way residents do it: a code to the member's phone, typed in by the proxy. */
async function linkByCode(proxy: { cookie: string }, member: { phone: string }) {
  const before = received(member.phone).length
  expect((await askCode(proxy.cookie, member.phone)).statusCode).toBe(202)
  const res = await link(proxy.cookie, member.phone, await smsCode(member.phone, before + 1))
  expect(res.statusCode, res.body).toBe(201)
  return res.json() as FamilyLink
}

describe('linking a family member', () => {
  it('links with the code the member reads out, and both see it', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const made = await linkByCode(w.alice, w.bob)
    expect(made).toMatchObject({ proxyResidentId: w.alice.id, proxyName: '王阿姨', memberResidentId: w.bob.id, memberName: '刘大爷', linkedBy: 'sms_code', centerId: null })
    expect(await family(w.alice.cookie)).toMatchObject({ members: [{ id: made.id, memberName: '刘大爷' }], proxies: [], limit: 5 })
    expect(await family(w.bob.cookie)).toMatchObject({ members: [], proxies: [{ id: made.id, proxyName: '王阿姨', proxyPhone: w.alice.phone }] })
  })

  it('refuses wrong, expired, reused and other-number codes, yourself and twice, with nothing linked', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const carol = await newResident(ctx.db, '张阿姨')
    const before = await links()

    const self = await askCode(w.alice.cookie, w.alice.phone)
    expect([self.statusCode, self.json().code]).toEqual([400, 'family_self'])

    await askCode(w.alice.cookie, w.bob.phone)
    const code = await smsCode(w.bob.phone)
    const wrong = await link(w.alice.cookie, w.bob.phone, wrongOf(code))
    expect([wrong.statusCode, wrong.json().code]).toEqual([400, 'code_invalid'])
    // Bob's code typed against Carol's number: codes are bound to the number they were sent to.
    const other = await link(w.alice.cookie, carol.phone, code)
    expect([other.statusCode, other.json().code]).toEqual([400, 'code_invalid'])
    later(301)
    const expired = await link(w.alice.cookie, w.bob.phone, code)
    expect([expired.statusCode, expired.json().code]).toEqual([400, 'code_expired'])
    expect(await links()).toBe(before)

    const made = await linkByCode(w.alice, w.bob)
    const again = await askCode(w.alice.cookie, w.bob.phone)
    expect([again.statusCode, again.json().code]).toEqual([409, 'family_already_linked'])
    // Unlinked, the old code still does not link again.
    expect((await send(w.bob.cookie, 'DELETE', `/residents/me/family/${made.id}`)).statusCode).toBe(204)
    const reused = await link(w.alice.cookie, w.bob.phone, await smsCode(w.bob.phone, 2))
    expect([reused.statusCode, reused.json().code]).toEqual([400, 'code_used'])
    expect(await links()).toBe(before)
  })

  it('answers a number without an account like any other, sends it nothing, and no code links it', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const stranger = '13712345678'
    const res = await askCode(w.alice.cookie, stranger)
    expect([res.statusCode, res.json()]).toEqual([202, { expiresInSeconds: 300, resendAfterSeconds: 60 }])
    await new Promise((r) => setTimeout(r, 200))
    expect(received(stranger)).toEqual([])
    const guess = await link(w.alice.cookie, stranger, '123456')
    expect([guess.statusCode, guess.json().code]).toEqual([400, 'code_invalid'])
  })

  it('lets the member or the proxy unlink, and no one else', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const carol = await newResident(ctx.db, '张阿姨')
    const made = await linkByCode(w.alice, w.bob)
    expect((await send(carol.cookie, 'DELETE', `/residents/me/family/${made.id}`)).statusCode).toBe(404)
    expect((await send(w.alice.cookie, 'DELETE', `/residents/me/family/${made.id}`)).statusCode).toBe(204)
    expect((await family(w.bob.cookie)).proxies).toEqual([])
  })

  it('holds a proxy to five members, in the answer and in the database', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const staff = await signIn(ctx.app, w.usernames.staff)
    await knownAt(w.centerA, w.alice)
    for (let i = 0; i < 5; i++) {
      const m = await newResident(ctx.db, `家人${i}`)
      await knownAt(w.centerA, m)
      const res = await send(staff.cookie, 'POST', `/centers/${w.centerA}/family-links`, { proxyPhone: w.alice.phone, memberPhone: m.phone })
      expect(res.statusCode, res.body).toBe(201)
    }
    const sixth = await newResident(ctx.db, '家人5')
    await knownAt(w.centerA, sixth)
    const desk = await send(staff.cookie, 'POST', `/centers/${w.centerA}/family-links`, { proxyPhone: w.alice.phone, memberPhone: sixth.phone })
    expect([desk.statusCode, desk.json().code]).toEqual([409, 'family_limit'])
    const byCode = await askCode(w.alice.cookie, sixth.phone)
    expect([byCode.statusCode, byCode.json().code]).toEqual([409, 'family_limit'])
    // The database refuses it too, whoever writes.
    await expect(ctx.db.insertInto('family_links').values({ proxy_resident_id: w.alice.id, member_resident_id: sixth.id, method: 'staff', created_at: ctx.now }).execute())
      .rejects.toMatchObject({ code: '23514', constraint: 'family_links_limit' })
    await expect(ctx.db.insertInto('family_links').values({ proxy_resident_id: sixth.id, member_resident_id: sixth.id, method: 'staff', created_at: ctx.now }).execute())
      .rejects.toMatchObject({ code: '23514' })
  })
})

describe('staff linking residents at the desk', () => {
  it('links two residents by number, lists and unlinks, all in the audit log; other centers cannot', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const staff = await signIn(ctx.app, w.usernames.staff)
    await knownAt(w.centerA, w.alice, w.bob)
    const unknown = await send(staff.cookie, 'POST', `/centers/${w.centerA}/family-links`, { proxyPhone: w.alice.phone, memberPhone: '13700000001' })
    expect([unknown.statusCode, unknown.json().code, unknown.json().details]).toEqual([404, 'resident_not_here', [{ path: 'body/memberPhone', message: 'is not known to this center' }]])
    const same = await send(staff.cookie, 'POST', `/centers/${w.centerA}/family-links`, { proxyPhone: w.alice.phone, memberPhone: w.alice.phone })
    expect([same.statusCode, same.json().code]).toEqual([400, 'family_self'])

    const res = await send(staff.cookie, 'POST', `/centers/${w.centerA}/family-links`, { proxyPhone: w.alice.phone, memberPhone: w.bob.phone })
    expect(res.statusCode).toBe(201)
    const made = res.json() as DeskFamilyLink
    // Staff see the numbers masked, as on the 居民 list: the answer carries neither number whole.
    const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`
    expect(made).toMatchObject({
      linkedBy: 'staff', centerId: w.centerA, proxyName: '王阿姨', memberName: '刘大爷', proxyMaskedPhone: masked(w.alice.phone), memberMaskedPhone: masked(w.bob.phone),
    })
    expect(res.body).not.toContain(w.alice.phone)
    expect(res.body).not.toContain(w.bob.phone)
    const twice = await send(staff.cookie, 'POST', `/centers/${w.centerA}/family-links`, { proxyPhone: w.alice.phone, memberPhone: w.bob.phone })
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'family_already_linked'])
    const listed = await send(staff.cookie, 'GET', `/centers/${w.centerA}/family-links`)
    expect(listed.json().items).toEqual([made])
    expect(listed.body).not.toContain(w.alice.phone)
    expect(listed.body).not.toContain(w.bob.phone)
    expect((await family(w.bob.cookie)).proxies.map((l) => l.id)).toEqual([made.id])

    const elsewhere = await newStaff(ctx.db, 'center_staff', { centerId: w.centerB })
    const foreign = await signIn(ctx.app, elsewhere.username)
    expect((await send(foreign.cookie, 'DELETE', `/family-links/${made.id}`)).statusCode).toBe(403)
    expect((await send(foreign.cookie, 'GET', `/centers/${w.centerA}/family-links`)).statusCode).toBe(403)
    expect((await send(staff.cookie, 'DELETE', `/family-links/${made.id}`)).statusCode).toBe(204)
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'actor_kind', 'center_id']).where('entity', '=', 'family_link').where('entity_id', '=', made.id).orderBy('at').execute()
    expect(audit).toEqual([{ action: 'create', actor_kind: 'staff', center_id: w.centerA }, { action: 'delete', actor_kind: 'staff', center_id: w.centerA }])
    const logged = await ctx.db.selectFrom('audit_log').select(['before', 'after']).where('entity', '=', 'family_link').where('entity_id', '=', made.id).execute()
    expect(JSON.stringify(logged)).not.toContain(w.bob.phone)
  })

  it('links only residents the center knows, and district admins only in their region; a refusal writes nothing', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const carol = await newResident(ctx.db, '张阿姨')
    await knownAt(w.centerA, w.alice)
    await knownAt(w.centerB, w.bob, carol)
    const before = await links()
    const otherCenters = await send(w.as.staff, 'POST', `/centers/${w.centerA}/family-links`, { proxyPhone: w.alice.phone, memberPhone: w.bob.phone })
    expect([otherCenters.statusCode, otherCenters.json().code, otherCenters.json().details]).toEqual([404, 'resident_not_here', [{ path: 'body/memberPhone', message: 'is not known to this center' }]])
    expect(otherCenters.json().message).toContain('register them at the desk first')
    const proxyElsewhere = await send(w.as.staff, 'POST', `/centers/${w.centerA}/family-links`, { proxyPhone: carol.phone, memberPhone: w.alice.phone })
    expect([proxyElsewhere.statusCode, proxyElsewhere.json().details[0].path]).toEqual([404, 'body/proxyPhone'])
    // Center A's admin may not reach into center B, in another district.
    expect((await send(w.as.admin, 'POST', `/centers/${w.centerB}/family-links`, { proxyPhone: carol.phone, memberPhone: w.bob.phone })).statusCode).toBe(403)
    expect(await links()).toBe(before)
    await knownAt(w.centerA, w.bob)
    const byAdmin = await send(w.as.admin, 'POST', `/centers/${w.centerA}/family-links`, { proxyPhone: w.alice.phone, memberPhone: w.bob.phone })
    expect([byAdmin.statusCode, byAdmin.json().centerId]).toEqual([201, w.centerA])
  })
})

describe('acting for a family member', () => {
  it('books, lists and cancels for the member: the quota is theirs, the proxy is recorded and staff see who acted', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    await linkByCode(w.alice, w.bob)
    const res = await w.book(w.alice.cookie, w.room.id, { ...w.slot('2026-11-23', '09:00', '10:00'), forResidentId: w.bob.id })
    expect(res.statusCode, res.body).toBe(201)
    const booking = res.json() as Booking
    expect(booking).toMatchObject({ residentId: w.bob.id, bookerName: '刘大爷', actedByResidentId: w.alice.id, actedByName: '王阿姨' })

    // The member sees it with who booked; the proxy sees it under the member, not among their own.
    const bobs = (await send(w.bob.cookie, 'GET', '/residents/me/bookings')).json().items as Booking[]
    expect(bobs).toEqual([expect.objectContaining({ id: booking.id, actedByName: '王阿姨' })])
    expect((await send(w.alice.cookie, 'GET', '/residents/me/bookings')).json().items).toEqual([])
    expect((await send(w.alice.cookie, 'GET', `/residents/me/bookings?forResidentId=${w.bob.id}`)).json().items.map((b: Booking) => b.id)).toEqual([booking.id])
    const quota = (who: string, query = '') => send(who, 'GET', `/rooms/${w.room.id}/booking-quota?date=2026-11-23${query}`)
    expect((await quota(w.alice.cookie, `&forResidentId=${w.bob.id}`)).json()).toMatchObject({ bookedInWeek: 1 })
    expect((await quota(w.alice.cookie)).json()).toMatchObject({ bookedInWeek: 0 })
    const staffList = (await send(w.as.staff, 'GET', `/centers/${w.centerA}/bookings`)).json().items as Booking[]
    expect(staffList.find((b) => b.id === booking.id)).toMatchObject({ bookerName: '刘大爷', actedByName: '王阿姨' })

    const cancelled = await send(w.alice.cookie, 'POST', `/bookings/${booking.id}/cancel`)
    expect([cancelled.statusCode, cancelled.json().status]).toEqual([200, 'cancelled'])
    const events = await ctx.db.selectFrom('booking_events').select(['actor_kind', 'actor_id', 'to_status']).where('booking_id', '=', booking.id).orderBy('at').execute()
    expect(events).toEqual([
      { actor_kind: 'resident', actor_id: w.alice.id, to_status: 'approved' },
      { actor_kind: 'resident', actor_id: w.alice.id, to_status: 'cancelled' },
    ])
  })

  it('counts the weekly quota against the member, and says whose it is', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    await ctx.db.updateTable('centers').set({ booking_policy: JSON.stringify({ weeklyQuota: 1 }) }).where('id', '=', w.centerA).execute()
    await linkByCode(w.alice, w.bob)
    expect((await w.book(w.bob.cookie, w.room.id, w.slot('2026-11-23', '09:00', '10:00'))).statusCode).toBe(201)
    const over = await w.book(w.alice.cookie, w.room.id, { ...w.slot('2026-11-24', '09:00', '10:00'), forResidentId: w.bob.id })
    expect([over.statusCode, over.json().code]).toEqual([400, 'weekly_quota_reached'])
    expect(over.json().details).toContainEqual({ path: 'forResidentId', message: '刘大爷' })
    // The proxy's own quota is untouched.
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-24', '09:00', '10:00'))).statusCode).toBe(201)
  })

  it('refuses a suspended member by name, and leaves the proxy free to book for themselves', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    await linkByCode(w.alice, w.bob)
    await ctx.db.insertInto('suspensions').values({
      center_id: w.centerA, resident_id: w.bob.id, starts_at: new Date('2026-11-01T00:00:00Z'), ends_at: new Date('2027-03-01T00:00:00Z'), no_shows: 2, window_days: 120,
    }).execute()
    const bookings = await countRows(ctx.db, 'bookings')
    const res = await w.book(w.alice.cookie, w.room.id, { ...w.slot('2026-11-23', '09:00', '10:00'), forResidentId: w.bob.id })
    expect([res.statusCode, res.json().code]).toEqual([403, 'resident_suspended'])
    expect(res.json().message).toContain('刘大爷')
    expect(res.json().details).toContainEqual({ path: 'forResidentId', message: '刘大爷' })
    expect(await countRows(ctx.db, 'bookings')).toBe(bookings)
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-23', '09:00', '10:00'))).statusCode).toBe(201)
  })

  it('refuses acting for someone not linked, or who unlinked mid-way, with nothing written', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const carol = await newResident(ctx.db, '张阿姨')
    const notLinked = await w.book(w.alice.cookie, w.room.id, { ...w.slot('2026-11-23', '09:00', '10:00'), forResidentId: carol.id })
    expect([notLinked.statusCode, notLinked.json().code]).toEqual([403, 'family_not_linked'])
    expect((await send(w.alice.cookie, 'GET', `/residents/me/bookings?forResidentId=${carol.id}`)).statusCode).toBe(403)

    const made = await linkByCode(w.alice, w.bob)
    const booked = (await w.book(w.alice.cookie, w.room.id, { ...w.slot('2026-11-23', '09:00', '10:00'), forResidentId: w.bob.id })).json() as Booking
    // Bob unlinks while Alice still has the page open.
    expect((await send(w.bob.cookie, 'DELETE', `/residents/me/family/${made.id}`)).statusCode).toBe(204)
    const bookings = await countRows(ctx.db, 'bookings')
    const after = await w.book(w.alice.cookie, w.room.id, { ...w.slot('2026-11-23', '11:00', '12:00'), forResidentId: w.bob.id })
    expect([after.statusCode, after.json().code]).toEqual([403, 'family_not_linked'])
    expect((await send(w.alice.cookie, 'POST', `/bookings/${booked.id}/cancel`)).statusCode).toBe(404)
    expect((await send(w.alice.cookie, 'GET', `/residents/me/bookings?forResidentId=${w.bob.id}`)).json().code).toBe('family_not_linked')
    expect(await countRows(ctx.db, 'bookings')).toBe(bookings)
    expect((await send(w.bob.cookie, 'GET', `/bookings/${booked.id}`)).json().status).toBe('approved')
  })

  it('signs the member up and cancels, shows who acted on the roster, and refuses signing them up twice by name', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    await linkByCode(w.alice, w.bob)
    const created = await send(w.as.staff, 'POST', `/centers/${w.centerA}/activities`, {
      title: '健康讲座', category: 'health', organiserKind: 'center', organiserName: '中心', roomId: null, location: '社区广场',
      startsLocal: '2026-11-23T09:00', endsLocal: '2026-11-23T10:00', capacity: 5,
    })
    const occurrence = (await ctx.db.selectFrom('occurrences').select('id').where('activity_id', '=', created.json().id).executeTakeFirstOrThrow()).id
    const res = await send(w.alice.cookie, 'POST', `/occurrences/${occurrence}/registrations`, { forResidentId: w.bob.id })
    expect(res.statusCode, res.body).toBe(201)
    const reg = res.json().items[0] as Registration
    expect(reg).toMatchObject({ status: 'confirmed', actedByResidentId: w.alice.id, actedByName: '王阿姨' })
    const twice = await send(w.alice.cookie, 'POST', `/occurrences/${occurrence}/registrations`, { forResidentId: w.bob.id })
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'already_registered'])
    expect(twice.json().details).toContainEqual({ path: 'forResidentId', message: '刘大爷' })

    const roster = (await send(w.as.staff, 'GET', `/occurrences/${occurrence}/roster`)).json()
    expect(roster.entries).toEqual([expect.objectContaining({ residentId: w.bob.id, residentName: '刘大爷', actedByName: '王阿姨' })])
    expect((await send(w.bob.cookie, 'GET', '/residents/me/registrations')).json().items).toEqual([expect.objectContaining({ id: reg.id, actedByName: '王阿姨' })])
    expect((await send(w.alice.cookie, 'GET', `/residents/me/registrations?forResidentId=${w.bob.id}`)).json().items.map((r: Registration) => r.id)).toEqual([reg.id])

    const cancelled = await send(w.alice.cookie, 'POST', `/registrations/${reg.id}/cancel`)
    expect([cancelled.statusCode, cancelled.json().status]).toEqual([200, 'cancelled'])
  })

  it('ends every link of a deleted account', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    await linkByCode(w.alice, w.bob)
    const carol = await newResident(ctx.db, '张阿姨')
    await linkByCode(w.bob, carol)
    expect((await send(w.bob.cookie, 'DELETE', '/residents/me', { confirm: '注销' })).statusCode).toBe(204)
    expect(await family(w.alice.cookie)).toMatchObject({ members: [], proxies: [] })
    expect(await family(carol.cookie)).toMatchObject({ members: [], proxies: [] })
  })
})
