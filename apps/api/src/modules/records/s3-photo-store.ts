import { randomUUID } from 'node:crypto'
import type { Database } from '../../db/database'
import { AppError } from '../../plugins/errors'
import type { PhotoStore } from './file-store'
import { type S3Client, S3Error } from './s3-client'
import type { S3Config } from './s3-config'
import { deleteStoredObjects, findStoredObject, insertStoredObject, namedObjectKeys } from './stored-objects.repository'

/** An object younger than this is never swept: its upload may be in a transaction that has not committed yet. */
export const SWEEP_GRACE_MS = 3_600_000

export type FileStoreUnavailable = AppError & { reason: string }

/** The bucket did not answer or refused: a 503 for the client, the reason (the S3 call and its answer) for the log only. */
const fileStoreUnavailable = (reason: string): FileStoreUnavailable => Object.assign(
  new AppError(503, 'file_store_unavailable', 'Photos and attachments cannot be reached right now (the file store is not answering); nothing was changed. Try again in a few minutes'),
  { reason },
)

export const isFileStoreUnavailable = (e: unknown): e is FileStoreUnavailable => e instanceof AppError && e.code === 'file_store_unavailable'

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (e) {
    throw e instanceof S3Error ? fileStoreUnavailable(e.message) : e
  }
}

/**
 * Files in an S3-compatible bucket, with a row per object (stored_objects) in the caller's
 * transaction. The bucket cannot join that transaction, so:
 * - put uploads the object first, under a name of its own (`<prefix><key>~<uuid>`), then writes its
 *   row; a failed upload throws and the caller's transaction rolls back, a rolled-back transaction
 *   leaves an object no row names, and a file replaced under the same key never overwrites the
 *   object a rolled-back replacement still shows;
 * - delete removes only the rows, so a rolled-back delete loses nothing;
 * - sweep deletes the objects no row names once they are older than SWEEP_GRACE_MS.
 * Files kept in the database before S3_BUCKET was set are still read (and deleted) there.
 */
export function s3PhotoStore(config: S3Config, client: S3Client, previous: PhotoStore): PhotoStore {
  return {
    kind: 's3',
    put: (db, key, file) => guarded(async () => {
      const objectKey = `${config.prefix}${key}~${randomUUID()}`
      await client.putObject(objectKey, file.bytes, file.contentType)
      await insertStoredObject(db, { key, objectKey, contentType: file.contentType, size: file.bytes.length })
    }),
    get: (db, key) => guarded(async () => {
      const row = await findStoredObject(db, key)
      if (!row) return previous.get(db, key)
      const bytes = await client.getObject(row.object_key)
      return bytes && { bytes, contentType: row.content_type }
    }),
    delete: async (db, keys) => {
      await deleteStoredObjects(db, keys)
      await previous.delete(db, keys)
    },
    sweep: (db, now, stopping) => guarded(() => sweep(config, client, db, now, stopping)),
  }
}

/** Deletes the bucket's objects under the prefix that no row names and that are older than the grace period. */
async function sweep(config: S3Config, client: S3Client, db: Database, now: Date, stopping = () => false) {
  let next: string | undefined
  let deleted = 0
  let kept = 0
  do {
    const page = await client.listObjects(config.prefix, next)
    const old = page.objects.filter((o) => o.lastModified.getTime() <= now.getTime() - SWEEP_GRACE_MS)
    const named = await namedObjectKeys(db, old.map((o) => o.key))
    const orphans = old.filter((o) => !named.has(o.key)).map((o) => o.key)
    await client.deleteObjects(orphans)
    deleted += orphans.length
    kept += page.objects.length - orphans.length
    next = page.next
  } while (next && !stopping())
  return { deleted, kept }
}
