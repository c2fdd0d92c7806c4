import { stringify } from 'csv-stringify/sync'
import type { Table } from './table'

/**
 * UTF-8 with a byte-order mark (so Excel reads Chinese headers), CRLF line ends. Text cells are
 * quoted; one a spreadsheet would read as a formula (= + - @, or a leading tab or carriage
 * return) gets a leading apostrophe, as the audit log's CSV does. Numbers stay bare so
 * spreadsheets sum them; an empty cell stays empty.
 */
export function toCsv(table: Table): string {
  return stringify([table.header, ...table.rows], { bom: true, record_delimiter: 'windows', quoted_string: true, escape_formulas: true })
}
