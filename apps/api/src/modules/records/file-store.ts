import type { Database } from '../../db/database'

// The file store's contract, apart from its implementations (photo-store.ts picks one), so they need not import each other.

export interface StoredFile {
  bytes: Buffer
  contentType: string
}

/**
 * Where photo files (and agreements' attachments) live. Every call takes the caller's database
 * handle (a transaction while writing): the database implementation writes in that transaction,
 * so a failed upload or a deleted draft leaves no file behind; the S3 implementation keeps a row per
 * object in it and sweeps the objects no row names (s3-photo-store.ts).
 */
export interface PhotoStore {
  /** 'database': the files are rows of stored_files, exported as that table; 's3': objects in a bucket. */
  readonly kind: 'database' | 's3'
  put(db: Database, key: string, file: StoredFile): Promise<void>
  get(db: Database, key: string): Promise<StoredFile | undefined>
  delete(db: Database, keys: readonly string[]): Promise<void>
  /**
   * Deletes files no row names (a bucket's uploads of rolled-back transactions); the database store
   * has none. `stopping` is asked between pages, so a server shutting down is not held up.
   */
  sweep?(db: Database, now: Date, stopping?: () => boolean): Promise<{ deleted: number; kept: number }>
}
