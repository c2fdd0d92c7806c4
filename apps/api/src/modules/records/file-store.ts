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
 * object in it, records what it deleted, and sweeps those objects later (s3-photo-store.ts).
 */
export interface PhotoStore {
  /** 'database': the files are rows of stored_files, exported as that table; 's3': objects in a bucket. */
  readonly kind: 'database' | 's3'
  put(db: Database, key: string, file: StoredFile): Promise<void>
  get(db: Database, key: string): Promise<StoredFile | undefined>
  delete(db: Database, keys: readonly string[]): Promise<void>
  /**
   * Deletes the files this store deleted once their retention period has passed (`kept`: named by a
   * row again; `waiting`: still within it); the database store deletes at once. `stopping` is asked
   * between pages, so a server shutting down is not held up.
   */
  sweep?(db: Database, now: Date, stopping?: () => boolean): Promise<{ deleted: number; kept: number; waiting: number }>
  /** Lists the bucket and deletes old files nothing names (uploads of rolled-back transactions): for an operator only. */
  sweepOrphans?(db: Database, now: Date, stopping?: () => boolean): Promise<{ deleted: number; kept: number }>
}
