import { describe, expect, it } from 'vitest'
import type { ImportPreview } from '@linli/contracts'
import { countRows, newWorld } from './support/factories'
import { csvOf, fakeWorkbook, importClient, residentRows, xlsxOf } from './support/import-files'
import { useTestApp } from './support/test-app'

const RESIDENT_HEADER = ['姓名', '手机号', '家庭', '组织', '登记日期']

describe('spreadsheet imports refuse bad files with a clear 4xx and write nothing', () => {
  const ctx = useTestApp()
  let w: Awaited<ReturnType<typeof newWorld>>
  const upload = (body: Buffer | string, type?: string) => importClient(ctx.app).upload(w.as.staff, `centers/${w.centerA}/imports/residents`, body, type)
  const refusal = async (body: Buffer | string, type?: string) => {
    const res = await upload(body, type)
    return [res.statusCode, res.json().code, res.json().message]
  }

  it('builds the world', async () => {
    w = await newWorld(ctx.app, ctx.db)
  })

  it('refuses macro workbooks and workbooks with external links, whatever they are called', async () => {
    expect(await refusal(fakeWorkbook({ 'xl/vbaProject.bin': 'macro' }))).toEqual([415, 'import_unsupported_file', '不能导入带宏的工作簿（.xlsm）：请另存为不带宏的 .xlsx 后再导入'])
    expect((await refusal(fakeWorkbook({ 'xl/vbaProject.bin': 'macro' }), 'application/vnd.ms-excel.sheet.macroEnabled.12'))[1]).toBe('import_unsupported_file')
    expect((await refusal(fakeWorkbook({ 'xl/externalLinks/externalLink1.xml': '<externalLink/>' })))[2]).toContain('外部链接')
  })

  it('reads the bytes, not the declared type: a picture, an old .xls, a zip that is no workbook, an empty body', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    expect(await refusal(png)).toEqual([415, 'import_unsupported_file', '无法识别的文件类型：只能导入 .xlsx 或 .csv 表格'])
    expect((await refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2])))[2]).toContain('.xls')
    expect((await refusal(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))[1]).toBe('import_unsupported_file')
    expect((await refusal(Buffer.alloc(0)))[0]).toBe(400)
    const json = await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/imports/residents`, headers: { cookie: w.as.staff, 'content-type': 'image/png' }, payload: png })
    expect(json.statusCode).toBe(415)
  })

  it('refuses a CSV cut off inside a quoted cell, saying where, and reads quoted cells with commas, quotes and line breaks', async () => {
    expect(await refusal('姓名,手机号\r\n张三,13800138000\r\n"李四,13900139000\r\n', 'text/csv'))
      .toEqual([415, 'import_unsupported_file', '无法读取这个 CSV：有一个引号没有闭合（第 3 行），请在 Excel 中重新另存为 CSV 后再导入'])
    const preview: ImportPreview = (await upload('姓名,手机号\n"王 ""小"" 明",13700137000\r"赵,六",13600136000\n', 'text/csv')).json()
    expect(preview.rows.map((r) => r.cells[0])).toEqual(['王 "小" 明', '赵,六'])
  })

  it('refuses a file over 10 MB and one over 20,000 rows, saying the limit', async () => {
    const [status, code, message] = await refusal(Buffer.alloc(10 * 1024 * 1024 + 1, 0x41), 'text/csv')
    expect([status, code]).toEqual([413, 'import_too_large'])
    expect(message).toContain('10 MB')
    const many = csvOf([RESIDENT_HEADER, ...residentRows(20_001, '139')])
    expect(await refusal(many, 'text/csv')).toEqual([413, 'import_too_many_rows', '文件有 20001 行数据，一次最多导入 20000 行，请分成几个文件'])
  })

  it('refuses a file that is not the template: missing columns, a column twice, no header, only a header', async () => {
    expect(await refusal(csvOf([['姓名', '家庭'], ['王', '1号']]), 'text/csv')).toEqual([400, 'import_missing_columns', '缺少必填列：手机号'])
    expect((await refusal(csvOf([['房间名称', '容量'], ['书吧', 10]]), 'text/csv'))[1]).toBe('import_wrong_template')
    expect((await refusal(csvOf([['姓名', '手机号', '姓名'], ['王', '13800000000', '王']]), 'text/csv'))[1]).toBe('import_duplicate_column')
    expect((await refusal(csvOf([RESIDENT_HEADER]), 'text/csv'))[1]).toBe('import_no_rows')
    expect((await refusal('\r\n\r\n', 'text/csv'))[1]).toBe('import_empty')
  })

  it('reads a CSV saved by Chinese Excel (GB18030), English headers, extra columns, and numbers typed with spaces or +86', async () => {
    const gbk = Buffer.from([
      // "姓名,手机号,备注\r\n张三,+86 138 0013 8000,x\r\n" in GB18030
      0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xca, 0xd6, 0xbb, 0xfa, 0xba, 0xc5, 0x2c, 0xb1, 0xb8, 0xd7, 0xa2, 0x0d, 0x0a,
      0xd5, 0xc5, 0xc8, 0xfd, 0x2c, ...Buffer.from('+86 138 0013 8000,x\r\n'),
    ])
    const preview: ImportPreview = (await upload(gbk, 'text/csv')).json()
    expect(preview.rows[0]!.cells.slice(0, 2)).toEqual(['张三', '+86 138 0013 8000'])
    expect(preview.ignoredColumns).toEqual(['备注'])
    expect(preview.summary).toMatchObject({ created: 1, failed: 0 })
    const english: ImportPreview = (await upload(csvOf([['Name', 'Mobile'], ['Li Lei', '0086-139-0013-9000']]), 'text/csv')).json()
    expect(english.summary).toMatchObject({ created: 1, failed: 0 })
  })

  it('writes nothing for a preview with errors, even rows that were fine', async () => {
    const file = await xlsxOf([RESIDENT_HEADER, ['好人', '13300000001', null, null, null], ['坏号码', '1330000', null, null, null]])
    const preview: ImportPreview = (await upload(file)).json()
    expect(preview.summary).toMatchObject({ created: 1, failed: 1 })
    expect((await importClient(ctx.app).commit(w.as.staff, preview.id)).statusCode).toBe(409)
    expect(await countRows(ctx.db, 'residents')).toBe(0)
    expect(await countRows(ctx.db, 'center_residents')).toBe(0)
  })
})
