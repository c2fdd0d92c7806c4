import type ExcelJS from 'exceljs'
import { loadExcelJS } from './exceljs'

/**
 * A workbook's first sheet as rows of text, for imports: every cell is read as the text it shows
 * (numbers in their plain decimal form), a formula as its own text ("=SUM(A1)"), never evaluated
 * and never its cached result; empty cells are "".
 */
export async function readSheetText(bytes: Uint8Array): Promise<string[][]> {
  const [first] = await readWorkbookText(bytes)
  return first?.rows ?? []
}

/** Every sheet of a workbook, in the workbook's order, by its name, read as `readSheetText` reads the first. */
export async function readWorkbookText(bytes: Uint8Array): Promise<{ name: string; rows: string[][] }[]> {
  const excel = await loadExcelJS()
  const workbook = new excel.Workbook()
  // exceljs's typings declare their own Buffer (an ArrayBuffer); it takes Node's Buffer at run time.
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer)
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: sheetText(sheet, excel.ValueType.Formula) }))
}

function sheetText(sheet: ExcelJS.Worksheet, formula: ExcelJS.ValueType): string[][] {
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, c) => { cells[c - 1] = cell.type === formula ? `=${cell.formula}` : cellText(cell.value) })
    rows[r - 1] = Array.from(cells, (v) => v ?? '')
  })
  return Array.from(rows, (r) => r ?? [])
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString()
  if ('richText' in value) return value.richText.map((t) => t.text).join('')
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text)
  if ('error' in value) return value.error
  return ''
}
