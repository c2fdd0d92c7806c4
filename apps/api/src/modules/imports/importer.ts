import type { CenterChange, ImportKind } from '@linli/contracts'
import type { Database } from '../../db/database'
import type { Columns } from '../../spreadsheets/columns/column'
import type { Actor, CenterAction } from '../auth/policy'

/**
 * How one kind of spreadsheet is imported. The engine (engine.ts) reads the file, maps headers to
 * `columns` and parses every cell; an importer only sees rows whose cells all parsed.
 *
 *   validate(db, rows, ctx): reads what exists and decides, per row, created / updated / unchanged,
 *     or errors (row number, column header, Chinese message): a duplicate inside the file, a value
 *     that conflicts with what is stored, a name that does not resolve. Runs for the preview and
 *     again inside the commit's transaction, so a commit acts on what is there at that moment.
 *   apply(trx, checked, ctx): writes the plan `validate` returned, in the commit's one transaction;
 *     it only runs when no row has an error.
 *
 * A new kind is one file exporting an Importer, added to registry.ts (and its columns to
 * spreadsheets/columns/<kind>.ts, which the exports share).
 */
export interface Importer<Row = Record<string, unknown>, Plan = unknown> {
  kind: ImportKind
  /** A center's data (rooms, residents...) or a region's (its centers). */
  scope: 'center' | 'region'
  /** The title of the template's sheet and file, e.g. 房间. */
  title: string
  /** For scope 'center': what the staff member must be allowed to do there (the same as by hand). */
  centerAction?: CenterAction
  /** What lobby screens and admin pages of the center re-read after a commit. */
  publishes?: CenterChange
  columns: Columns
  validate(db: Database, rows: readonly ImportRow<Row>[], ctx: ImportContext): Promise<Checked<Plan>>
  apply(trx: Database, checked: Checked<Plan>, ctx: ImportContext): Promise<void>
}

/** One data row: its number as the spreadsheet shows it (the header is row 1 in a template) and its values by column key. */
export interface ImportRow<Row> { row: number; values: Row }

export interface ImportContext {
  actor: Actor
  /** The center imported into (scope 'center'), or the region (scope 'region'). */
  centerId: string | null
  regionId: string | null
  now: Date
  /**
   * Only while a whole center's workbook (workbook.engine.ts) is previewed: the rooms its 房间 sheet
   * will create or change, as they will read once written, since a preview writes nothing. The
   * activities importer resolves 房间 against these before the stored rooms. At commit the sheet is
   * already written in the same transaction, so this is absent and the stored rooms are the truth.
   */
  workbook?: { rooms: PlannedRoom[] }
}

/** A room as an earlier sheet of the same workbook leaves it; `capacity`/`active` absent where the sheet keeps the stored value. */
export interface PlannedRoom { name: string; capacity?: number; active?: boolean }

export type RowOutcome = 'created' | 'updated' | 'unchanged'

export interface RowError {
  row: number
  /** The column header as in the template (房间名称), or null for the row as a whole. */
  column: string | null
  message: string
}

export interface Checked<Plan> {
  /** One per input row, same order; undefined for a row with errors. */
  outcomes: (RowOutcome | undefined)[]
  errors: RowError[]
  plan: Plan
}

/** A helper for importers: the row's error list in one place. */
export function rowErrors() {
  const errors: RowError[] = []
  const failed = new Set<number>()
  return {
    errors,
    failed,
    add(row: number, column: string | null, message: string) {
      errors.push({ row, column, message })
      failed.add(row)
    },
  }
}
