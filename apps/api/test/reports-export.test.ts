import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { CenterReport, RegionReport } from '@linli/contracts'
import { hours, hoursValue, percent, percentValue } from '../../admin/src/features/reports/report-format'
import { newReportFixture } from './support/report-fixture'
import { useTestApp } from './support/test-app'

type Cell = string | number | null

/** CSV back into rows: quoted cells are text, bare ones numbers, empty ones null. */
function parseCsv(text: string): Cell[][] {
  expect(text.startsWith('\ufeff')).toBe(true)
  expect(text.endsWith('\r\n')).toBe(true)
  const lines = text.slice(1, -2).split('\r\n')
  expect(lines.every((l) => !l.includes('\n'))).toBe(true)
  // No cell of these tables holds a comma or a quote, so splitting is enough.
  return lines.map((line) => line.split(',').map((cell) => (cell === '' ? null : cell.startsWith('"') ? cell.slice(1, -1) : Number(cell))))
}

/**
 * XLSX back into rows, read as a spreadsheet program reads it (through exceljs): text cells as
 * text, numbers as numbers, missing cells as null; no cell may be a formula.
 */
async function parseXlsx(bytes: Buffer): Promise<{ rows: Cell[][]; sheetName: string; sheetCount: number }> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]!
  const rows: Cell[][] = []
  sheet.eachRow((row, r) => {
    const cells: Cell[] = []
    row.eachCell((cell, c) => {
      expect(cell.type, cell.address).not.toBe(ExcelJS.ValueType.Formula)
      while (cells.length < c - 1) cells.push(null)
      cells.push(cell.value as string | number)
    })
    rows[r - 1] = cells
  })
  return { rows, sheetName: sheet.name, sheetCount: workbook.worksheets.length }
}


describe('report exports, parsed back and compared with the JSON report', () => {
  const ctx = useTestApp()
  let f: Awaited<ReturnType<typeof newReportFixture>>
  let report: CenterReport
  const period = 'from=2026-10-01&to=2026-10-31'
  const download = (url: string, cookie = f.as.staff) => ctx.app.inject({ method: 'GET', url, headers: { cookie } })

  it('builds the fixture', async () => {
    f = await newReportFixture(ctx.app, ctx.db)
    report = (await download(`/api/centers/${f.centerA}/reports?${period}`)).json()
  })

  /** Each table as the JSON report has it: Chinese headers, the rows, a total row. */
  const expected = (): Record<string, Cell[][]> => {
    const t = report.totals
    // As the admin's report page shows them (one decimal), not as the JSON carries them.
    const pct = (x: number | null) => (x === null ? null : percentValue(x))
    return {
      participation: [
        ['月份', '活动类别', '开展活动（场）', '参与人数', '参与人次'],
        ['2026-10', '少儿课堂', 1, 3, 3], ['2026-10', '文体活动', 1, 11, 11], ['2026-10', '讲座讲堂', 2, 11, 12],
        ['合计', '', t.activitiesHeld, t.people, t.personTimes],
      ],
      rooms: [
        ['房间', '房间类型', '开放时长（小时）', '预订时长（小时）', '使用时长（小时）', '使用率（%）'],
        ...report.rooms.map((r) => [r.roomName, { other: '其他', meeting_room: '会议室', multi_function: '多功能活动室' }[r.kind as string]!, hoursValue(r.openHours), hoursValue(r.bookedHours), hoursValue(r.usedHours), pct(r.utilisation)]),
        ['合计', '', 573, 12.5, 10.5, 1.8],
      ],
      bookings: [
        ['月份', '状态', '预约数'],
        ...report.bookingsByStatus.map((b) => [b.month, { requested: '待审批', approved: '已通过', rejected: '已拒绝', cancelled: '已取消', expired: '已过期', checked_in: '已签到', completed: '已完成', no_show: '未到场' }[b.status], b.count]),
        ['合计', '', 9],
      ],
      service: [
        ['月份', '受理', '当场办结', '登记转办', '转办办结', '办结率（%）'],
        ['2026-10', 8, 3, 3, 2, 66.7],
        ['合计', 8, 3, 3, 2, 66.7],
      ],
      volunteers: [
        ['月份', '服务时长（小时）', '积分', '服务人数'],
        ['2026-10', 3, 30, 2],
        ['合计', 3, 30, 2],
      ],
    }
  }

  it('writes every table of a center as CSV: BOM, CRLF, Chinese headers, the report figures, formulas neutralised', async () => {
    for (const [table, rows] of Object.entries(expected())) {
      const res = await download(`/api/centers/${f.centerA}/reports/export?${period}&table=${table}&format=csv`)
      expect(res.statusCode, res.body).toBe(200)
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
      expect(res.headers['content-disposition']).toContain(`filename="linli-${table}-2026-10.csv"`)
      const parsed = parseCsv(res.body)
      // The room named "=SUM(A1)活动室" arrives as text, not as a formula.
      expect(parsed, table).toEqual(rows.map((row) => row.map((c) => (c === '=SUM(A1)活动室' ? "'=SUM(A1)活动室" : c))))
    }
  })

  it('reads in the CSV as on the report page: shares and hours to one decimal, rounded the same way', async () => {
    const csv = async (table: string) => parseCsv((await download(`/api/centers/${f.centerA}/reports/export?${period}&table=${table}&format=csv`)).body)
    const service = (await csv('service')).at(-1)!
    expect(`${service[5]}%`).toBe(percent(report.service.closingRate)) // 66.7%, not 66.67
    const rooms = (await csv('rooms')).at(-1)!
    expect(`${rooms[5]}%`).toBe(percent(report.totals.roomUtilisation)) // 1.8%, not 1.83
    expect(String(rooms[4])).toBe(hours(report.rooms.reduce((n, r) => n + r.usedHours, 0)))
  })

  it('writes every table of a center as XLSX that unzips to one sheet with the same cells', async () => {
    const titles: Record<string, string> = { participation: '活动参与', rooms: '房间使用', bookings: '预约情况', service: '民情办理', volunteers: '志愿服务' }
    const centerName = (await ctx.db.selectFrom('centers').select('name').where('id', '=', f.centerA).executeTakeFirstOrThrow()).name
    for (const [table, rows] of Object.entries(expected())) {
      const res = await download(`/api/centers/${f.centerA}/reports/export?${period}&table=${table}&format=xlsx`)
      expect(res.statusCode, res.body).toBe(200)
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      const disposition = String(res.headers['content-disposition'])
      expect(disposition).toContain(`filename="linli-${table}-2026-10.xlsx"`)
      expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!)).toBe(`${centerName}-${titles[table]}-2026-10.xlsx`)
      const xlsx = await parseXlsx(res.rawPayload)
      expect(xlsx.sheetCount).toBe(1)
      expect(xlsx.sheetName).toBe(titles[table])
      // Empty text cells are written as empty strings; a missing share is a missing cell.
      expect(xlsx.rows, table).toEqual(rows)
    }
  })

  it('exports the region table of centers, and refuses a table the report does not have', async () => {
    const region = (await download(`/api/regions/${f.subA.id}/reports?${period}`, f.as.admin)).json() as RegionReport
    for (const format of ['csv', 'xlsx'] as const) {
      const res = await download(`/api/regions/${f.subA.id}/reports/export?${period}&format=${format}`, f.as.admin)
      expect(res.statusCode, res.body).toBe(200)
      const rows = format === 'csv' ? parseCsv(res.body) : (await parseXlsx(res.rawPayload)).rows
      expect(rows[0]).toEqual(['服务中心', '开展活动（场）', '参与人数', '参与人次', '房间使用率（%）', '预约数', '未到场', '受理民情', '办结率（%）', '志愿服务时长（小时）'])
      expect(rows.slice(1).map((r) => [r[0], r[1], r[3], r[4]])).toEqual(region.centers.map((c) => [c.centerName, c.activitiesHeld, c.personTimes, c.roomUtilisation === null ? null : percentValue(c.roomUtilisation)]))
    }
    const wrong = await download(`/api/centers/${f.centerA}/reports/export?${period}&table=centers&format=csv`)
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json().code).toBe('invalid_table')
    expect((await download(`/api/centers/${f.centerA}/reports/export?${period}&table=rooms&format=pdf`)).statusCode).toBe(400)
    expect((await download(`/api/centers/${f.centerA}/reports/export?${period}&table=rooms&format=csv`, f.asStaffN)).statusCode).toBe(403)
  })
})
