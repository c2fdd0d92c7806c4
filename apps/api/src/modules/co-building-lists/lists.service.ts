import { localDateOf } from '@linli/schedule'
import type { NeedCreate, NeedUpdate, ProjectCreate, ProjectUpdate, ResourceCreate, ResourceUpdate } from '@linli/contracts'
import type { App } from '../../app-instance'
import type { Database } from '../../db/database'
import { badRequest, conflict, notFound } from '../../plugins/errors'
import { type Actor, assertRegionAccess } from '../auth/policy'
import {
  deleteNeed, deleteProject, deleteResource, findNeed, findProject, findResource, inAnyProject, insertNeed, insertProject,
  insertResource, listLists, lockNeeds, needsOwnedBy, lockResources, projectLinks, updateNeed, updateProject, updateResource,
} from './lists.repository'
import { toNeed, toProject, toResource } from './list-shape'
import { type Owner, placeOwner, placeRowOwner } from './owner'
import { findUnitRegion, unitsOfOwner } from './owner.repository'
import { assertTransition } from './transitions'

const moved = () => conflict('invalid_transition', 'Someone changed its status meanwhile; reload and try again; nothing was changed')

/** The three lists of a center or region, for its staff or admins. */
export async function readLists(db: Database, actor: Actor, ref: { centerId?: string; regionId?: string }) {
  const owner = await placeOwner(db, actor, ref)
  const l = await listLists(db, owner, owner.centerRegionId)
  const links = await projectLinks(db, l.projects.map((p) => p.id))
  return {
    resources: l.resources.map(toResource), needs: l.needs.map(toNeed), projects: l.projects.map((p) => toProject(p, links)),
    units: l.units.filter((u) => u.active).map((u) => ({ id: u.id, name: u.name })),
  }
}

export async function loadProject(db: Database, id: string) {
  const row = await findProject(db, id)
  return row && toProject(row, await projectLinks(db, [id]))
}

/**
 * A unit's resources are kept by the admins of the region it is registered in (district or
 * subdistrict): units are registered by region, and a center's staff pick from them for projects.
 */
async function assertUnitAccess(db: Database, actor: Actor, unitId: string) {
  const unit = await findUnitRegion(db, unitId)
  if (!unit) throw badRequest('unit_not_here', 'No co-building unit has this id; nothing was saved', [{ path: 'body/unitId', message: 'unknown unit' }])
  await assertRegionAccess(db, actor, unit.region_id)
}

export async function createResource(app: App, actor: Actor, body: ResourceCreate) {
  await assertUnitAccess(app.db, actor, body.unitId)
  const now = app.clock()
  const id = await insertResource(app.db, {
    unit_id: body.unitId, kind: body.kind, description: body.description.trim(), quantity: body.quantity?.trim() || null, created_at: now, updated_at: now,
  })
  return toResource((await findResource(app.db, id))!)
}

export async function changeResource(app: App, actor: Actor, id: string, body: ResourceUpdate) {
  const before = await findResource(app.db, id)
  if (!before) throw notFound('Resource')
  await assertRegionAccess(app.db, actor, before.unit_region_id)
  assertTransition('resource', before.status, body.status)
  const ok = await updateResource(app.db, id, body.status === undefined ? undefined : before.status, {
    ...(body.kind !== undefined && { kind: body.kind }),
    ...(body.description !== undefined && { description: body.description.trim() }),
    ...(body.quantity !== undefined && { quantity: body.quantity?.trim() || null }),
    ...(body.status !== undefined && { status: body.status }),
    updated_at: app.clock(),
  })
  if (!ok) throw moved()
  return { before: toResource(before), after: toResource((await findResource(app.db, id))!) }
}

export async function removeResource(app: App, actor: Actor, id: string) {
  const before = await findResource(app.db, id)
  if (!before) throw notFound('Resource')
  await assertRegionAccess(app.db, actor, before.unit_region_id)
  if (await inAnyProject(app.db, { resourceId: id })) throw conflict('in_project', 'A project uses this resource: retire it (停用) instead; nothing was deleted')
  await deleteResource(app.db, id)
  return toResource(before)
}

export async function createNeed(app: App, actor: Actor, body: NeedCreate) {
  const owner = await placeOwner(app.db, actor, body)
  const now = app.clock()
  const id = await insertNeed(app.db, {
    center_id: owner.centerId, region_id: owner.regionId, title: body.title.trim(), description: body.description?.trim() ?? '', created_at: now, updated_at: now,
  })
  return toNeed((await findNeed(app.db, id))!)
}

export async function changeNeed(app: App, actor: Actor, id: string, body: NeedUpdate) {
  const before = await findNeed(app.db, id)
  if (!before) throw notFound('Need')
  await placeRowOwner(app.db, actor, before)
  assertTransition('need', before.status, body.status)
  const ok = await updateNeed(app.db, id, body.status === undefined ? undefined : before.status, {
    ...(body.title !== undefined && { title: body.title.trim() }),
    ...(body.description !== undefined && { description: body.description.trim() }),
    ...(body.status !== undefined && { status: body.status }),
    updated_at: app.clock(),
  })
  if (!ok) throw moved()
  return { before: toNeed(before), after: toNeed((await findNeed(app.db, id))!) }
}

export async function removeNeed(app: App, actor: Actor, id: string) {
  const before = await findNeed(app.db, id)
  if (!before) throw notFound('Need')
  await placeRowOwner(app.db, actor, before)
  if (await inAnyProject(app.db, { needId: id })) throw conflict('in_project', 'A project answers this need: close it (已关闭) instead; nothing was deleted')
  await deleteNeed(app.db, id)
  return toNeed(before)
}

/** Checks, under lock, that every need is the owner's and still open, and every resource one of its units' and not retired. */
async function checkProjectLinks(trx: Database, owner: Owner, resourceIds: string[], needIds: string[]) {
  const needs = await lockNeeds(trx, needIds)
  const owned = new Set(await needsOwnedBy(trx, owner, needIds))
  const notHere = needIds.filter((id) => !owned.has(id))
  if (notHere.length) throw badRequest('need_not_here', `${notHere.length} of the needs are not ${owner.name}'s; nothing was saved`, notHere.map((id) => ({ path: 'body/needIds', message: `need ${id} is not this owner's` })))
  if (needs.some((n) => n.status === 'done' || n.status === 'closed')) throw conflict('need_not_open', 'A need that is done or closed cannot be matched; nothing was saved')
  const resources = await lockResources(trx, resourceIds)
  const units = new Set(await unitIdsOf(trx, owner))
  const foreign = resourceIds.filter((id) => !resources.some((r) => r.id === id && units.has(r.unit_id)))
  if (foreign.length) throw badRequest('resource_not_here', `${foreign.length} of the resources are not offered by a unit working with ${owner.name}; nothing was saved`, foreign.map((id) => ({ path: 'body/resourceIds', message: `resource ${id} is not offered to this owner` })))
  if (resources.some((r) => r.status === 'retired')) throw conflict('resource_retired', 'A retired (停用) resource cannot be matched; nothing was saved')
}

async function unitIdsOf(db: Database, owner: Owner) {
  return (await unitsOfOwner(db, owner, owner.centerRegionId).execute()).map((u) => u.id)
}

export async function createProject(app: App, actor: Actor, body: ProjectCreate) {
  const owner = await placeOwner(app.db, actor, body)
  const now = app.clock()
  const id = await app.db.transaction().execute(async (trx) => {
    await checkProjectLinks(trx, owner, body.resourceIds, body.needIds)
    return insertProject(trx, {
      center_id: owner.centerId, region_id: owner.regionId, title: body.title.trim(), description: body.description?.trim() ?? '', created_at: now, updated_at: now,
    }, body.resourceIds, body.needIds)
  })
  return (await loadProject(app.db, id))!
}

export async function changeProject(app: App, actor: Actor, id: string, body: ProjectUpdate) {
  const before = await findProject(app.db, id)
  if (!before) throw notFound('Project')
  const owner = await placeRowOwner(app.db, actor, before)
  assertTransition('project', before.status, body.status)
  const now = app.clock()
  const today = localDateOf(now, owner.timeZone)
  const ok = await updateProject(app.db, id, body.status === undefined ? undefined : before.status, {
    ...(body.title !== undefined && { title: body.title.trim() }),
    ...(body.description !== undefined && { description: body.description.trim() }),
    ...(body.status !== undefined && body.status !== before.status && { status: body.status }),
    ...(body.status === 'active' && before.status === 'preparing' && { started_on: today }),
    ...(body.status === 'completed' && before.status === 'active' && { completed_on: today }),
    updated_at: now,
  })
  if (!ok) throw moved()
  return { before: toProject(before, await projectLinks(app.db, [id])), after: (await loadProject(app.db, id))! }
}

export async function removeProject(app: App, actor: Actor, id: string) {
  const before = await loadProject(app.db, id)
  if (!before) throw notFound('Project')
  await placeRowOwner(app.db, actor, { center_id: before.centerId, region_id: before.regionId })
  if (before.status === 'active' || before.status === 'completed') throw conflict('project_under_way', 'A project under way or completed is kept (it counts in the reports): terminate it instead; nothing was deleted')
  await deleteProject(app.db, id)
  return before
}
