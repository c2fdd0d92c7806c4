import { readFileSync } from 'node:fs'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeFindings, signInAdmin } from './support/admin-session'
import { artifacts, hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { type RunningServer, startServer } from './support/server'

/** The figure on the KPI card of that name, as a number: `1,234人次` → 1234, `95.3%` → 95.3, `—` → null. */
async function kpi(page: Page | Locator, name: string): Promise<number | null> {
  const text = (await page.getByRole('group', { name, exact: true }).getByRole('paragraph').textContent())!.trim()
  const figure = /^(—|[\d,.]+)/.exec(text)?.[1]
  expect(figure, `${name}: ${text}`).toBeDefined()
  return figure === '—' ? null : Number(figure!.replace(/,/g, ''))
}

/** A chart panel (a region named by its heading) and the chart in it, described by its title and figures. */
const panel = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true })
// ECharts names its own canvas host the same way inside ours: the outer image is the chart.
const chartIn = (region: Locator, title: string) => region.getByRole('img', { name: new RegExp(`^${title}：`) }).first()
/** The table's body rows: those with data cells, not the header's. */
const bodyRows = (region: Locator) => region.getByRole('row').filter({ has: region.page().getByRole('cell') })

/** Whether a chart drew something: a canvas with coloured pixels, or an SVG with shapes, of real size. */
async function drawn(chart: Locator) {
  const box = await chart.boundingBox()
  const painted = await chart.evaluate((el) => {
    const svg = el.querySelector('svg')
    if (svg) return svg.querySelectorAll('path, rect').length > 3
    const canvas = el.querySelector('canvas')
    if (!canvas || !canvas.width || !canvas.height) return false
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) return true
    return false
  })
  return painted && !!box && box.width > 100 && box.height > 100
}

/** Rows of a CSV file: fields split on commas outside quotes, `""` inside quotes read as one quote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  for (const line of text.split(/\r?\n/).filter(Boolean)) {
    const fields: string[] = []
    for (const match of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
      const raw = match[1]!
      fields.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw)
      if (!match[2]) break
    }
    rows.push(fields)
  }
  return rows
}

/** Waits until the report on screen is the one for the current URL: its first panel shown, nothing busy. */
async function settled(page: Page, firstPanel: string) {
  await panel(page, firstPanel).waitFor()
  await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' })
}

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('reports dashboard in a real browser', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows a district admin charts with the API’s figures, exports a table, compares centers and prints a month', async () => {
    const page = await newPage(browser, { width: 1366, height: 768 })
    await signInAdmin(page, server.baseUrl, 'district')

    await page.getByRole('menuitem', { name: '数据报表' }).click()
    await page.waitForURL(/\/admin\/reports/)
    await page.getByRole('combobox', { name: '中心', exact: true }).click()
    await page.getByRole('option', { name: '凤凰台党群服务中心' }).click()
    await page.getByRole('radiogroup', { name: '统计时段' }).getByText('上月', { exact: true }).click()
    await page.waitForURL(/from=.*to=/)
    await settled(page, '各月各类活动参与人次')

    const url = new URL(page.url())
    const [from, to] = ['from', 'to'].map((k) => url.searchParams.get(k)!)
    const centers = await page.evaluate(() => fetch('/api/centers').then((r) => r.json()))
    const centerId = centers.items.find((c: { name: string }) => c.name === '凤凰台党群服务中心').id as string
    const report = await page.evaluate((path) => fetch(path).then((r) => r.json()), `/api/centers/${centerId}/reports?from=${from}&to=${to}`)
    expect(report.centerName).toBe('凤凰台党群服务中心')

    // The cards say what the API says for the same center and period.
    expect(await kpi(page, '开展活动')).toBe(report.totals.activitiesHeld)
    expect(await kpi(page, '参与人数')).toBe(report.totals.people)
    expect(await kpi(page, '参与人次')).toBe(report.totals.personTimes)
    expect(await kpi(page, '预约')).toBe(report.totals.bookings)
    expect(await kpi(page, '未到场')).toBe(report.totals.noShows)
    expect(await kpi(page, '受理民情')).toBe(report.service.received)
    const share = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10)
    expect(await kpi(page, '房间使用率')).toBe(share(report.totals.roomUtilisation))
    expect(await kpi(page, '办结率')).toBe(share(report.service.closingRate))
    expect(await kpi(page, '志愿服务时长')).toBe(Math.round(report.totals.volunteerHours * 10) / 10)

    // Last month of the demo has activities, bookings and room use: those charts are drawn, each with its table.
    expect(report.totals.activitiesHeld).toBeGreaterThan(0)
    for (const title of ['各月各类活动参与人次', '参与人次趋势', '房间使用率', '预约情况']) {
      expect(await drawn(chartIn(panel(page, title), title)), title).toBe(true)
      expect(await bodyRows(panel(page, title)).count(), title).toBeGreaterThan(0)
    }
    // Every panel shows either its chart or the empty state, never neither.
    const titles = await page.getByRole('region').getByRole('heading', { level: 2 }).allTextContents()
    expect(titles).toEqual(['各月各类活动参与人次', '参与人次趋势', '房间使用率', '预约情况', '民情办理', '志愿服务'])
    for (const title of titles) {
      const shown = [await chartIn(panel(page, title), title).isVisible(), await panel(page, title).getByText('该时段暂无数据').isVisible()]
      expect(shown.filter(Boolean), title).toEqual([true])
    }
    await screenshot(page, 'reports-center-1366x768')
    expect(await axeFindings(page)).toEqual([])
    await panel(page, '房间使用率').scrollIntoViewIfNeeded()
    await screenshot(page, 'reports-center-rooms-1366x768')
    await panel(page, '志愿服务').scrollIntoViewIfNeeded()
    await screenshot(page, 'reports-center-service-1366x768')

    // The CSV of the participation table: UTF-8 with a BOM, Chinese headers, a total row last.
    const [download] = await Promise.all([page.waitForEvent('download'), panel(page, '各月各类活动参与人次').getByRole('button', { name: 'CSV' }).click()])
    expect(download.suggestedFilename()).toBe(`凤凰台党群服务中心-活动参与-${from!.slice(0, 7)}.csv`)
    const csv = readFileSync((await download.path())!, 'utf8')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const rows = parseCsv(csv.slice(1))
    expect(rows[0]).toEqual(['月份', '活动类别', '开展活动（场）', '参与人数', '参与人次'])
    expect(rows.at(-1)).toEqual(['合计', '', ...[report.totals.activitiesHeld, report.totals.people, report.totals.personTimes].map(String)])
    expect(rows.length).toBe(report.participation.length + 2)

    // The region: its centers side by side.
    await page.getByRole('radiogroup', { name: '报表范围' }).getByText('区域对比', { exact: true }).click()
    await settled(page, '各中心对比')
    const regionId = new URL(page.url()).searchParams.get('region') ?? (await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json()))).regionId
    const region = await page.evaluate((path) => fetch(path).then((r) => r.json()), `/api/regions/${regionId}/reports?from=${from}&to=${to}`)
    expect(region.centers.length).toBeGreaterThanOrEqual(2)
    expect(await kpi(page, '中心数')).toBe(region.centers.length)
    expect(await kpi(page, '参与人次')).toBe(region.centers.reduce((n: number, c: { personTimes: number }) => n + c.personTimes, 0))
    expect(await drawn(chartIn(panel(page, '各中心对比'), '各中心对比'))).toBe(true)
    expect(await bodyRows(panel(page, '各中心对比')).count()).toBe(region.centers.length)
    await screenshot(page, 'reports-region-1366x768')
    expect(await axeFindings(page)).toEqual([])

    // The printable month, on an A4-sized window: SVG charts, the same figures, no menu.
    const print = await newPage(browser, { width: 794, height: 1123 })
    await signInAdmin(print, server.baseUrl, 'district')
    await print.goto(`${server.baseUrl}/admin/reports/print?centerId=${centerId}&month=${from!.slice(0, 7)}`)
    await expect.poll(() => print.getByRole('heading', { level: 1 }).textContent()).toContain('凤凰台党群服务中心')
    expect(await print.getByRole('menuitem').count()).toBe(0)
    expect(await drawn(chartIn(print.getByRole('region', { name: '活动参与' }), '活动参与'))).toBe(true)
    expect(await print.getByRole('table', { name: '活动参与' }).getByRole('row').count()).toBeGreaterThan(1)
    const figures = print.getByRole('region', { name: '主要指标' })
    expect(await kpi(figures, '参与人次')).toBe(report.totals.personTimes)
    expect(await axeFindings(print)).toEqual([])
    await print.screenshot({ path: `${artifacts}reports-print-794x1123.png`, fullPage: true })
    // As window.print() would: the screen layout's charts on A4 paper (emulating print first would resize them).
    await print.pdf({ path: `${artifacts}reports-print.pdf`, format: 'A4', preferCSSPageSize: true })
    await print.emulateMedia({ media: 'print' })
    // The toolbar stays on screen only: no 打印 button or way back on paper.
    expect(await print.getByRole('button', { name: '打印' }).isVisible()).toBe(false)
    expect(await print.getByRole('link', { name: '返回报表' }).isVisible()).toBe(false)
  })
})
