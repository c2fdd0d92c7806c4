import { IMPORT_MAX_ROWS } from '@linli/contracts'
import { AppError, badRequest } from '../../plugins/errors'
import type { Column, Columns } from '../../spreadsheets/columns/column'
import type { RowError } from './importer'
import type { UploadedSheet } from './read-upload'

/** One data row as stored with the batch: its sheet row number, cells in column order, values when all parsed. */
export interface SheetRow { row: number; cells: string[]; values: Record<string, unknown> | null }

export interface ParsedSheet { rows: SheetRow[]; errors: RowError[]; ignoredColumns: string[]; emptyRows: number }

// Templates mark required headers with * and people add notes in brackets: 容量（人）, 手机号*.
const headerKey = (text: string) => text.replace(/[\s*＊]/g, '').replace(/[（(][^）)]*[）)]$/, '').toLowerCase()
// The CSV writer puts an apostrophe before text a spreadsheet would take as a formula; reading it back drops it.
const unneutralised = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text)
// eslint-disable-next-line no-control-regex -- control characters are what is being refused
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/

/**
 * Maps the first non-empty row to the kind's columns (by Chinese header, English header or key)
 * and parses every cell of every later row. A file whose headers are not the template's is
 * refused as a whole; a bad cell is an error of its row, so the preview can show them all.
 */
export function parseSheet(columns: Columns, sheet: UploadedSheet): ParsedSheet {
  const headerAt = sheet.rows.findIndex((r) => r.some((c) => c.trim() !== ''))
  if (headerAt < 0) throw badRequest('import_empty', '文件里没有内容：第一行应是表头，从第二行起每行一条')
  const byKey = new Map<string, number>()
  columns.forEach((c, i) => [c.header, c.headerEn, c.key].forEach((h) => byKey.set(headerKey(h), i)))
  const positions = new Map<number, number>()
  const ignoredColumns: string[] = []
  sheet.rows[headerAt]!.forEach((text, at) => {
    if (text.trim() === '') return
    const index = byKey.get(headerKey(text))
    if (index === undefined) return void ignoredColumns.push(text.trim())
    if ([...positions.values()].includes(index)) throw badRequest('import_duplicate_column', `表头“${columns[index]!.header}”出现了两次，请删去一列`)
    positions.set(at, index)
  })
  const missing = columns.filter((c, i) => c.required && ![...positions.values()].includes(i)).map((c) => c.header)
  if (positions.size === 0) throw badRequest('import_wrong_template', `第 ${headerAt + 1} 行不是这个模板的表头，应为：${columns.map((c) => c.header).join('、')}。请下载模板填写`)
  if (missing.length > 0) throw badRequest('import_missing_columns', `缺少必填列：${missing.join('、')}`)

  const data = sheet.rows.slice(headerAt + 1)
  const filled = data.filter((r) => r.some((c) => c.trim() !== '')).length
  if (filled > IMPORT_MAX_ROWS) throw new AppError(413, 'import_too_many_rows', `文件有 ${filled} 行数据，一次最多导入 ${IMPORT_MAX_ROWS} 行，请分成几个文件`)

  const errors: RowError[] = []
  const rows: SheetRow[] = []
  let emptyRows = 0
  data.forEach((cellsInFile, offset) => {
    const at = headerAt + 1 + offset
    if (!cellsInFile.some((c) => c.trim() !== '')) return void emptyRows++
    const row = at + 1
    const cells = columns.map(() => '')
    for (const [position, index] of positions) cells[index] = unneutralised((cellsInFile[position] ?? '').trim())
    const before = errors.length
    const values: Record<string, unknown> = {}
    columns.forEach((column, i) => {
      const result = parseCell(column, cells[i]!)
      if ('error' in result) errors.push({ row, column: column.header, message: result.error })
      else values[column.key] = result.value
    })
    for (const m of sheet.merges) {
      if (at < m.top || at > m.bottom || m.top === m.bottom && m.left === m.right) continue
      for (const [position, index] of positions) {
        if (position >= m.left && position <= m.right)
          errors.push({ row, column: columns[index]!.header, message: `第 ${m.top + 1}–${m.bottom + 1} 行的“${columns[index]!.header}”是合并单元格：请取消合并，每行各填一遍` })
      }
    }
    rows.push({ row, cells, values: errors.length === before ? values : null })
  })
  if (rows.length === 0) throw badRequest('import_no_rows', '文件只有表头，没有数据行')
  return { rows, errors, ignoredColumns, emptyRows }
}

function parseCell(column: Column, text: string): { value: unknown } | { error: string } {
  if (text === '') return column.required ? { error: `${column.header}不能为空` } : { value: null }
  if (CONTROL.test(text)) return { error: `${column.header}含有无法保存的控制字符` }
  return column.parse(text)
}
