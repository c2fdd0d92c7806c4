import type { ColumnType, Generated } from 'kysely'
import type { Nullable } from './column-types'

// Spreadsheet imports between preview and commit (modules/imports).

type Json<T> = ColumnType<T, string, string>

export interface ImportBatchesTable {
  id: Generated<string>
  kind: string
  center_id: Nullable<string>
  region_id: Nullable<string>
  staff_id: string
  format: 'xlsx' | 'csv'
  row_count: number
  columns: Json<{ key: string; header: string }[]>
  /**
   * Every data row: its sheet row number, its cells as read, and its parsed values when they parsed;
   * in a whole center's workbook (kind center) also the kind of the sheet it is on.
   */
  rows: Json<{ row: number; cells: string[]; values: Record<string, unknown> | null; sheet?: string }[]>
  /** The ImportPreview as answered (summary, errors, ignored columns). */
  preview: Json<unknown>
  status: Generated<'previewed' | 'committed'>
  created_at: Date
  expires_at: Date
  committed_at: Nullable<Date>
}
