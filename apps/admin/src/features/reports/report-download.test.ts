import { describe, expect, it } from 'vitest'
import { ApiError } from '@linli/api-client'
import { dispositionName, exportError, exportFileName, periodLabel } from './report-download'
import { monthTitle, printMonth, printedAt } from './print/print-month'

describe('downloads', () => {
  it('names the file as the API does, preferring the Chinese name', () => {
    const header = `attachment; filename="linli-rooms-2026-10.csv"; filename*=UTF-8''${encodeURIComponent('凤凰台党群服务中心-房间使用-2026-10.csv')}`
    expect(dispositionName(header)).toBe('凤凰台党群服务中心-房间使用-2026-10.csv')
    expect(dispositionName('attachment; filename="linli-rooms-2026-10.csv"')).toBe('linli-rooms-2026-10.csv')
    expect(dispositionName("attachment; filename=plain.xlsx; filename*=UTF-8''%E0%A4%A")).toBe('plain.xlsx')
    expect(dispositionName(null)).toBeUndefined()
  })

  it('turns an error answer into the client’s ApiError', async () => {
    const res = new Response(JSON.stringify({ statusCode: 400, code: 'range_too_long', message: 'A report covers at most 731 days' }), { status: 400 })
    const err = await exportError(res)
    expect(err).toBeInstanceOf(ApiError)
    expect([err.statusCode, err.code]).toEqual([400, 'range_too_long'])
    const html = await exportError(new Response('<html>', { status: 502, statusText: 'Bad Gateway' }))
    expect([html.statusCode, html.code, html.message]).toEqual([502, 'http_error', 'Bad Gateway'])
  })
})

describe('the printed month', () => {
  it('reads ?month= or falls back to this month in the center’s time zone', () => {
    expect(printMonth('2026-10', 'Asia/Shanghai')).toEqual({ month: '2026-10', range: ['2026-10-01', '2026-10-31'] })
    expect(printMonth('October', 'Asia/Shanghai', new Date('2026-11-30T16:30:00Z'))).toEqual({ month: '2026-12', range: ['2026-12-01', '2026-12-31'] })
    expect(printMonth(undefined, 'Asia/Shanghai', new Date('2026-11-10T00:00:00Z')).month).toBe('2026-11')
  })

  it('titles the month in Chinese and stamps the print time in the center’s zone', () => {
    expect(monthTitle('2026-11', 'zh-CN')).toBe('2026年11月')
    expect(printedAt('Asia/Shanghai', new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-22 07:30')
  })
})

describe('export file names', () => {
  it('name whose, what and when, with the period as the API writes it', () => {
    expect(exportFileName('凤凰台党群服务中心', '参与人次趋势', '2026-11-01', '2026-11-30')).toBe('凤凰台党群服务中心-参与人次趋势-2026-11')
    expect(periodLabel('2024-02-01', '2024-02-29')).toBe('2024-02')
    expect(periodLabel('2026-10-01', '2026-12-31')).toBe('2026-10-01_2026-12-31')
    expect(periodLabel('2026-11-02', '2026-11-30')).toBe('2026-11-02_2026-11-30')
  })
})
