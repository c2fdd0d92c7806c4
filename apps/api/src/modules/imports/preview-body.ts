import { IMPORT_PREVIEW_ERRORS, IMPORT_PREVIEW_ROWS, type ImportPreviewRow, type ImportSummary } from '@linli/contracts'
import type { Checked, Importer, RowError } from './importer'
import type { SheetRow } from './parse-sheet'

/** The rows whose every cell parsed, as an importer takes them. */
export const parsedRows = (rows: SheetRow[]) => rows.flatMap((r) => (r.values ? [{ row: r.row, values: r.values }] : []))

/** What a preview shows of one file (or one sheet): its columns, counts, rows in order and errors. */
export function previewBody(importer: Importer, rows: SheetRow[], allErrors: RowError[], checked: Checked<unknown>, emptyRows: number) {
  const errors = allErrors.sort((a, b) => a.row - b.row)
  const failedRows = new Set(errors.map((e) => e.row))
  const outcomeOf = new Map<number, ImportPreviewRow['outcome']>()
  parsedRows(rows).forEach((r, i) => { const o = checked.outcomes[i]; if (o) outcomeOf.set(r.row, o) })
  const all: ImportPreviewRow[] = rows.map((r) => ({ row: r.row, cells: r.cells, outcome: failedRows.has(r.row) ? 'error' : outcomeOf.get(r.row) ?? 'error' }))
  const count = (o: ImportPreviewRow['outcome']) => all.filter((r) => r.outcome === o).length
  const summary: ImportSummary = { rows: rows.length, created: count('created'), updated: count('updated'), unchanged: count('unchanged'), failed: count('error'), emptyRows }
  const shown = [...all.filter((r) => r.outcome === 'error'), ...all.filter((r) => r.outcome !== 'error')].slice(0, IMPORT_PREVIEW_ROWS).sort((a, b) => a.row - b.row)
  return {
    kind: importer.kind,
    columns: importer.columns.map((c) => ({ key: c.key, header: c.header })),
    summary,
    rows: shown,
    errors: errors.slice(0, IMPORT_PREVIEW_ERRORS),
  }
}
