import { sql } from 'kysely'
import type { Database } from '../../db/database'

// The table behind the S3 photo store (s3-photo-store.ts): which bucket object holds each file.

export async function insertStoredObject(db: Database, row: { key: string; objectKey: string; contentType: string; size: number }) {
  await db.insertInto('stored_objects').values({ key: row.key, object_key: row.objectKey, content_type: row.contentType, bytes_size: row.size }).execute()
}

export const findStoredObject = (db: Database, key: string) =>
  db.selectFrom('stored_objects').select(['object_key', 'content_type', 'bytes_size']).where('key', '=', key).executeTakeFirst()

export async function deleteStoredObjects(db: Database, keys: readonly string[]) {
  if (keys.length) await db.deleteFrom('stored_objects').where('key', 'in', keys).execute()
}

/** Which of these object names a row still names. */
export async function namedObjectKeys(db: Database, objectKeys: readonly string[]): Promise<Set<string>> {
  if (!objectKeys.length) return new Set()
  const rows = await db.selectFrom('stored_objects').select('object_key').where('object_key', 'in', objectKeys).execute()
  return new Set(rows.map((r) => r.object_key))
}

/** The rows of files under `<folder>/<id>/` for the given ids of each folder (an export's photos and attachments). */
export async function storedObjectsOf(db: Database, folders: Record<string, readonly string[]>) {
  const of = Object.entries(folders).filter(([, ids]) => ids.length).map(([folder, ids]) => sql<boolean>`(split_part(key, '/', 1) = ${folder}
    and split_part(key, '/', 2) in (select value from json_array_elements_text(${JSON.stringify(ids)}::json)))`)
  if (!of.length) return []
  return db.selectFrom('stored_objects').select(['key', 'object_key', 'content_type', 'bytes_size', sql<string>`created_at::text`.as('created_at')]).where(sql<boolean>`(${sql.join(of, sql` or `)})`).orderBy('key').execute()
}
