import type { Database } from '../../db/database'
import { deleteStoredFiles, readStoredFile, writeStoredFile } from './stored-files.repository'

export interface StoredFile {
  bytes: Buffer
  contentType: string
}

/**
 * Where photo files live. Every call takes the caller's database handle (a transaction while
 * writing): the database implementation writes in that transaction, so a failed upload or a
 * deleted draft leaves no file behind. An S3-compatible implementation (not written yet) would
 * ignore the handle and put before, delete after the commit, with a sweep for files no row names.
 */
export interface PhotoStore {
  put(db: Database, key: string, file: StoredFile): Promise<void>
  get(db: Database, key: string): Promise<StoredFile | undefined>
  delete(db: Database, keys: readonly string[]): Promise<void>
}

/** The default: a bytea table, so the embedded install and several replicas need no shared disk. */
export const databasePhotoStore: PhotoStore = {
  put: (db, key, file) => writeStoredFile(db, key, file.bytes, file.contentType),
  get: async (db, key) => {
    const row = await readStoredFile(db, key)
    // pg reads bytea as a Buffer, PGlite as a Uint8Array.
    return row && { bytes: Buffer.from(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength), contentType: row.content_type }
  },
  delete: (db, keys) => deleteStoredFiles(db, keys),
}

/** The store in use; configuration will choose S3 here once it exists. */
export const photoStore = (): PhotoStore => databasePhotoStore

/** One key per photo, variant and format, under a prefix per photo (a bucket lists them by it). */
export const photoKey = (photoId: string, variant: string, format: string) => `photos/${photoId}/${variant}.${format}`
