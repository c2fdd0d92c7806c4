import ExcelJS from 'exceljs'
import { zipSync, strToU8 } from 'fflate'
import type { App } from '../../src/app-instance'

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** A workbook with one sheet of these rows (a string starting with = becomes a formula when `formulas`). */
export async function xlsxOf(rows: (string | number | null)[][], options: { merges?: string[]; formulas?: boolean } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Sheet1')
  for (const row of rows) {
    sheet.addRow(row.map((v) => (options.formulas && typeof v === 'string' && v.startsWith('=') ? { formula: v.slice(1), result: 2 } : v ?? undefined)))
  }
  for (const range of options.merges ?? []) sheet.mergeCells(range)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** CSV as Excel writes it: BOM, CRLF, cells quoted when they need it. */
export function csvOf(rows: (string | number | null)[][]): Buffer {
  const cell = (v: string | number | null) => (v === null ? '' : /[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))
  return Buffer.from(`\ufeff${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`)
}

/** A zip that claims to be a workbook, with extra parts (a macro project, an external link). */
export function fakeWorkbook(extra: Record<string, string>): Buffer {
  return Buffer.from(zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, strToU8(v)])),
  }))
}

export function importClient(app: App) {
  return {
    upload: (cookie: string, path: string, body: Buffer | string, type = XLSX) =>
      app.inject({ method: 'POST', url: `/api/${path}`, headers: { cookie, 'content-type': type }, payload: body }),
    commit: (cookie: string, id: string) => app.inject({ method: 'POST', url: `/api/imports/${id}/commit`, headers: { cookie } }),
    template: (cookie: string, kind: string, format: 'xlsx' | 'csv') =>
      app.inject({ method: 'GET', url: `/api/imports/templates/${kind}?format=${format}`, headers: { cookie } }),
  }
}

/** n residents with distinct mobile numbers and a household for every two. */
export const residentRows = (n: number, prefix = '1370000') =>
  Array.from({ length: n }, (_, i) => [`居民${i + 1}`, `${prefix}${String(i).padStart(4, '0')}`, `幸福里 ${Math.floor(i / 2) + 1} 号`, i % 10 === 0 ? '夕阳红合唱团' : null, '2026-03-01'])
