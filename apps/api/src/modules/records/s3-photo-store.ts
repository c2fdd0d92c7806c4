import { randomUUID } from 'node:crypto'
import type { Database } from '../../db/database'
import { AppError } from '../../plugins/errors'
import type { PhotoStore } from './file-store'
import { type S3Client, S3Error } from './s3-client'
import type { S3Config } from './s3-config'
import { deleteStoredObjects, dueDeletions, findStoredObject, forgetDeletions, insertStoredObject, knownObjectKeys, pendingDeletions } from './stored-objects.repository'

/** An orphan younger than this is never swept: its upload may be in a transaction that has not committed yet (a region import runs long). */
export const ORPHAN_GRACE_MS = 24 * 3_600_000
const DAY_MS = 86_400_000
const PAGE = 1000

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
 * - delete removes the rows and records each object as deleted (stored_object_deletions) in the same
 *   transaction, so a rolled-back delete loses nothing and records nothing;
 * - sweep deletes the objects this installation deleted once S3_RETENTION_DAYS have passed (a backup
 *   from before the delete still finds them until then). It never lists the bucket: another
 *   installation using the same bucket and prefix (a staging copy of a backup) keeps its objects.
 * - sweepOrphans lists the bucket for objects no row names (uploads that rolled back); only an
 *   operator runs it, knowing this database is the only one using the bucket and prefix.
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
    sweep: (db, now, stopping) => guarded(() => sweepDeleted(config, client, db, now, stopping)),
    sweepOrphans: (db, now, stopping) => guarded(() => sweepOrphans(config, client, db, now, stopping)),
  }
}

/**
 * Deletes from the bucket the objects of deletion records older than the retention period, then the
 * records, a page at a time. A record whose object a row names again (restored or re-imported) is
 * dropped and its object kept.
 */
async function sweepDeleted(config: S3Config, client: S3Client, db: Database, now: Date, stopping = () => false) {
  const before = new Date(now.getTime() - config.retentionDays * DAY_MS)
  let deleted = 0
  let kept = 0
  for (;;) {
    const due = await dueDeletions(db, before, PAGE)
    const gone = due.filter((d) => !d.named).map((d) => d.object_key)
    await client.deleteObjects(gone)
    await forgetDeletions(db, due.map((d) => d.object_key))
    deleted += gone.length
    kept += due.length - gone.length
    if (due.length < PAGE || stopping()) break
  }
  return { deleted, kept, waiting: await pendingDeletions(db, before) }
}

/** Deletes the bucket's objects under the prefix that no row or deletion record names and that are older than ORPHAN_GRACE_MS. */
async function sweepOrphans(config: S3Config, client: S3Client, db: Database, now: Date, stopping = () => false) {
  let next: string | undefined
  let deleted = 0
  let kept = 0
  do {
    const page = await client.listObjects(config.prefix, next)
    const old = page.objects.filter((o) => o.lastModified.getTime() <= now.getTime() - ORPHAN_GRACE_MS)
    const known = await knownObjectKeys(db, old.map((o) => o.key))
    const orphans = old.filter((o) => !known.has(o.key)).map((o) => o.key)
    await client.deleteObjects(orphans)
    deleted += orphans.length
    kept += page.objects.length - orphans.length
    next = page.next
  } while (next && !stopping())
  return { deleted, kept }
}
