import type { Table } from './tables'

/**
 * A text cell, quoted; one that a spreadsheet would read as a formula (= + - @, or a leading tab
 * or carriage return) gets a leading apostrophe, as the audit log's CSV does. Numbers stay bare
 * so spreadsheets sum them.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return `"${text.replace(/"/g, '""')}"`
}

/** UTF-8 with a byte-order mark (so Excel reads Chinese headers), CRLF line ends. */
export function toCsv(table: Table): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvCell).join(','))
  return `\ufeff${lines.join('\r\n')}\r\n`
}
