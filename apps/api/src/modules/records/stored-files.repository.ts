import type { Database } from '../../db/database'

// The table behind the database photo store (photo-store.ts); nothing else reads or writes it.

export async function writeStoredFile(db: Database, key: string, bytes: Buffer, contentType: string) {
  await db.insertInto('stored_files').values({ key, bytes, content_type: contentType }).execute()
}

export const readStoredFile = (db: Database, key: string) =>
  db.selectFrom('stored_files').select(['bytes', 'content_type']).where('key', '=', key).executeTakeFirst()

export async function deleteStoredFiles(db: Database, keys: readonly string[]) {
  if (keys.length) await db.deleteFrom('stored_files').where('key', 'in', keys).execute()
}
