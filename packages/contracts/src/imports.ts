import { type Static, Type } from '@sinclair/typebox'
import { Id, Timestamp } from './common'

/**
 * What can be imported from a spreadsheet; each kind has a template with Chinese headers. `center` is
 * a whole center's workbook (中心整表): one XLSX whose sheets 房间、居民、志愿服务队、志愿者、活动 are
 * the templates of those kinds, previewed together and committed in one transaction.
 */
export const IMPORT_KINDS = ['rooms', 'residents', 'volunteer-teams', 'volunteers', 'regions', 'centers', 'activities', 'center'] as const
export const ImportKind = Type.Union(IMPORT_KINDS.map((k) => Type.Literal(k)))
export type ImportKind = Static<typeof ImportKind>

/** The most rows one file may hold, and the most bytes. */
export const IMPORT_MAX_ROWS = 20_000
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024

export const ImportFormat = Type.Union([Type.Literal('xlsx'), Type.Literal('csv')])
export type ImportFormat = Static<typeof ImportFormat>

export const ImportTemplateParams = Type.Object({ kind: ImportKind }, { additionalProperties: false })
export const ImportTemplateQuery = Type.Object({ format: Type.Optional(ImportFormat) }, { additionalProperties: false })
export const ImportUploadParams = Type.Object({ id: Id, kind: ImportKind }, { additionalProperties: false })

export const ImportRowOutcome = Type.Union([Type.Literal('created'), Type.Literal('updated'), Type.Literal('unchanged'), Type.Literal('error')])
export type ImportRowOutcome = Static<typeof ImportRowOutcome>

/** A problem with one row (column null: the row as a whole), by the row number the spreadsheet shows. */
export const ImportError = Type.Object({
  /** The workbook's sheet (房间) the row is on, for a whole center's workbook. */
  sheet: Type.Optional(Type.String()),
  row: Type.Integer(), column: Type.Union([Type.String(), Type.Null()]), message: Type.String(),
})
export type ImportError = Static<typeof ImportError>

export const ImportSummary = Type.Object({
  rows: Type.Integer(), created: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer(),
  /** Rows with at least one error. */
  failed: Type.Integer(),
  /** Blank rows in the file, skipped. */
  emptyRows: Type.Integer(),
})
export type ImportSummary = Static<typeof ImportSummary>

export const ImportPreviewRow = Type.Object({
  row: Type.Integer(),
  /** The cells as read, in `columns` order. */
  cells: Type.Array(Type.String()),
  outcome: ImportRowOutcome,
})
export type ImportPreviewRow = Static<typeof ImportPreviewRow>

/** One sheet of a whole center's workbook, as a one-kind preview shows a file. */
export const ImportSheetPreview = Type.Object({
  sheet: Type.String(),
  kind: ImportKind,
  columns: Type.Array(Type.Object({ key: Type.String(), header: Type.String() })),
  summary: ImportSummary,
  rows: Type.Array(ImportPreviewRow),
  errors: Type.Array(ImportError),
  ignoredColumns: Type.Array(Type.String()),
})
export type ImportSheetPreview = Static<typeof ImportSheetPreview>

/** An uploaded file, checked and not yet written: commit it by id before it expires. */
export const ImportPreview = Type.Object({
  id: Id,
  kind: ImportKind,
  format: ImportFormat,
  status: Type.Union([Type.Literal('previewed'), Type.Literal('committed')]),
  expiresAt: Timestamp,
  columns: Type.Array(Type.Object({ key: Type.String(), header: Type.String() })),
  summary: ImportSummary,
  /** Every row with an error, then the others, up to IMPORT_PREVIEW_ROWS, in row order. */
  rows: Type.Array(ImportPreviewRow),
  errors: Type.Array(ImportError),
  /** Column headers in the file that the template does not have (ignored). */
  ignoredColumns: Type.Array(Type.String()),
  /**
   * A whole center's workbook (kind `center`): its sheets in the order they are written, each
   * previewed as its kind; `summary` and `errors` (with `sheet`) are then over all of them and
   * `columns` and `rows` are empty. A sheet the workbook does not have is skipped.
   */
  sheets: Type.Optional(Type.Array(ImportSheetPreview)),
})
export type ImportPreview = Static<typeof ImportPreview>
export const IMPORT_PREVIEW_ROWS = 500
export const IMPORT_PREVIEW_ERRORS = 1000
