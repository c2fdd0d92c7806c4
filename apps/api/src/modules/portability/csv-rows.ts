import { CsvError as ParseError, parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'

export type Value = string | null

/**
 * The CSV of an export: a header of column names, then one line per row, every value quoted and a
 * null as an empty unquoted field. So `""` (an empty text) and a null stay apart, and a value is
 * exactly the text PostgreSQL printed for it, newlines and quotes included. UTF-8 with a BOM, so a
 * spreadsheet opens the Chinese correctly.
 */
export function writeRows(columns: string[], rows: Value[][]): string {
  // quoted_string quotes every text, the empty one too, and leaves a null as nothing at all.
  const lines = stringify(rows, { quoted_string: true, record_delimiter: '\r\n' })
  return `\ufeff${columns.join(',')}\r\n${lines}`
}

export class CsvError extends Error {}

/** Reads what `writeRows` wrote; anything else (an unclosed quote, a short line) is a CsvError. */
export function readRows(text: string): { columns: string[]; rows: Value[][] } {
  let records: Value[][]
  try {
    records = parse(text, {
      bom: true, relax_column_count: true,
      cast: (value, context) => (context.quoting || value !== '' ? value : null),
    }) as Value[][]
  } catch (e) {
    if (!(e instanceof ParseError)) throw e
    throw new CsvError(e.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted value is not closed (the file is cut off)' : e.message)
  }
  const [header, ...rows] = records
  if (!header || header.some((c) => !c)) throw new CsvError('the header line is missing')
  const columns = header as string[]
  const short = rows.findIndex((r) => r.length !== columns.length)
  if (short >= 0) throw new CsvError(`line ${short + 2} has ${rows[short]!.length} values for ${columns.length} columns`)
  return { columns, rows }
}
