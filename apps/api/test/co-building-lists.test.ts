import { describe, expect, it } from 'vitest'
import type { CoBuildingLists, Need, Project, Resource } from '@linli/contracts'
import type { App } from '../src/app-instance'
import type { Database } from '../src/db/database'
import { countJointServices } from '../src/modules/joint-meetings/joint-figures.repository'
import { newUnit } from './support/co-building-list-fixtures'
import { countRows, newStaff, newWorld, signIn } from './support/factories'
import { useTestApp } from './support/test-app'

/** District A's subdistrict with a unit, and center A's staff; the clock stands at 2026-11-20 10:00 in Shanghai. */
async function newLists(app: App, db: Database) {
  const w = await newWorld(app, db)
  const unit = await newUnit(db, w.subA.id, { name: '郑州银行' })
  const foreignUnit = await newUnit(db, w.subB.id, { name: '外区企业' })
  const call = (method: string, url: string, payload?: object, cookie = w.as.staff) =>
    app.inject({ method: method as 'GET', url, headers: { cookie }, ...(payload && { payload }) })
  const resource = async (body: object = {}) => call('POST', '/api/co-building-resources', { unitId: unit.id, kind: 'room', description: '三楼会议室', quantity: '40人', ...body }, w.as.admin)
  const need = (body: object = {}, cookie = w.as.staff) => call('POST', '/api/co-building-needs', { centerId: w.centerA, title: '四点半课堂需要场地', ...body }, cookie)
  return { ...w, unit, foreignUnit, call, resource, need }
}

const counts = async (db: Database) => Promise.all((['co_building_resources', 'co_building_needs', 'co_building_projects', 'co_building_project_needs'] as const).map((t) => countRows(db, t)))

describe('the three lists of co-building (三个清单)', () => {
  const ctx = useTestApp()

  it('matches a unit\'s room to a center\'s need in a project, runs it to completion, and counts it as a joint service', async () => {
    const l = await newLists(ctx.app, ctx.db)
    const resource = (await l.resource()).json() as Resource
    expect(resource).toMatchObject({ unitName: '郑州银行', kind: 'room', quantity: '40人', status: 'available' })
    const need = (await l.need({ description: '每周一到周五下午' })).json() as Need
    expect(need).toMatchObject({ centerId: l.centerA, regionId: null, status: 'open' })

    const created = await l.call('POST', '/api/co-building-projects', { centerId: l.centerA, title: '银行会议室借给四点半课堂', resourceIds: [resource.id], needIds: [need.id] })
    expect(created.statusCode).toBe(201)
    const project = created.json() as Project
    expect(project).toMatchObject({ status: 'preparing', resources: [{ id: resource.id, unitName: '郑州银行' }], needs: [{ id: need.id }], startedOn: null })

    const lists = (await l.call('GET', `/api/centers/${l.centerA}/co-building-lists`)).json() as CoBuildingLists
    expect(lists.needs.map((n) => n.status)).toEqual(['matched'])
    expect(lists.resources.map((r) => r.status)).toEqual(['matched'])
    expect(lists.units.map((u) => u.name)).toEqual(['郑州银行'])

    expect((await l.call('PATCH', `/api/co-building-projects/${project.id}`, { status: 'completed' })).json()).toMatchObject({ statusCode: 409, code: 'invalid_transition' })
    expect((await l.call('PATCH', `/api/co-building-projects/${project.id}`, { status: 'active' })).json()).toMatchObject({ status: 'active', startedOn: '2026-11-20' })
    expect((await l.call('PATCH', `/api/co-building-projects/${project.id}`, { status: 'completed' })).json()).toMatchObject({ status: 'completed', completedOn: '2026-11-20' })
    expect((await l.call('PATCH', `/api/co-building-projects/${project.id}`, { status: 'active' })).json()).toMatchObject({ statusCode: 409, code: 'invalid_transition' })
    expect((await l.call('DELETE', `/api/co-building-projects/${project.id}`)).json()).toMatchObject({ statusCode: 409, code: 'project_under_way' })

    expect(await countJointServices(ctx.db, { regionIds: [l.districtA.id] }, { from: '2026-11-01', to: '2026-11-30' })).toEqual({ projectsCompleted: 1, projectsStarted: 1 })
    expect(await countJointServices(ctx.db, { centerIds: [l.centerA] }, { from: '2026-11-21', to: '2026-11-30' })).toEqual({ projectsCompleted: 0, projectsStarted: 0 })
    expect(await countJointServices(ctx.db, { regionIds: [l.districtB.id] }, { from: '2026-11-01', to: '2026-11-30' })).toEqual({ projectsCompleted: 0, projectsStarted: 0 })
    const audit = await ctx.db.selectFrom('audit_log').select('action').where('entity', '=', 'co_building_project').where('entity_id', '=', project.id).execute()
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update'])
  })

  it('enforces each list\'s status transitions', async () => {
    const l = await newLists(ctx.app, ctx.db)
    const need = (await l.need()).json() as Need
    const setNeed = (status: string) => l.call('PATCH', `/api/co-building-needs/${need.id}`, { status })
    expect((await setNeed('done')).json()).toMatchObject({ statusCode: 409, code: 'invalid_transition' })
    expect((await setNeed('matched')).json()).toMatchObject({ status: 'matched' })
    expect((await setNeed('done')).json()).toMatchObject({ status: 'done' })
    expect((await setNeed('open')).json()).toMatchObject({ statusCode: 409, code: 'invalid_transition' })
    const resource = (await l.resource()).json() as Resource
    const setResource = (status: string) => l.call('PATCH', `/api/co-building-resources/${resource.id}`, { status }, l.as.admin)
    expect((await setResource('retired')).json()).toMatchObject({ status: 'retired' })
    expect((await setResource('matched')).json()).toMatchObject({ statusCode: 409, code: 'invalid_transition' })
    expect((await setResource('available')).json()).toMatchObject({ status: 'available' })
    expect((await setResource('unknown')).statusCode).toBe(400)
    // A done need cannot go into a new project.
    expect((await l.call('POST', '/api/co-building-projects', { centerId: l.centerA, title: '项目', resourceIds: [resource.id], needIds: [need.id] })).json())
      .toMatchObject({ statusCode: 409, code: 'need_not_open' })
  })

  it('lets a center\'s staff run its needs and projects, and district admins those of their regions, nobody else', async () => {
    const l = await newLists(ctx.app, ctx.db)
    const staffB = (await signIn(ctx.app, (await newStaff(ctx.db, 'center_staff', { centerId: l.centerB })).username)).cookie
    const adminB = (await signIn(ctx.app, (await newStaff(ctx.db, 'district_admin', { regionId: l.districtB.id })).username)).cookie
    const subAdmin = (await signIn(ctx.app, (await newStaff(ctx.db, 'district_admin', { regionId: l.subA.id })).username)).cookie
    expect((await l.need({ centerId: l.centerB })).statusCode).toBe(403)
    expect((await l.need({ centerId: undefined, regionId: l.subA.id })).statusCode).toBe(403)
    expect((await l.need({}, l.as.manager)).statusCode).toBe(201)
    const regionNeed = await l.need({ centerId: undefined, regionId: l.subA.id, title: '街道需要志愿者' }, subAdmin)
    expect(regionNeed.statusCode).toBe(201)
    expect((await l.need({ centerId: undefined, regionId: l.subB.id }, l.as.admin)).statusCode).toBe(403)
    // Resources are kept by the admins of the unit's region; staff only read them.
    expect((await l.resource({})).statusCode).toBe(201)
    expect((await l.call('POST', '/api/co-building-resources', { unitId: l.unit.id, kind: 'funds', description: '资金' })).statusCode).toBe(403)
    expect((await l.call('POST', '/api/co-building-resources', { unitId: l.unit.id, kind: 'funds', description: '资金' }, adminB)).statusCode).toBe(403)

    expect((await l.call('GET', `/api/centers/${l.centerA}/co-building-lists`, undefined, staffB)).statusCode).toBe(403)
    expect((await l.call('GET', `/api/regions/${l.subA.id}/co-building-lists`)).statusCode).toBe(403)
    const region = (await l.call('GET', `/api/regions/${l.districtA.id}/co-building-lists`, undefined, l.as.admin)).json() as CoBuildingLists
    expect(region.needs.map((n) => n.title).sort()).toEqual(['四点半课堂需要场地', '街道需要志愿者'])
    expect(region.resources).toHaveLength(1)
    expect((await l.call('PATCH', `/api/co-building-needs/${regionNeed.json().id}`, { title: '改' })).statusCode).toBe(403)
    expect((await l.call('DELETE', `/api/co-building-needs/${regionNeed.json().id}`, undefined, adminB)).statusCode).toBe(403)
    expect((await l.call('DELETE', `/api/co-building-needs/${regionNeed.json().id}`, undefined, l.as.admin)).statusCode).toBe(204)
  })

  it('refuses another district\'s units, resources, needs and centers, empty titles and two owners, writing nothing', async () => {
    const l = await newLists(ctx.app, ctx.db)
    const resource = (await l.resource()).json() as Resource
    const need = (await l.need()).json() as Need
    const adminB = (await signIn(ctx.app, (await newStaff(ctx.db, 'district_admin', { regionId: l.districtB.id })).username)).cookie
    const foreignResource = (await l.call('POST', '/api/co-building-resources', { unitId: l.foreignUnit.id, kind: 'experts', description: '律师' }, adminB)).json() as Resource
    const foreignNeed = (await l.need({ centerId: l.centerB }, adminB)).json() as Need
    const before = await counts(ctx.db)
    const project = (body: object) => l.call('POST', '/api/co-building-projects', { centerId: l.centerA, title: '项目', resourceIds: [resource.id], needIds: [need.id], ...body })
    expect((await project({ resourceIds: [foreignResource.id] })).json()).toMatchObject({ statusCode: 400, code: 'resource_not_here' })
    expect((await project({ needIds: [need.id, foreignNeed.id] })).json()).toMatchObject({ statusCode: 400, code: 'need_not_here' })
    expect((await project({ resourceIds: ['00000000-0000-4000-8000-000000000000'] })).json()).toMatchObject({ statusCode: 400, code: 'resource_not_here' })
    expect((await project({ centerId: l.centerB })).statusCode).toBe(403)
    expect((await project({ title: '   ' })).statusCode).toBe(400)
    expect((await project({ needIds: [] })).statusCode).toBe(400)
    expect((await project({ regionId: l.subA.id })).json()).toMatchObject({ statusCode: 400, code: 'owner_required' })
    expect((await l.need({ title: '' })).statusCode).toBe(400)
    expect((await l.need({ centerId: undefined })).json()).toMatchObject({ statusCode: 400, code: 'owner_required' })
    expect((await l.resource({ unitId: l.foreignUnit.id })).statusCode).toBe(403)
    expect((await l.resource({ unitId: '00000000-0000-4000-8000-000000000000' })).json()).toMatchObject({ statusCode: 400, code: 'unit_not_here' })
    expect((await l.resource({ description: ' ' })).statusCode).toBe(400)
    expect((await l.resource({ kind: 'cash' })).statusCode).toBe(400)
    expect(await counts(ctx.db)).toEqual(before)
    expect((await ctx.db.selectFrom('co_building_needs').select('status').where('id', '=', need.id).executeTakeFirstOrThrow()).status).toBe('open')
    // A need or resource a project names is closed or retired, not deleted.
    expect((await project({})).statusCode).toBe(201)
    expect((await l.call('DELETE', `/api/co-building-needs/${need.id}`)).json()).toMatchObject({ statusCode: 409, code: 'in_project' })
    expect((await l.call('DELETE', `/api/co-building-resources/${resource.id}`, undefined, l.as.admin)).json()).toMatchObject({ statusCode: 409, code: 'in_project' })
  })
})
