import type { ImportRow } from './importer'

/**
 * The first row of each key within the file; every later row with the same key is reported
 * through `duplicate` (its row, the key, the first row) and is not the first of anything.
 */
export function firstRowOf<Row>(rows: readonly ImportRow<Row>[], keyOf: (r: ImportRow<Row>) => string, duplicate: (row: number, key: string, first: number) => void) {
  const first = new Map<string, number>()
  for (const r of rows) {
    const key = keyOf(r)
    const seen = first.get(key)
    if (seen === undefined) first.set(key, r.row)
    else duplicate(r.row, key, seen)
  }
  return first
}
