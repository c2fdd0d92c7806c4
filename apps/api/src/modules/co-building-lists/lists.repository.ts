import { type Insertable, type SqlBool, type Updateable, sql } from 'kysely'
import type { NeedStatus, ProjectStatus, ResourceStatus } from '@linli/contracts'
import type { Database } from '../../db/database'
import type { CoBuildingNeedsTable, CoBuildingProjectsTable, CoBuildingResourcesTable } from '../../db/schema-co-building-lists'
import { subtreeQuery } from '../regions/regions.repository'
import { type OwnerRef, unitsOfOwner } from './owner.repository'

const selectResources = (db: Database) => db.selectFrom('co_building_resources as r')
  .innerJoin('co_building_units as u', 'u.id', 'r.unit_id').selectAll('r').select(['u.name as unit_name', 'u.region_id as unit_region_id'])
export type ResourceRow = Awaited<ReturnType<ReturnType<typeof selectResources>['executeTakeFirstOrThrow']>>

const ownerName = sql<string>`coalesce((select c.name from centers c where c.id = t.center_id), (select g.name from regions g where g.id = t.region_id))`
const selectNeeds = (db: Database) => db.selectFrom('co_building_needs as t').selectAll('t').select(ownerName.as('owner_name'))
export type NeedRow = Awaited<ReturnType<ReturnType<typeof selectNeeds>['executeTakeFirstOrThrow']>>
const selectProjects = (db: Database) => db.selectFrom('co_building_projects as t')
  .select(['t.id', 't.center_id', 't.region_id', 't.title', 't.description', 't.status', 't.updated_at'])
  .select([sql<string | null>`t.started_on::text`.as('started_on'), sql<string | null>`t.completed_on::text`.as('completed_on'), ownerName.as('owner_name')])
export type ProjectRow = Awaited<ReturnType<ReturnType<typeof selectProjects>['executeTakeFirstOrThrow']>>

export const findResource = (db: Database, id: string) => selectResources(db).where('r.id', '=', id).executeTakeFirst()
export const findNeed = (db: Database, id: string) => selectNeeds(db).where('t.id', '=', id).executeTakeFirst()
export const findProject = (db: Database, id: string) => selectProjects(db).where('t.id', '=', id).executeTakeFirst()

/** Needs and projects (aliased `t`) of one center, or of a region's subtree: its regions' and its centers'. */
export function ownedBy(db: Database, owner: OwnerRef) {
  if (owner.centerId) return sql<SqlBool>`t.center_id = ${owner.centerId}`
  const subtree = subtreeQuery(db, owner.regionId!)
  return sql<SqlBool>`(t.region_id in (${subtree}) or t.center_id in (select c.id from centers c where c.region_id in (${subtree})))`
}

/** Of these needs, the ids of those the owner holds. */
export const needsOwnedBy = async (db: Database, owner: OwnerRef, ids: string[]) =>
  (await db.selectFrom('co_building_needs as t').select('t.id').where('t.id', 'in', ids).where(ownedBy(db, owner)).execute()).map((r) => r.id)

/** The three lists as one owner sees them, newest change first; resources are those of the units it works with. */
export async function listLists(db: Database, owner: OwnerRef, centerRegionId?: string) {
  const units = await unitsOfOwner(db, owner, centerRegionId).orderBy(sql`u.name collate "C"`).execute()
  const resources = units.length
    ? await selectResources(db).where('r.unit_id', 'in', units.map((u) => u.id)).orderBy('r.updated_at', 'desc').orderBy('r.id').execute() : []
  const needs = await selectNeeds(db).where(ownedBy(db, owner)).orderBy('t.updated_at', 'desc').orderBy('t.id').execute()
  const projects = await selectProjects(db).where(ownedBy(db, owner)).orderBy('t.updated_at', 'desc').orderBy('t.id').execute()
  return { units, resources, needs, projects }
}

/** Each project's resources and needs, for showing them. */
export async function projectLinks(db: Database, projectIds: readonly string[]) {
  if (!projectIds.length) return { resources: [], needs: [] }
  const resources = await db.selectFrom('co_building_project_resources as l').innerJoin('co_building_resources as r', 'r.id', 'l.resource_id')
    .innerJoin('co_building_units as u', 'u.id', 'r.unit_id').select(['l.project_id', 'r.id', 'r.description', 'u.name as unit_name'])
    .where('l.project_id', 'in', projectIds).orderBy('u.name').orderBy('r.id').execute()
  const needs = await db.selectFrom('co_building_project_needs as l').innerJoin('co_building_needs as n', 'n.id', 'l.need_id')
    .select(['l.project_id', 'n.id', 'n.title']).where('l.project_id', 'in', projectIds).orderBy('n.title').orderBy('n.id').execute()
  return { resources, needs }
}

export async function insertResource(db: Database, values: Insertable<CoBuildingResourcesTable>) {
  return (await db.insertInto('co_building_resources').values(values).returning('id').executeTakeFirstOrThrow()).id
}
export async function insertNeed(db: Database, values: Insertable<CoBuildingNeedsTable>) {
  return (await db.insertInto('co_building_needs').values(values).returning('id').executeTakeFirstOrThrow()).id
}

/** A project with its links; the open needs and available resources it takes become matched (已对接). */
export async function insertProject(trx: Database, values: Insertable<CoBuildingProjectsTable>, resourceIds: string[], needIds: string[]) {
  const id = (await trx.insertInto('co_building_projects').values(values).returning('id').executeTakeFirstOrThrow()).id
  await trx.insertInto('co_building_project_resources').values(resourceIds.map((r) => ({ project_id: id, resource_id: r }))).execute()
  await trx.insertInto('co_building_project_needs').values(needIds.map((n) => ({ project_id: id, need_id: n }))).execute()
  await trx.updateTable('co_building_needs').set({ status: 'matched', updated_at: values.created_at }).where('id', 'in', needIds).where('status', '=', 'open').execute()
  await trx.updateTable('co_building_resources').set({ status: 'matched', updated_at: values.created_at }).where('id', 'in', resourceIds).where('status', '=', 'available').execute()
  return id
}

/** Rows locked for the caller's transaction, with the fields a project's checks need. */
export const lockNeeds = (trx: Database, ids: string[]) =>
  trx.selectFrom('co_building_needs').select(['id', 'center_id', 'region_id', 'status']).where('id', 'in', ids).forUpdate().execute()
export const lockResources = (trx: Database, ids: string[]) =>
  trx.selectFrom('co_building_resources').select(['id', 'unit_id', 'status']).where('id', 'in', ids).forUpdate().execute()

/**
 * Changes a row only if its status is still `from` (when a status change is asked): the check and
 * the write are one statement, so two people acting at once cannot both move it. False when it was not.
 */
async function changeRow<T extends 'co_building_resources' | 'co_building_needs' | 'co_building_projects'>(
  db: Database, table: T, id: string, from: string | undefined, changes: Record<string, unknown>,
) {
  let q = db.updateTable(table as 'co_building_needs').set(changes as Updateable<CoBuildingNeedsTable>).where('id', '=', id)
  if (from !== undefined) q = q.where('status', '=', from as never)
  return (await q.executeTakeFirst()).numUpdatedRows > 0n
}
export const updateResource = (db: Database, id: string, from: ResourceStatus | undefined, changes: Updateable<CoBuildingResourcesTable>) =>
  changeRow(db, 'co_building_resources', id, from, changes)
export const updateNeed = (db: Database, id: string, from: NeedStatus | undefined, changes: Updateable<CoBuildingNeedsTable>) =>
  changeRow(db, 'co_building_needs', id, from, changes)
export const updateProject = (db: Database, id: string, from: ProjectStatus | undefined, changes: Updateable<CoBuildingProjectsTable>) =>
  changeRow(db, 'co_building_projects', id, from, changes)

/** Whether a project names this resource or need (then it may not be deleted, only retired or closed). */
export async function inAnyProject(db: Database, what: { resourceId?: string; needId?: string }) {
  const row = what.resourceId
    ? await db.selectFrom('co_building_project_resources').select('project_id').where('resource_id', '=', what.resourceId).executeTakeFirst()
    : await db.selectFrom('co_building_project_needs').select('project_id').where('need_id', '=', what.needId!).executeTakeFirst()
  return row !== undefined
}

export const deleteResource = (db: Database, id: string) => db.deleteFrom('co_building_resources').where('id', '=', id).execute()
export const deleteNeed = (db: Database, id: string) => db.deleteFrom('co_building_needs').where('id', '=', id).execute()
export const deleteProject = (db: Database, id: string) => db.deleteFrom('co_building_projects').where('id', '=', id).execute()
