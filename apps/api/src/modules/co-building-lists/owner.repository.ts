import { type Expression, type SqlBool, sql } from 'kysely'
import type { Database } from '../../db/database'
import { subtreeQuery } from '../regions/regions.repository'

/** Whose a need, project or joint meeting is: a center's or a region's (exactly one id set). */
export interface OwnerRef { centerId: string | null; regionId: string | null }

/** The ids of a region and every region above it. */
export function ancestorsQuery(db: Database, regionId: string) {
  return db
    .withRecursive('up(id, parent_id)', (qb) =>
      qb.selectFrom('regions').select(['id', 'parent_id']).where('id', '=', regionId)
        .unionAll((q) => q.selectFrom('regions as r').innerJoin('up', 'up.parent_id', 'r.id').select(['r.id', 'r.parent_id'])),
    )
    .selectFrom('up')
    .select('up.id')
}

/** A center with its region and zone, for placing an owner. */
export const findCenterPlace = (db: Database, centerId: string) =>
  db.selectFrom('centers').select(['id', 'name', 'region_id', 'time_zone']).where('id', '=', centerId).executeTakeFirst()

export const findRegionPlace = (db: Database, regionId: string) =>
  db.selectFrom('regions').select(['id', 'name']).where('id', '=', regionId).executeTakeFirst()

/** A region's zone: that of its first center (by name), as its meetings are held in that city. */
export async function regionTimeZone(db: Database, regionId: string): Promise<string | undefined> {
  const row = await db.selectFrom('centers').select('time_zone').where('region_id', 'in', subtreeQuery(db, regionId))
    .orderBy(sql`name collate "C"`).limit(1).executeTakeFirst()
  return row?.time_zone
}

/**
 * The units an owner works with: for a center, the units registered in its region or a region above
 * it (its community, subdistrict, district) and those paired with the center; for a region, the units
 * registered in its subtree and those paired with the region. Only these may offer resources to the
 * owner's projects, attend its meetings or be assigned their problems.
 */
export function unitsOfOwner(db: Database, owner: OwnerRef, centerRegionId?: string) {
  return db.selectFrom('co_building_units as u').select(['u.id', 'u.name', 'u.active']).where((eb) => {
    const partner = (column: 'center_id' | 'region_id', id: string): Expression<SqlBool> => eb.exists(
      eb.selectFrom('co_building_partners as p').select('p.id').whereRef('p.unit_id', '=', 'u.id').where(`p.${column}`, '=', id),
    )
    if (owner.centerId) return eb.or([eb('u.region_id', 'in', ancestorsQuery(db, centerRegionId!)), partner('center_id', owner.centerId)])
    return eb.or([eb('u.region_id', 'in', subtreeQuery(db, owner.regionId!)), partner('region_id', owner.regionId!)])
  })
}

/** Of these unit ids, those the owner does not work with (unknown ids included). */
export async function foreignUnits(db: Database, owner: OwnerRef, centerRegionId: string | undefined, unitIds: readonly string[]) {
  if (!unitIds.length) return []
  const known = await unitsOfOwner(db, owner, centerRegionId).where('u.id', 'in', unitIds).execute()
  const ok = new Set(known.map((u) => u.id))
  return unitIds.filter((id) => !ok.has(id))
}

/** The centers a region's subtree holds (or the one center), for assigning problems. */
export function centersOfOwner(db: Database, owner: OwnerRef) {
  const q = db.selectFrom('centers').select(['id', 'name'])
  return (owner.centerId ? q.where('id', '=', owner.centerId) : q.where('region_id', 'in', subtreeQuery(db, owner.regionId!)))
    .orderBy(sql`name collate "C"`)
}

export const findUnitRegion = (db: Database, unitId: string) =>
  db.selectFrom('co_building_units').select(['id', 'region_id']).where('id', '=', unitId).executeTakeFirst()
