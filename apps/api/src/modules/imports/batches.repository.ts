import type { Selectable } from 'kysely'
import type { Database } from '../../db/database'
import type { ImportBatchesTable } from '../../db/schema-imports'

export type BatchRow = Selectable<ImportBatchesTable>

export interface NewBatch {
  kind: string; centerId: string | null; regionId: string | null; staffId: string; format: 'xlsx' | 'csv'
  columns: unknown; rows: unknown; preview: unknown; rowCount: number; now: Date; expiresAt: Date
}

export function insertBatch(db: Database, b: NewBatch) {
  return db.insertInto('import_batches').values({
    kind: b.kind, center_id: b.centerId, region_id: b.regionId, staff_id: b.staffId, format: b.format, row_count: b.rowCount,
    columns: JSON.stringify(b.columns), rows: JSON.stringify(b.rows), preview: JSON.stringify(b.preview), created_at: b.now, expires_at: b.expiresAt,
  }).returning(['id']).executeTakeFirstOrThrow()
}

/** A batch without its rows (the preview page reads it; rows are only needed to commit). */
export function findBatchPreview(db: Database, id: string) {
  return db.selectFrom('import_batches').select(['id', 'kind', 'center_id', 'region_id', 'staff_id', 'format', 'status', 'preview', 'expires_at'])
    .where('id', '=', id).executeTakeFirst()
}

/** The batch with its rows, locked so that two commits of one batch run one after the other. */
export function lockBatch(db: Database, id: string) {
  return db.selectFrom('import_batches').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()
}

export function markCommitted(db: Database, id: string, preview: unknown, now: Date) {
  return db.updateTable('import_batches').set({ status: 'committed', committed_at: now, preview: JSON.stringify(preview), rows: '[]' }).where('id', '=', id).execute()
}

/** Previews nobody committed in time, and committed batches past the same age, are dropped. */
export function deleteExpiredBatches(db: Database, now: Date) {
  return db.deleteFrom('import_batches').where('expires_at', '<', now).execute()
}
