import type { Config } from '../../config'
import { s3Client } from './s3-client'
import type { S3Config } from './s3-config'
import { s3PhotoStore } from './s3-photo-store'
import type { PhotoStore } from './file-store'
import { deleteStoredFiles, readStoredFile, writeStoredFile } from './stored-files.repository'

export type { PhotoStore, StoredFile } from './file-store'

/** The default: a bytea table, so the embedded install and several replicas need no shared disk. */
export const databasePhotoStore: PhotoStore = {
  kind: 'database',
  put: (db, key, file) => writeStoredFile(db, key, file.bytes, file.contentType),
  get: async (db, key) => {
    const row = await readStoredFile(db, key)
    // pg reads bytea as a Buffer, PGlite as a Uint8Array.
    return row && { bytes: Buffer.from(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength), contentType: row.content_type }
  },
  delete: (db, keys) => deleteStoredFiles(db, keys),
}

const bucketStores = new WeakMap<S3Config, PhotoStore>()

/** The store the configuration chooses: the S3 bucket when S3_BUCKET is set, else the database. */
export function photoStore(config: Pick<Config, 's3'>): PhotoStore {
  const s3 = config.s3
  if (!s3) return databasePhotoStore
  let store = bucketStores.get(s3)
  if (!store) bucketStores.set(s3, (store = s3PhotoStore(s3, s3Client(s3), databasePhotoStore)))
  return store
}

/** One key per photo, variant and format, under a prefix per photo (a bucket lists them by it). */
export const photoKey = (photoId: string, variant: string, format: string) => `photos/${photoId}/${variant}.${format}`
