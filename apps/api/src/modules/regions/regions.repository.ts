import type { Database } from '../../db/database'
import type { RegionRow } from '../../db/schema'
import type { Region, RegionCreate } from '@linli/contracts'

export const toRegion = (r: RegionRow): Region => ({
  id: r.id,
  parentId: r.parent_id,
  level: r.level,
  name: r.name,
  createdAt: r.created_at.toISOString(),
})

export function listRegions(db: Database) {
  return db.selectFrom('regions').selectAll().orderBy('level').orderBy('name').execute()
}

/** A top-level district by its name (districts have no parent, so the name is unique among them). */
export function findDistrictByName(db: Database, name: string) {
  return db.selectFrom('regions').selectAll().where('level', '=', 'district').where('name', '=', name.trim()).executeTakeFirst()
}

export function findRegion(db: Database, id: string) {
  return db.selectFrom('regions').selectAll().where('id', '=', id).executeTakeFirst()
}

export function insertRegion(db: Database, input: RegionCreate) {
  return db
    .insertInto('regions')
    .values({ parent_id: input.parentId, level: input.level, name: input.name.trim() })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export function renameRegion(db: Database, id: string, name: string) {
  return db.updateTable('regions').set({ name: name.trim() }).where('id', '=', id).returningAll().executeTakeFirst()
}

/** The ids of a region and every region below it. */
export function subtreeQuery(db: Database, rootId: string) {
  return db
    .withRecursive('subtree(id)', (qb) =>
      qb
        .selectFrom('regions')
        .select('id')
        .where('id', '=', rootId)
        .unionAll((q) => q.selectFrom('regions as r').innerJoin('subtree', 'subtree.id', 'r.parent_id').select('r.id')),
    )
    .selectFrom('subtree')
    .select('subtree.id')
}

/** Whether `regionId` is `ancestorId` or lies below it. */
export async function isRegionWithin(db: Database, regionId: string, ancestorId: string): Promise<boolean> {
  const row = await subtreeQuery(db, ancestorId).where('subtree.id', '=', regionId).executeTakeFirst()
  return row !== undefined
}
