import type { ColumnType, Generated } from 'kysely'
import type { RecordStatus } from '@linli/contracts'
import type { Nullable } from './column-types'

// Activity records with photos (活动纪实, modules/records).

export interface ActivityRecordsTable {
  id: Generated<string>
  center_id: string
  occurrence_id: Nullable<string>
  title: string
  body: Generated<string>
  tags: ColumnType<string[], string[] | undefined, string[]>
  organiser: Nullable<string>
  status: ColumnType<RecordStatus, RecordStatus | undefined, RecordStatus>
  consent: Generated<boolean>
  consent_by: Nullable<string>
  consent_at: Nullable<Date>
  published_at: Nullable<Date>
  created_by: Nullable<string>
  created_at: ColumnType<Date, Date, never>
  updated_at: ColumnType<Date, Date, Date>
}

export interface RecordPhotosTable {
  id: string
  record_id: string
  position: number
  width: number
  height: number
  created_at: ColumnType<Date, Date, never>
}

/** The database implementation of the file storage: one row per stored file. */
export interface StoredFilesTable {
  key: string
  content_type: string
  /** Read as Buffer (pg) or Uint8Array (PGlite). */
  bytes: ColumnType<Uint8Array, Buffer, Buffer>
  created_at: Generated<Date>
}

/** The S3-compatible file storage: one row per object in the bucket (the bytes are there). */
export interface StoredObjectsTable {
  /** The key callers know the file by (photos/<id>/<variant>.<format>, agreements/<id>/file). */
  key: string
  /** The object's name in the bucket: the key with a suffix of its own per upload. */
  object_key: string
  content_type: string
  bytes_size: number
  created_at: Generated<Date>
}

/** The objects the S3 store deleted (their stored_objects rows), swept from the bucket after the retention period. */
export interface StoredObjectDeletionsTable {
  object_key: string
  key: string
  deleted_at: Date
}

export interface RecordViewDaysTable {
  record_id: string
  /** `date`: compare and write it as 'YYYY-MM-DD' text. */
  day: ColumnType<string, string, string>
  views: Generated<number>
}

export interface RecordViewSaltsTable {
  day: ColumnType<string, string, string>
  salt: ColumnType<Uint8Array, Buffer, Buffer>
}

export interface RecordViewMarksTable {
  day: ColumnType<string, string, string>
  mark: ColumnType<Uint8Array, Buffer, Buffer>
}
