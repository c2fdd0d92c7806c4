import { describe, expect, it } from 'vitest'
import type { GroupMember, ResidentGroup } from '@linli/contracts'
import { newStaff, signIn } from './support/factories'
import { newParticipationWorld } from './support/participation-world'
import { useTestApp } from './support/test-app'

describe('target groups and their members', () => {
  const ctx = useTestApp()

  it('creates, renames and deletes groups; names are unique per center', async () => {
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const url = `/api/centers/${w.centerA}/groups`
    const created = await ctx.app.inject({ method: 'POST', url, headers: { cookie: w.as.staff }, payload: { name: '党员', description: '社区在册党员' } })
    expect(created.statusCode).toBe(201)
    const group = created.json() as ResidentGroup
    expect(group).toMatchObject({ centerId: w.centerA, name: '党员', description: '社区在册党员', memberCount: 0 })
    const dup = await ctx.app.inject({ method: 'POST', url, headers: { cookie: w.as.staff }, payload: { name: '党员' } })
    expect(dup.statusCode).toBe(409)
    expect(dup.json()).toMatchObject({ code: 'duplicate_name', message: 'A group with this name already exists in this center' })
    await ctx.app.inject({ method: 'POST', url, headers: { cookie: w.as.staff }, payload: { name: '银龄' } })
    const renamed = await ctx.app.inject({ method: 'PATCH', url: `/api/groups/${group.id}`, headers: { cookie: w.as.staff }, payload: { name: '在职党员' } })
    expect(renamed.json()).toMatchObject({ name: '在职党员', description: '社区在册党员' })
    const list = (await ctx.app.inject({ url, headers: { cookie: w.as.staff } })).json().items as ResidentGroup[]
    expect(list.map((g) => g.name).sort()).toEqual(['在职党员', '银龄'])
    expect((await ctx.app.inject({ method: 'PATCH', url: `/api/groups/${group.id}`, headers: { cookie: w.as.staff }, payload: { name: '银龄' } })).statusCode).toBe(409)
    expect((await ctx.app.inject({ method: 'DELETE', url: `/api/groups/${group.id}`, headers: { cookie: w.as.staff } })).statusCode).toBe(204)
    expect((await ctx.app.inject({ url: `/api/groups/${group.id}/members`, headers: { cookie: w.as.staff } })).statusCode).toBe(404)
  })

  it('adds members by id and phone; one unknown phone adds nobody and is named in the 400', async () => {
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const group = (await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/groups`, headers: { cookie: w.as.staff }, payload: { name: '四点半课堂家长' } })).json() as ResidentGroup
    const members = `/api/groups/${group.id}/members`
    const bad = await ctx.app.inject({ method: 'POST', url: members, headers: { cookie: w.as.staff }, payload: { residentIds: [w.alice.id], phones: [w.bob.phone, '13000000002', '13000000003'] } })
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({
      code: 'unknown_residents',
      details: [{ path: 'body/phones', message: '13000000002 has no resident account' }, { path: 'body/phones', message: '13000000003 has no resident account' }],
    })
    expect((await ctx.app.inject({ url: members, headers: { cookie: w.as.staff } })).json().items).toEqual([])

    const ok = await ctx.app.inject({ method: 'POST', url: members, headers: { cookie: w.as.staff }, payload: { residentIds: [w.alice.id], phones: [w.bob.phone, w.alice.phone] } })
    expect(ok.statusCode).toBe(200)
    expect((ok.json().items as GroupMember[]).map((m) => [m.name, m.phone]).sort()).toEqual([['刘大爷', w.bob.phone], ['王阿姨', w.alice.phone]].sort())
    // Adding someone twice is harmless.
    await ctx.app.inject({ method: 'POST', url: members, headers: { cookie: w.as.staff }, payload: { phones: [w.bob.phone] } })
    expect((await ctx.app.inject({ url: `/api/centers/${w.centerA}/groups`, headers: { cookie: w.as.staff } })).json().items[0].memberCount).toBe(2)
    expect((await ctx.app.inject({ method: 'DELETE', url: `${members}/${w.bob.id}`, headers: { cookie: w.as.staff } })).statusCode).toBe(204)
    expect((await ctx.app.inject({ method: 'DELETE', url: `${members}/${w.bob.id}`, headers: { cookie: w.as.staff } })).statusCode).toBe(404)
    expect((await ctx.app.inject({ url: members, headers: { cookie: w.as.staff } })).json().items.map((m: GroupMember) => m.residentId)).toEqual([w.alice.id])

    const other = await newStaff(ctx.db, 'center_staff', { centerId: w.centerB })
    const foreign = await ctx.app.inject({ url: members, headers: { cookie: (await signIn(ctx.app, other.username)).cookie } })
    expect(foreign.statusCode).toBe(403)
  })
})

describe('a center’s participation rules', () => {
  const ctx = useTestApp()

  it('shows the defaults to staff and lets only managers change them, thresholds going up', async () => {
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const url = `/api/centers/${w.centerA}/participation-policy`
    expect((await ctx.app.inject({ url, headers: { cookie: w.as.staff } })).json()).toMatchObject({ offerHoldMinutes: 120, checkInOpensMinutes: 30, kioskLeaderboard: false })
    expect((await ctx.app.inject({ method: 'PATCH', url, headers: { cookie: w.as.staff }, payload: { offerHoldMinutes: 60 } })).statusCode).toBe(403)
    const down = await ctx.app.inject({ method: 'PATCH', url, headers: { cookie: w.as.manager }, payload: { starThresholds: [10, 5] } })
    expect(down.statusCode).toBe(400)
    expect(down.json().code).toBe('invalid_policy')
    const ok = await ctx.app.inject({ method: 'PATCH', url, headers: { cookie: w.as.manager }, payload: { offerHoldMinutes: 60, kioskLeaderboard: true } })
    expect(ok.json()).toMatchObject({ offerHoldMinutes: 60, kioskLeaderboard: true, lateCancelMinutes: 120 })
    await ctx.app.inject({ method: 'PATCH', url, headers: { cookie: w.as.manager }, payload: { checkInOpensMinutes: 15 } })
    expect((await ctx.app.inject({ url, headers: { cookie: w.as.staff } })).json()).toMatchObject({ offerHoldMinutes: 60, checkInOpensMinutes: 15 })
    const audit = await ctx.db.selectFrom('audit_log').select('action').where('entity', '=', 'participation_policy').where('entity_id', '=', w.centerA).execute()
    expect(audit).toHaveLength(2)
  })
})
