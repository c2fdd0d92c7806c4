import type { Columns } from './columns/column'
import type { Table } from './table'

/**
 * Rows of one kind under its columns' Chinese headers, each value written by its column's
 * `format` (the row is keyed by the columns' keys): the same sheet the matching import reads, so
 * an exported file goes back in unchanged.
 */
export function exportTable(title: string, columns: Columns, rows: readonly object[]): Table {
  return {
    title,
    header: columns.map((c) => c.header),
    rows: rows.map((row) => columns.map((c) => c.format((row as Record<string, unknown>)[c.key] ?? null))),
  }
}
