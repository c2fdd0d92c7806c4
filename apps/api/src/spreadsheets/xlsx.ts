import { loadExcelJS } from './exceljs'
import type { Cell, Table } from './table'

// 宋体 11 is what Excel, WPS and LibreOffice show Chinese text in by default; the header row is bold.
const FONT = { name: '宋体', size: 11 }

/** A sheet name: at most 31 characters, none of []:*?/\ . */
const sheetName = (title: string) => title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1'

// The workbook's own dates: the same report gives the same cells and properties, whenever it is made.
const FIXED_DATE = new Date('2026-01-01T00:00:00Z')

/**
 * The table as an .xlsx file with one sheet. Text goes in as plain string values, so a cell
 * reading "=SUM(A1)" stays text and is never a formula; numbers stay numbers so spreadsheets sum them.
 */
export async function toXlsx(table: Table): Promise<Uint8Array> {
  return toXlsxWorkbook([table])
}

/** Several tables as one workbook, a sheet each, named by their titles. */
export async function toXlsxWorkbook(tables: Table[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS()
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Linli'
  workbook.created = FIXED_DATE
  workbook.modified = FIXED_DATE
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title))
    ;[table.header, ...table.rows].forEach((cells: Cell[], r) => {
      const row = sheet.addRow(cells.map((v) => v ?? undefined))
      row.font = r === 0 ? { ...FONT, bold: true } : FONT
    })
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
