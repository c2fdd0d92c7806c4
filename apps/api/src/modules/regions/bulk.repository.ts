import type { Database } from '../../db/database'
import { subtreeQuery } from './regions.repository'

/** The region imported into and every region below it, as the import resolves names against them. */
export const regionTreeWithin = (db: Database, regionId: string) =>
  db.selectFrom('regions').select(['id', 'name', 'level', 'parent_id']).where('id', 'in', subtreeQuery(db, regionId)).execute()

/** Regions anywhere with one of these names, to tell a parent outside the uploader's region from a misspelt one. */
export const regionsNamed = (db: Database, names: readonly string[]) =>
  names.length ? db.selectFrom('regions').select(['id', 'name']).where('name', 'in', [...names]).execute() : Promise.resolve([])
