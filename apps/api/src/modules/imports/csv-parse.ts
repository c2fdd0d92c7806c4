import { CsvError, parse } from 'csv-parse/sync'
import { AppError } from '../../plugins/errors'

/**
 * A CSV upload's cells, read with csv-parse (the sibling of the csv-stringify our downloads use):
 * quoted fields may hold commas, quotes ("") and line breaks; lines may end in CRLF, LF or CR; a
 * leading byte-order mark is dropped. Excel saves with the system's separator, so a header line with
 * tabs or semicolons and no commas is read with that one. Rows keep their own length: the template
 * check names a missing column better than a parser could.
 */
export function parseCsv(text: string): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const firstLine = body.slice(0, body.search(/\r?\n|\r|$/))
  const delimiter = firstLine.includes(',') ? ',' : firstLine.includes('\t') ? '\t' : firstLine.includes(';') ? ';' : ','
  try {
    return parse(body, { delimiter, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true, relax_quotes: true }) as string[][]
  } catch (e) {
    if (!(e instanceof CsvError)) throw e
    // Only an opening quote never closed gets here with relax_quotes. Every row before it was read
    // whole, so it opened on the next one: named as the spreadsheet numbers rows, header as row 1.
    const line = 'records' in e && typeof e.records === 'number' ? `（第 ${e.records + 1} 行）` : ''
    throw new AppError(415, 'import_unsupported_file', `无法读取这个 CSV：有一个引号没有闭合${line}，请在 Excel 中重新另存为 CSV 后再导入`)
  }
}
