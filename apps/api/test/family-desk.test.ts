import type { DeskFamily, DeskFamilyLink } from '@linli/contracts'
import { describe, expect, it } from 'vitest'
import { newBookingWorld } from './support/booking-world'
import { countRows, newResident } from './support/factories'
import { useTestApp } from './support/test-app'

/* The 居民 page's family links: one resident's links, read and made by the desk of a center that knows them. */
const ctx = useTestApp()
const send = (cookie: string, method: string, url: string, payload?: object) =>
  ctx.app.inject({ method: method as 'GET', url: `/api${url}`, headers: { cookie }, payload })
async function knownAt(centerId: string, ...residents: { id: string }[]) {
  for (const r of residents) await ctx.db.insertInto('center_residents').values({ center_id: centerId, resident_id: r.id, household: null, registered_by_staff_id: null, registered_at: ctx.now }).execute()
}
const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`

describe('family links on the 居民 page', () => {
  it('links a known resident either way round, lists both sides with numbers masked, and ends the desk link', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const carol = await newResident(ctx.db, '张阿姨')
    await knownAt(w.centerA, w.alice, w.bob, carol)
    const url = (r: { id: string }) => `/centers/${w.centerA}/residents/${r.id}/family-links`
    const acts = await send(w.as.staff, 'POST', url(w.alice), { otherResidentId: w.bob.id, direction: 'acts_for' })
    expect(acts.statusCode, acts.body).toBe(201)
    expect(acts.json()).toMatchObject({ proxyName: '王阿姨', memberName: '刘大爷', memberMaskedPhone: masked(w.bob.phone), linkedBy: 'staff', centerId: w.centerA })
    const actedFor = await send(w.as.staff, 'POST', url(w.alice), { otherResidentId: carol.id, direction: 'acted_for' })
    expect(actedFor.json()).toMatchObject({ proxyName: '张阿姨', memberName: '王阿姨' })

    const read = await send(w.as.staff, 'GET', url(w.alice))
    expect(read.statusCode).toBe(200)
    const family = read.json() as DeskFamily
    expect(family.members.map((l) => l.memberName)).toEqual(['刘大爷'])
    expect(family.proxies.map((l) => l.proxyName)).toEqual(['张阿姨'])
    for (const phone of [w.alice.phone, w.bob.phone, carol.phone]) expect(read.body).not.toContain(phone)
    expect((await send(w.as.staff, 'GET', url(w.bob))).json().proxies.map((l: DeskFamilyLink) => l.proxyName)).toEqual(['王阿姨'])

    const twice = await send(w.as.staff, 'POST', url(w.bob), { otherResidentId: w.alice.id, direction: 'acted_for' })
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'family_already_linked'])
    const self = await send(w.as.staff, 'POST', url(w.alice), { otherResidentId: w.alice.id, direction: 'acts_for' })
    expect([self.statusCode, self.json().code]).toEqual([400, 'family_self'])
    expect((await send(w.as.staff, 'DELETE', `/family-links/${acts.json().id}`)).statusCode).toBe(204)
    expect((await send(w.as.staff, 'GET', url(w.alice))).json().members).toEqual([])
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'center_id']).where('entity', '=', 'family_link').where('entity_id', '=', acts.json().id).orderBy('at').execute()
    expect(audit).toEqual([{ action: 'create', center_id: w.centerA }, { action: 'delete', center_id: w.centerA }])
  })

  it("refuses residents the center does not know and centers outside the staff member's scope, writing nothing", async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const stranger = await newResident(ctx.db, '外中心居民')
    await knownAt(w.centerA, w.alice)
    await knownAt(w.centerB, stranger, w.bob)
    const before = await countRows(ctx.db, 'family_links')
    const other = await send(w.as.staff, 'POST', `/centers/${w.centerA}/residents/${w.alice.id}/family-links`, { otherResidentId: stranger.id, direction: 'acts_for' })
    expect([other.statusCode, other.json().code, other.json().details]).toEqual([404, 'resident_not_here', [{ path: 'body/otherResidentId', message: 'is not known to this center' }]])
    const path = await send(w.as.staff, 'POST', `/centers/${w.centerA}/residents/${stranger.id}/family-links`, { otherResidentId: w.alice.id, direction: 'acts_for' })
    expect([path.statusCode, path.json().code]).toEqual([404, 'not_found'])
    expect((await send(w.as.staff, 'GET', `/centers/${w.centerA}/residents/${stranger.id}/family-links`)).statusCode).toBe(404)
    // Center A's staff and district admin cannot work in center B, another district's.
    for (const cookie of [w.as.staff, w.as.admin]) {
      expect((await send(cookie, 'GET', `/centers/${w.centerB}/residents/${w.bob.id}/family-links`)).statusCode).toBe(403)
      expect((await send(cookie, 'POST', `/centers/${w.centerB}/residents/${w.bob.id}/family-links`, { otherResidentId: stranger.id, direction: 'acts_for' })).statusCode).toBe(403)
    }
    const bad = await send(w.as.staff, 'POST', `/centers/${w.centerA}/residents/${w.alice.id}/family-links`, { otherResidentId: w.bob.id, direction: 'sideways' })
    expect(bad.statusCode).toBe(400)
    expect(await countRows(ctx.db, 'family_links')).toBe(before)
  })
})
