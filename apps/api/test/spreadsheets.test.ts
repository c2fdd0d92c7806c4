import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { toCsv } from '../src/spreadsheets/csv'
import { readSheetText } from '../src/spreadsheets/read'
import { toXlsx } from '../src/spreadsheets/xlsx'

const table = {
  title: '房间使用',
  header: ['房间', '说明', '使用率（%）'],
  rows: [['=SUM(A1)活动室', '+86 热线', 12.5], ['@cmd', '-1 层', null], ['合计', '', 1.8]],
}

const load = async (bytes: Uint8Array) => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  return workbook
}

describe('the shared spreadsheet module', () => {
  it('writes formula-looking text as text cells that a spreadsheet shows as typed, never as formulas', async () => {
    const sheet = (await load(await toXlsx(table))).worksheets[0]!
    expect(sheet.name).toBe('房间使用')
    const room = sheet.getCell('A2')
    expect(room.type).toBe(ExcelJS.ValueType.String)
    expect(room.value).toBe('=SUM(A1)活动室')
    for (const address of ['B2', 'A3', 'B3']) expect(sheet.getCell(address).type, address).toBe(ExcelJS.ValueType.String)
    expect(sheet.getCell('C2').value).toBe(12.5)
    expect(sheet.getCell('C3').type).toBe(ExcelJS.ValueType.Null)
    expect(sheet.getRow(1).font?.bold).toBe(true)
    expect(sheet.getRow(2).font?.bold).toBeFalsy()
  })

  it('reads a sheet back as text: formulas as their own text, never evaluated, numbers plain', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('导入')
    sheet.addRow(['姓名', '电话', '年龄'])
    sheet.addRow(['张三', { formula: 'HYPERLINK("http://example.com")', result: 'example' }, 70])
    sheet.addRow(['李四', '=1+1', { formula: '1+1', result: 2 }])
    const rows = await readSheetText(new Uint8Array(await workbook.xlsx.writeBuffer()))
    expect(rows).toEqual([['姓名', '电话', '年龄'], ['张三', '=HYPERLINK("http://example.com")', '70'], ['李四', '=1+1', '=1+1']])
  })

  it('writes CSV with a BOM, CRLF, quoted text, bare numbers and formula-looking text neutralised', () => {
    expect(toCsv(table)).toBe('\ufeff"房间","说明","使用率（%）"\r\n"\'=SUM(A1)活动室","\'+86 热线",12.5\r\n"\'@cmd","\'-1 层",\r\n"合计","",1.8\r\n')
  })
})
