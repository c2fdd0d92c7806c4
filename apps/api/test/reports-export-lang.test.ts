import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { newReportFixture } from './support/report-fixture'
import { useTestApp } from './support/test-app'

/** The first CSV row (headers) and the first cells of the other rows; the tables here hold no commas in cells. */
const csvRows = (text: string) => text.replace(/^\ufeff/, '').trim().split('\r\n').map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')))
/** The first sheet's name and the text of its cells, read back as a spreadsheet program reads them. */
async function readSheet(bytes: Buffer): Promise<{ name: string; texts: string[] }> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]!
  const texts: string[] = []
  sheet.eachRow((row) => row.eachCell((cell) => { texts.push(String(cell.value)) }))
  return { name: sheet.name, texts }
}

describe('report exports speak the language the staff member chose', () => {
  const ctx = useTestApp()
  let f: Awaited<ReturnType<typeof newReportFixture>>
  const period = 'from=2026-10-01&to=2026-10-31'
  const download = (url: string, headers: Record<string, string> = {}, cookie = f.as.staff) =>
    ctx.app.inject({ method: 'GET', url, headers: { cookie, ...headers } })

  it('builds the fixture', async () => {
    f = await newReportFixture(ctx.app, ctx.db)
  })

  it('writes English headers, statuses, category names and the total row with lang=en, in CSV and XLSX', async () => {
    const csv = await download(`/api/centers/${f.centerA}/reports/export?${period}&table=bookings&format=csv&lang=en`)
    expect(csv.statusCode, csv.body).toBe(200)
    const rows = csvRows(csv.body)
    expect(rows[0]).toEqual(['Month', 'Status', 'Bookings'])
    expect(rows.slice(1, -1).every((r) => ['Pending', 'Approved', 'Rejected', 'Cancelled', 'Expired', 'Checked in', 'Completed', 'No-show'].includes(r[1]!))).toBe(true)
    expect(rows.at(-1)![0]).toBe('Total')
    expect(csv.body).not.toMatch(/[\u4e00-\u9fff]/)
    const disposition = String(csv.headers['content-disposition'])
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!)).toMatch(/-Bookings-2026-10\.csv$/)

    const xlsx = await download(`/api/centers/${f.centerA}/reports/export?${period}&table=participation&format=xlsx&lang=en`)
    expect(xlsx.statusCode).toBe(200)
    const sheet = await readSheet(xlsx.rawPayload)
    expect(sheet.name).toBe('Participation')
    for (const word of ['Month', 'Activity category', 'Person-times', 'Total']) expect(sheet.texts).toContain(word)
    expect(sheet.texts.join('\n')).not.toMatch(/[\u4e00-\u9fff]/)
  })

  it('follows Accept-Language when no lang is given, with Chinese as the default and lang winning over the header', async () => {
    const headerRow = async (query: string, headers: Record<string, string>) =>
      csvRows((await download(`/api/centers/${f.centerA}/reports/export?${period}&table=volunteers&format=csv${query}`, headers)).body)[0]
    const english = ['Month', 'Service hours', 'Points', 'Volunteers served']
    const chinese = ['月份', '服务时长（小时）', '积分', '服务人数']
    expect(await headerRow('', {})).toEqual(chinese)
    expect(await headerRow('', { 'accept-language': 'en-US,en;q=0.9' })).toEqual(english)
    expect(await headerRow('', { 'accept-language': 'fr-FR,en;q=0.8,zh-CN;q=0.5' })).toEqual(english)
    expect(await headerRow('', { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' })).toEqual(chinese)
    expect(await headerRow('', { 'accept-language': 'en;q=0.2,zh-TW;q=0.7' })).toEqual(chinese)
    expect(await headerRow('', { 'accept-language': 'de-DE' })).toEqual(chinese)
    expect(await headerRow('&lang=zh-CN', { 'accept-language': 'en-US' })).toEqual(chinese)
  })

  it('exports the region table in English, and refuses a language it does not have', async () => {
    const region = await download(`/api/regions/${f.subA.id}/reports/export?${period}&format=csv&lang=en`, {}, f.as.admin)
    expect(region.statusCode, region.body).toBe(200)
    expect(csvRows(region.body)[0]).toEqual(['Service center', 'Activities held', 'People', 'Person-times', 'Room utilisation (%)', 'Bookings', 'No-shows', 'Service requests received', 'Closing rate (%)', 'Volunteer hours'])
    const refused = await download(`/api/centers/${f.centerA}/reports/export?${period}&table=rooms&format=csv&lang=fr`)
    expect(refused.statusCode).toBe(400)
    expect(refused.json().code).toBe('validation_failed')
    expect(refused.json().details.map((d: { path: string }) => d.path)).toContain('querystring/lang')
  })
})
