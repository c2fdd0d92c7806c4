import { sql } from 'kysely'
import type { Database } from '../../db/database'

// The table behind the S3 photo store (s3-photo-store.ts): which bucket object holds each file.

export async function insertStoredObject(db: Database, row: { key: string; objectKey: string; contentType: string; size: number }) {
  await db.insertInto('stored_objects').values({ key: row.key, object_key: row.objectKey, content_type: row.contentType, bytes_size: row.size }).execute()
}

export const findStoredObject = (db: Database, key: string) =>
  db.selectFrom('stored_objects').select(['object_key', 'content_type', 'bytes_size']).where('key', '=', key).executeTakeFirst()

/** Removes the rows and records their objects as deleted, both in the caller's transaction. */
export async function deleteStoredObjects(db: Database, keys: readonly string[]) {
  if (!keys.length) return
  const removed = await db.deleteFrom('stored_objects').where('key', 'in', keys).returning(['key', 'object_key']).execute()
  if (!removed.length) return
  await db.insertInto('stored_object_deletions')
    .values(removed.map((r) => ({ object_key: r.object_key, key: r.key, deleted_at: sql<Date>`now()` })))
    .onConflict((oc) => oc.column('object_key').doUpdateSet({ deleted_at: sql<Date>`now()` }))
    .execute()
}

/** Which of these object names a row still names, or a deletion record keeps for the retention period. */
export async function knownObjectKeys(db: Database, objectKeys: readonly string[]): Promise<Set<string>> {
  if (!objectKeys.length) return new Set()
  const rows = await db.selectFrom('stored_objects').select('object_key').where('object_key', 'in', objectKeys)
    .union(db.selectFrom('stored_object_deletions').select('object_key').where('object_key', 'in', objectKeys)).execute()
  return new Set(rows.map((r) => r.object_key))
}

/** Up to `limit` deletion records from before `before`, oldest first, each saying whether a row names its object again. */
export const dueDeletions = (db: Database, before: Date, limit: number) =>
  db.selectFrom('stored_object_deletions as d').select(['d.object_key', sql<boolean>`exists (select 1 from stored_objects o where o.object_key = d.object_key)`.as('named')])
    .where('d.deleted_at', '<', before).orderBy('d.deleted_at').orderBy('d.object_key').limit(limit).execute()

export async function forgetDeletions(db: Database, objectKeys: readonly string[]) {
  if (objectKeys.length) await db.deleteFrom('stored_object_deletions').where('object_key', 'in', objectKeys).execute()
}

/** Deletion records still within the retention period. */
export const pendingDeletions = async (db: Database, since: Date) =>
  Number((await db.selectFrom('stored_object_deletions').select((eb) => eb.fn.countAll<string>().as('n')).where('deleted_at', '>=', since).executeTakeFirstOrThrow()).n)

/** The rows of files under `<folder>/<id>/` for the given ids of each folder (an export's photos and attachments). */
export async function storedObjectsOf(db: Database, folders: Record<string, readonly string[]>) {
  const of = Object.entries(folders).filter(([, ids]) => ids.length).map(([folder, ids]) => sql<boolean>`(split_part(key, '/', 1) = ${folder}
    and split_part(key, '/', 2) in (select value from json_array_elements_text(${JSON.stringify(ids)}::json)))`)
  if (!of.length) return []
  return db.selectFrom('stored_objects').select(['key', 'object_key', 'content_type', 'bytes_size', sql<string>`created_at::text`.as('created_at')]).where(sql<boolean>`(${sql.join(of, sql` or `)})`).orderBy('key').execute()
}
