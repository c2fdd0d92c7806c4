import { describe, expect, it } from 'vitest'
import { newBookingWorld } from './support/booking-world'
import { newResident } from './support/factories'
import { useTestApp } from './support/test-app'

type World = Awaited<ReturnType<typeof newBookingWorld>>

describe('households and organisations share a weekly quota across their members', () => {
  const ctx = useTestApp()

  /** Residents' own limits out of the way, so only the shared one is at stake; both known at the desk. */
  async function world() {
    const w = await newBookingWorld(ctx.app, ctx.db)
    await ctx.db.updateTable('centers').set({ booking_policy: JSON.stringify({ weeklyQuota: 100, maxUpcoming: 100 }) }).where('id', '=', w.centerA).execute()
    const carol = await newResident(ctx.db, '赵丽')
    await ctx.db.insertInto('center_residents').values([w.alice, w.bob, carol].map((r) => ({ center_id: w.centerA, resident_id: r.id, registered_at: ctx.now }))).execute()
    return { ...w, carol }
  }
  const staffPost = (w: World, url: string, payload: object) => ctx.app.inject({ method: 'POST', url, headers: { cookie: w.as.staff }, payload })
  const household = async (w: World, payload: object) => staffPost(w, `/api/centers/${w.centerA}/households`, payload)
  const organisation = async (w: World, payload: object) => staffPost(w, `/api/centers/${w.centerA}/organisations`, payload)

  it('refuses a household member\'s booking once the household used its week, whoever of them booked', async () => {
    const w = await world()
    const h = await household(w, { name: '幸福里3号楼201', weeklyQuota: 2, memberIds: [w.alice.id, w.bob.id] })
    expect(h.statusCode).toBe(201)
    expect(h.json().members.map((m: { name: string }) => m.name)).toEqual(expect.arrayContaining(['王阿姨', '刘大爷']))
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-23', '09:00', '10:00'))).statusCode).toBe(201)
    expect((await w.book(w.bob.cookie, w.room.id, w.slot('2026-11-23', '11:00', '12:00'))).statusCode).toBe(201)
    const third = await w.book(w.bob.cookie, w.room.id, w.slot('2026-11-24', '09:00', '10:00'))
    expect([third.statusCode, third.json().code]).toEqual([400, 'household_quota_reached'])
    expect(third.json().message).toContain('幸福里3号楼201')
    // A resident outside the household is not held back.
    expect((await w.book(w.carol.cookie, w.room.id, w.slot('2026-11-24', '09:00', '10:00'))).statusCode).toBe(201)
    // Each member's "download my data" says which household they are in.
    const mine = (await ctx.app.inject({ method: 'GET', url: '/api/residents/me/export', headers: { cookie: w.bob.cookie } })).json()
    expect(mine.households).toEqual([expect.objectContaining({ household: '幸福里3号楼201', weeklyQuota: 2 })])
  })

  it('lets only one of two members booking at the same moment take the household\'s last booking', async () => {
    const w = await world()
    await household(w, { name: '幸福里5号楼', weeklyQuota: 1, memberIds: [w.alice.id, w.bob.id] })
    const both = await Promise.all([
      w.book(w.alice.cookie, w.room.id, w.slot('2026-11-23', '09:00', '10:00')),
      w.book(w.bob.cookie, w.hall.id, w.slot('2026-11-23', '09:00', '10:00')),
    ])
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 400])
    expect(both.find((r) => r.statusCode === 400)!.json().code).toBe('household_quota_reached')
    const held = await ctx.db.selectFrom('bookings').select('id').where('resident_id', 'in', [w.alice.id, w.bob.id]).execute()
    expect(held).toHaveLength(1)
  })

  it('lets only one of two members booking for an organisation at once take its last booking', async () => {
    const w = await world()
    const org = (await organisation(w, { name: '夕阳红合唱团', weeklyQuota: 1, memberIds: [w.alice.id, w.bob.id], publishName: true })).json()
    const both = await Promise.all([
      w.book(w.alice.cookie, w.room.id, { ...w.slot('2026-11-23', '09:00', '10:00'), organisationId: org.id }),
      w.book(w.bob.cookie, w.hall.id, { ...w.slot('2026-11-23', '09:00', '10:00'), organisationId: org.id }),
    ])
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 400])
    expect(both.find((r) => r.statusCode === 400)!.json().code).toBe('organisation_quota_reached')
    // Either may still book for themselves.
    expect((await w.book(w.bob.cookie, w.room.id, w.slot('2026-11-24', '09:00', '10:00'))).statusCode).toBe(201)
    const made = both.find((r) => r.statusCode === 201)!.json()
    expect(made).toMatchObject({ organisationId: org.id, organisationName: '夕阳红合唱团' })
  })

  it('books for an organisation only a member of it, and staff pick it by id or by its old free-text name', async () => {
    const w = await world()
    const org = (await organisation(w, { name: '书法协会', memberIds: [w.alice.id] })).json()
    const outsider = await w.book(w.carol.cookie, w.room.id, { ...w.slot('2026-11-23', '09:00', '10:00'), organisationId: org.id })
    expect([outsider.statusCode, outsider.json().code]).toEqual([400, 'organisation_not_member'])
    const byName = await staffPost(w, `/api/rooms/${w.room.id}/staff-bookings`, { ...w.slot('2026-11-23', '11:00', '12:00'), purpose: '练字', headcount: 6, organisationName: '书法协会' })
    expect(byName.statusCode).toBe(201)
    expect(byName.json()).toMatchObject({ organisationId: org.id, organisationName: '书法协会', bookerName: '书法协会' })
    const fresh = await staffPost(w, `/api/rooms/${w.room.id}/staff-bookings`, { ...w.slot('2026-11-23', '14:00', '15:00'), purpose: '议事', headcount: 6, organisationName: '楼栋议事会' })
    expect(fresh.json().organisationName).toBe('楼栋议事会')
    const list = (await ctx.app.inject({ method: 'GET', url: `/api/centers/${w.centerA}/organisations`, headers: { cookie: w.as.staff } })).json().items
    expect(list.map((o: { name: string }) => o.name)).toEqual(['书法协会', '楼栋议事会'])
    const mine = await ctx.app.inject({ method: 'GET', url: `/api/residents/me/organisations?centerId=${w.centerA}`, headers: { cookie: w.alice.cookie } })
    expect(mine.json().items).toEqual([{ id: org.id, name: '书法协会', publishName: false }])
  })

  it('shows an organisation\'s name on public screens only when the booking asks and the organisation allows it', async () => {
    const w = await world()
    const org = (await organisation(w, { name: '太极拳队', memberIds: [w.alice.id] })).json()
    await w.book(w.alice.cookie, w.room.id, { ...w.slot('2026-11-23', '09:00', '10:00'), organisationId: org.id, publishOrganisation: true })
    const labels = async () => (await ctx.app.inject({ method: 'GET', url: `/api/centers/${w.centerA}/schedule?from=2026-11-23&to=2026-11-23` })).json().occupied
      .map((o: { label: string; named: boolean }) => [o.label, o.named])
    expect(await labels()).toEqual([['已占用', false]])
    const patched = await ctx.app.inject({ method: 'PATCH', url: `/api/organisations/${org.id}`, headers: { cookie: w.as.staff }, payload: { publishName: true } })
    expect(patched.statusCode).toBe(200)
    expect(await labels()).toEqual([['太极拳队', true]])
  })

  it('refuses a resident already in another household with a 400 naming it, and a quota of zero or less', async () => {
    const w = await world()
    await household(w, { name: '幸福里3号楼201', memberIds: [w.alice.id] })
    const second = (await household(w, { name: '幸福里4号楼', memberIds: [w.carol.id] })).json()
    const before = await ctx.db.selectFrom('household_members').selectAll().execute()
    const add = await staffPost(w, `/api/households/${second.id}/members`, { residentId: w.alice.id })
    expect([add.statusCode, add.json().code]).toEqual([400, 'resident_in_other_household'])
    expect(add.json().message).toContain('幸福里3号楼201')
    const made = await household(w, { name: '另一户', memberIds: [w.bob.id, w.alice.id] })
    expect([made.statusCode, made.json().code]).toEqual([400, 'resident_in_other_household'])
    for (const weeklyQuota of [0, -1]) {
      expect((await household(w, { name: '零配额', weeklyQuota })).statusCode).toBe(400)
      expect((await organisation(w, { name: '零配额', weeklyQuota })).statusCode).toBe(400)
      const patch = await ctx.app.inject({ method: 'PATCH', url: `/api/households/${second.id}`, headers: { cookie: w.as.staff }, payload: { weeklyQuota } })
      expect(patch.statusCode).toBe(400)
    }
    expect(await ctx.db.selectFrom('household_members').selectAll().execute()).toEqual(before)
    expect(await ctx.db.selectFrom('households').select('name').where('name', '=', '零配额').execute()).toEqual([])
    // A save with nothing changed answers the household as it is, not an error.
    const unchanged = await ctx.app.inject({ method: 'PATCH', url: `/api/households/${second.id}`, headers: { cookie: w.as.staff }, payload: {} })
    expect([unchanged.statusCode, unchanged.json().id]).toEqual([200, second.id])
  })

  it('makes a household from a family link in one click, and adds the other when one of them has one', async () => {
    const w = await world()
    const link = async (proxy: string, member: string) => (await ctx.db.insertInto('family_links').values({
      proxy_resident_id: proxy, member_resident_id: member, method: 'staff', center_id: w.centerA, created_at: ctx.now,
    }).returning('id').executeTakeFirstOrThrow()).id
    const first = await staffPost(w, `/api/centers/${w.centerA}/households/from-family-link`, { familyLinkId: await link(w.alice.id, w.bob.id) })
    expect(first.statusCode).toBe(201)
    expect(first.json()).toMatchObject({ name: '王阿姨家' })
    const joined = await staffPost(w, `/api/centers/${w.centerA}/households/from-family-link`, { familyLinkId: await link(w.carol.id, w.bob.id) })
    expect(joined.statusCode).toBe(200)
    expect(joined.json().id).toBe(first.json().id)
    expect(joined.json().members).toHaveLength(3)
  })
})
