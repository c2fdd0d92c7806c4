import type { Database } from '../../db/database'
import type { UnitCreate, UnitKind, UnitUpdate } from '@linli/contracts'
import { subtreeQuery } from '../regions/regions.repository'

// Co-building units (驻区单位) and their partners: the only SQL of these two tables.

export interface UnitFilter {
  /** Units registered under this region's subtree. */
  regionId?: string
  /** Units working with this center. */
  centerId?: string
  kind?: UnitKind
  q?: string
  active?: boolean
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

export function listUnits(db: Database, f: UnitFilter) {
  let q = db.selectFrom('co_building_units as u').innerJoin('regions as r', 'r.id', 'u.region_id')
    .selectAll('u').select('r.name as region_name')
  if (f.regionId) q = q.where('u.region_id', 'in', subtreeQuery(db, f.regionId))
  if (f.centerId) q = q.where('u.id', 'in', db.selectFrom('co_building_partners').select('unit_id').where('center_id', '=', f.centerId))
  if (f.kind) q = q.where('u.kind', '=', f.kind)
  if (f.active !== undefined) q = q.where('u.active', '=', f.active)
  if (f.q?.trim()) q = q.where('u.name', 'like', `%${escapeLike(f.q.trim())}%`)
  return q.orderBy('u.name').orderBy('u.id').limit(500).execute()
}
export type UnitRow = Awaited<ReturnType<typeof listUnits>>[number]

export function findUnit(db: Database, id: string) {
  return db.selectFrom('co_building_units as u').innerJoin('regions as r', 'r.id', 'u.region_id')
    .selectAll('u').select('r.name as region_name').where('u.id', '=', id).executeTakeFirst()
}

/** Each unit's partners (centers and regions, with their names), rooms it provides and agreement count. */
export async function unitDetails(db: Database, unitIds: string[]) {
  if (!unitIds.length) return { partners: [], rooms: [], agreements: [] }
  const [partners, rooms, agreements] = await Promise.all([
    db.selectFrom('co_building_partners as p').leftJoin('centers as c', 'c.id', 'p.center_id').leftJoin('regions as r', 'r.id', 'p.region_id')
      .select(['p.unit_id', 'p.center_id', 'p.region_id', 'c.name as center_name', 'r.name as region_name'])
      .where('p.unit_id', 'in', unitIds).orderBy('c.name').orderBy('r.name').execute(),
    db.selectFrom('rooms').innerJoin('centers as c', 'c.id', 'rooms.center_id')
      .select(['rooms.id', 'rooms.name', 'rooms.center_id', 'rooms.active', 'rooms.provided_by_unit_id', 'c.name as center_name'])
      .where('rooms.provided_by_unit_id', 'in', unitIds).orderBy('rooms.name').execute(),
    db.selectFrom('co_building_agreements').select(['unit_id', (eb) => eb.fn.countAll<string>().as('count')])
      .where('unit_id', 'in', unitIds).groupBy('unit_id').execute(),
  ])
  return { partners, rooms, agreements }
}

export function insertUnit(db: Database, input: UnitCreate, now: Date) {
  return db.insertInto('co_building_units').values({
    region_id: input.regionId,
    name: input.name.trim(),
    kind: input.kind,
    contact_name: input.contactName?.trim() ?? null,
    contact_phone: input.contactPhone ?? null,
    address: input.address?.trim() || null,
    created_at: now,
    updated_at: now,
  }).returning('id').executeTakeFirstOrThrow()
}

export async function updateUnit(db: Database, id: string, input: UnitUpdate, now: Date) {
  await db.updateTable('co_building_units').set({
    updated_at: now,
    ...(input.name !== undefined && { name: input.name.trim() }),
    ...(input.kind !== undefined && { kind: input.kind }),
    ...(input.contactName !== undefined && { contact_name: input.contactName?.trim() ?? null }),
    ...(input.contactPhone !== undefined && { contact_phone: input.contactPhone }),
    ...(input.address !== undefined && { address: input.address?.trim() || null }),
    ...(input.active !== undefined && { active: input.active }),
  }).where('id', '=', id).execute()
}

export async function deleteUnit(db: Database, id: string) {
  await db.deleteFrom('co_building_units').where('id', '=', id).execute()
}

export async function insertPartner(db: Database, unitId: string, partner: { centerId?: string; regionId?: string }) {
  await db.insertInto('co_building_partners')
    .values({ unit_id: unitId, center_id: partner.centerId ?? null, region_id: partner.regionId ?? null }).execute()
}

/** Removes the unit's partnership with a center or region (the id is either). */
export async function deletePartner(db: Database, unitId: string, partnerId: string) {
  const r = await db.deleteFrom('co_building_partners').where('unit_id', '=', unitId)
    .where((eb) => eb.or([eb('center_id', '=', partnerId), eb('region_id', '=', partnerId)])).executeTakeFirst()
  return Number(r.numDeletedRows) > 0
}

export async function unitWorksWithCenter(db: Database, unitId: string, centerId: string) {
  const row = await db.selectFrom('co_building_partners').select('id').where('unit_id', '=', unitId).where('center_id', '=', centerId).executeTakeFirst()
  return row !== undefined
}

/** Whether anything still hangs on the partnership: agreements signed with it, rooms provided to it. */
export async function partnerInUse(db: Database, unitId: string, partnerId: string) {
  const [agreement, room] = await Promise.all([
    db.selectFrom('co_building_agreements').select('id').where('unit_id', '=', unitId)
      .where((eb) => eb.or([eb('center_id', '=', partnerId), eb('region_id', '=', partnerId)])).executeTakeFirst(),
    db.selectFrom('rooms').select('id').where('provided_by_unit_id', '=', unitId).where('center_id', '=', partnerId).executeTakeFirst(),
  ])
  return { agreement: agreement !== undefined, room: room !== undefined }
}

export async function unitHasRooms(db: Database, unitId: string) {
  return (await db.selectFrom('rooms').select('id').where('provided_by_unit_id', '=', unitId).executeTakeFirst()) !== undefined
}

export function findCenterRegion(db: Database, centerId: string) {
  return db.selectFrom('centers').select(['id', 'region_id', 'name']).where('id', '=', centerId).executeTakeFirst()
}

export async function unitWorksWithRegion(db: Database, unitId: string, regionId: string) {
  const row = await db.selectFrom('co_building_partners').select('id').where('unit_id', '=', unitId).where('region_id', '=', regionId).executeTakeFirst()
  return row !== undefined
}
