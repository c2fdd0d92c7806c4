import type { Database } from '../../db/database'
import type { CenterChanges, NewCenter } from '../../db/schema'
import { subtreeQuery } from '../regions/regions.repository'

/** The region and every region below it, by name (names repeat across subdistricts, hence a list). */
export const regionsWithin = (db: Database, regionId: string) =>
  db.selectFrom('regions').select(['id', 'name']).where('id', 'in', subtreeQuery(db, regionId)).execute()

export const centersNamed = (db: Database, names: readonly string[]) =>
  names.length
    ? db.selectFrom('centers').select(['id', 'name', 'region_id', 'address', 'area_m2', 'contact_name', 'contact_phone']).where('name', 'in', [...names]).execute()
    : Promise.resolve([])

export async function insertCenters(db: Database, rows: readonly NewCenter[]) {
  if (rows.length) await db.insertInto('centers').values([...rows]).execute()
}

export async function updateCenters(db: Database, updates: readonly { id: string; changes: CenterChanges }[]) {
  for (const u of updates) await db.updateTable('centers').set(u.changes).where('id', '=', u.id).execute()
}
