import type { ImportKind, ImportPreview } from '@linli/contracts'
import type { Database } from '../../db/database'
import { AppError, conflict, notFound } from '../../plugins/errors'
import { type Actor, assertCenterAccess, assertRegionAccess } from '../auth/policy'
import { findRegion } from '../regions/regions.repository'
import { type BatchRow, deleteExpiredBatches, findBatchPreview, insertBatch, lockBatch, markCommitted } from './batches.repository'
import type { ImportContext, Importer } from './importer'
import { parseSheet } from './parse-sheet'
import { parsedRows, previewBody } from './preview-body'
import { readUpload } from './read-upload'
import { importers } from './registry'
import { WORKBOOK_KIND, authorizeWorkbook, checkWorkbook, commitWorkbookIn } from './workbook.engine'

/** How long a preview waits for its commit; a later commit asks for the file again. */
export const PREVIEW_MINUTES = 60

export interface Scope { centerId: string | null; regionId: string | null }

/** The importer of a kind for a center's or a region's data; 404 for a kind that has none there. */
export function importerFor(kind: string, scope: 'center' | 'region' | 'any'): Importer {
  const importer = importers[kind as ImportKind]
  if (!importer || (scope !== 'any' && importer.scope !== scope)) throw notFound('Import kind')
  return importer
}

/** The same rule as editing the data by hand: a center's staff for their center, a district admin for its region. */
export async function authorizeImport(db: Database, actor: Actor, importer: Importer, scope: Scope) {
  if (importer.scope === 'center') return assertCenterAccess(db, actor, scope.centerId!, importer.centerAction ?? 'manage_rooms')
  if (!(await findRegion(db, scope.regionId!))) throw notFound('Region')
  return assertRegionAccess(db, actor, scope.regionId!)
}

/** Who may read or commit a batch: whoever may import its kind into its center or region. */
function authorizeBatch(db: Database, actor: Actor, batch: { kind: string; center_id: string | null; region_id: string | null }) {
  if (batch.kind === WORKBOOK_KIND) return authorizeWorkbook(db, actor, batch.center_id!)
  return authorizeImport(db, actor, importerFor(batch.kind, batch.center_id ? 'center' : 'region'), { centerId: batch.center_id, regionId: batch.region_id })
}

/** Reads and checks an upload, keeps it as a batch to commit, and answers what committing would do. */
export async function previewImport(db: Database, importer: Importer, bytes: Uint8Array, ctx: ImportContext): Promise<ImportPreview> {
  const sheet = await readUpload(bytes)
  const parsed = parseSheet(importer.columns, sheet)
  const checked = await importer.validate(db, parsedRows(parsed.rows), ctx)
  const expiresAt = new Date(ctx.now.getTime() + PREVIEW_MINUTES * 60_000)
  const body = previewBody(importer, parsed.rows, [...parsed.errors, ...checked.errors], checked, parsed.emptyRows)
  await deleteExpiredBatches(db, ctx.now)
  const preview = { ...body, format: sheet.format, status: 'previewed' as const, expiresAt: expiresAt.toISOString(), ignoredColumns: parsed.ignoredColumns }
  const { id } = await insertBatch(db, {
    kind: importer.kind, centerId: ctx.centerId, regionId: ctx.regionId, staffId: ctx.actor.id, format: sheet.format,
    columns: preview.columns, rows: parsed.rows, preview, rowCount: parsed.rows.length, now: ctx.now, expiresAt,
  })
  return { id, ...preview }
}

/** Reads and checks a whole center's workbook, keeps it as one batch to commit, and answers what committing would do, by sheet. */
export async function previewWorkbookImport(db: Database, bytes: Uint8Array, ctx: ImportContext): Promise<ImportPreview> {
  const { rows, body } = await checkWorkbook(db, bytes, ctx)
  const expiresAt = new Date(ctx.now.getTime() + PREVIEW_MINUTES * 60_000)
  await deleteExpiredBatches(db, ctx.now)
  const preview = { ...body, format: 'xlsx' as const, status: 'previewed' as const, expiresAt: expiresAt.toISOString() }
  const { id } = await insertBatch(db, {
    kind: WORKBOOK_KIND, centerId: ctx.centerId, regionId: null, staffId: ctx.actor.id, format: 'xlsx',
    columns: [], rows, preview, rowCount: rows.length, now: ctx.now, expiresAt,
  })
  return { id, ...preview }
}

/** A batch as previewed, for staff who may import into its center or region (as whoever uploaded it). */
export async function findPreview(db: Database, actor: Actor, id: string): Promise<ImportPreview> {
  const batch = await findBatchPreview(db, id)
  if (!batch) throw notFound('Import')
  await authorizeBatch(db, actor, batch)
  return { ...(batch.preview as Omit<ImportPreview, 'id'>), id: batch.id }
}

/**
 * Writes a previewed batch in one transaction: checked again against what is stored now, and
 * written only when every row still passes, so a commit writes all rows or none.
 */
export async function commitImport(db: Database, actor: Actor, id: string, now: Date): Promise<{ preview: ImportPreview; batch: BatchRow }> {
  return db.transaction().execute(async (trx) => {
    const batch = await lockBatch(trx, id)
    if (!batch) throw notFound('Import')
    const scope = { centerId: batch.center_id, regionId: batch.region_id }
    await authorizeBatch(trx, actor, batch)
    if (batch.status === 'committed') throw conflict('import_committed', '这批数据已经导入，不会重复写入；如需再次导入请重新上传')
    if (batch.expires_at <= now) throw new AppError(410, 'import_expired', `预览已超过 ${PREVIEW_MINUTES} 分钟，请重新上传文件`)
    const previewed = batch.preview as Omit<ImportPreview, 'id'>
    if (previewed.summary.failed > 0) throw conflict('import_has_errors', `还有 ${previewed.summary.failed} 行有错误，请改正后重新上传`)
    const ctx: ImportContext = { actor, ...scope, now }
    if (batch.kind === WORKBOOK_KIND) {
      const preview = await commitWorkbookIn(trx, batch.rows, previewed, ctx)
      await markCommitted(trx, batch.id, preview, now)
      return { preview: { ...preview, id: batch.id }, batch }
    }
    const importer = importerFor(batch.kind, batch.center_id ? 'center' : 'region')
    const checked = await importer.validate(trx, parsedRows(batch.rows), ctx)
    if (checked.errors.length > 0) {
      throw new AppError(409, 'import_changed', `上传后数据有变化，${new Set(checked.errors.map((e) => e.row)).size} 行不能导入，请重新上传查看`,
        checked.errors.slice(0, 100).map((e) => ({ path: `第${e.row}行${e.column ? `/${e.column}` : ''}`, message: e.message })))
    }
    await importer.apply(trx, checked, ctx)
    const body = previewBody(importer, batch.rows, [], checked, previewed.summary.emptyRows)
    const preview = { ...previewed, ...body, status: 'committed' as const }
    await markCommitted(trx, batch.id, preview, now)
    return { preview: { ...preview, id: batch.id }, batch }
  })
}
