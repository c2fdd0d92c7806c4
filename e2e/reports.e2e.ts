import { readFileSync } from 'node:fs'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInAdmin } from './support/admin-session'
import { artifacts, hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { type RunningServer, startServer } from './support/server'

const byTest = (page: Page | Locator, test: string) => page.locator(`[data-test="${test}"]`)

/** The figure on a KPI card as a number: `1,234` → 1234, `95.3%` → 95.3, `—` → null. */
async function kpi(page: Page, key: string): Promise<number | null> {
  const text = (await byTest(byTest(page, `kpi-${key}`), 'kpi-value').textContent())!.trim()
  return text === '—' ? null : Number(text.replace(/[,%]/g, ''))
}

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

/** Waits until the report on screen is the one for the current URL (no loading mask left). */
async function settled(page: Page, dashboard: string) {
  await byTest(page, dashboard).waitFor()
  await page.locator('[data-test="reports-body"] > .el-loading-mask').waitFor({ state: 'detached' })
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
    await settled(page, 'center-dashboard')

    const url = new URL(page.url())
    const [from, to] = ['from', 'to'].map((k) => url.searchParams.get(k)!)
    const centers = await page.evaluate(() => fetch('/api/centers').then((r) => r.json()))
    const centerId = centers.items.find((c: { name: string }) => c.name === '凤凰台党群服务中心').id as string
    const report = await page.evaluate((path) => fetch(path).then((r) => r.json()), `/api/centers/${centerId}/reports?from=${from}&to=${to}`)
    expect(report.centerName).toBe('凤凰台党群服务中心')

    // The cards say what the API says for the same center and period.
    expect(await kpi(page, 'activitiesHeld')).toBe(report.totals.activitiesHeld)
    expect(await kpi(page, 'people')).toBe(report.totals.people)
    expect(await kpi(page, 'personTimes')).toBe(report.totals.personTimes)
    expect(await kpi(page, 'bookings')).toBe(report.totals.bookings)
    expect(await kpi(page, 'noShows')).toBe(report.totals.noShows)
    expect(await kpi(page, 'serviceReceived')).toBe(report.service.received)
    const share = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10)
    expect(await kpi(page, 'roomUtilisation')).toBe(share(report.totals.roomUtilisation))
    expect(await kpi(page, 'serviceClosingRate')).toBe(share(report.service.closingRate))
    expect(await kpi(page, 'volunteerHours')).toBe(Math.round(report.totals.volunteerHours * 10) / 10)

    // Last month of the demo has activities, bookings and room use: those charts are drawn, each with its table.
    expect(report.totals.activitiesHeld).toBeGreaterThan(0)
    for (const panel of ['participation', 'trend', 'rooms', 'bookings']) {
      expect(await drawn(byTest(page, `panel-${panel}`).locator('[data-test="report-chart"]')), panel).toBe(true)
      expect(await byTest(page, `table-${panel}`).locator('tbody tr').count(), panel).toBeGreaterThan(0)
    }
    const panels = await page.locator('[data-test^="panel-"]').count()
    expect(await page.locator('[data-test="report-chart"]').count() + await page.locator('[data-test^="panel-"] .el-empty').count()).toBe(panels)
    await screenshot(page, 'reports-center-1366x768')
    await byTest(page, 'panel-rooms').scrollIntoViewIfNeeded()
    await screenshot(page, 'reports-center-rooms-1366x768')
    await byTest(page, 'panel-volunteers').scrollIntoViewIfNeeded()
    await screenshot(page, 'reports-center-service-1366x768')

    // The CSV of the participation table: UTF-8 with a BOM, Chinese headers, a total row last.
    const [download] = await Promise.all([page.waitForEvent('download'), byTest(byTest(page, 'panel-participation'), 'export-participation-csv').click()])
    expect(download.suggestedFilename()).toBe(`凤凰台党群服务中心-活动参与-${from!.slice(0, 7)}.csv`)
    const csv = readFileSync((await download.path())!, 'utf8')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const rows = parseCsv(csv.slice(1))
    expect(rows[0]).toEqual(['月份', '活动类别', '开展活动（场）', '参与人数', '参与人次'])
    expect(rows.at(-1)).toEqual(['合计', '', ...[report.totals.activitiesHeld, report.totals.people, report.totals.personTimes].map(String)])
    expect(rows.length).toBe(report.participation.length + 2)

    // The region: its centers side by side.
    await page.getByRole('radiogroup', { name: '报表范围' }).getByText('区域对比', { exact: true }).click()
    await settled(page, 'region-dashboard')
    const regionId = new URL(page.url()).searchParams.get('region') ?? (await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json()))).regionId
    const region = await page.evaluate((path) => fetch(path).then((r) => r.json()), `/api/regions/${regionId}/reports?from=${from}&to=${to}`)
    expect(region.centers.length).toBeGreaterThanOrEqual(2)
    expect(await kpi(page, 'centers')).toBe(region.centers.length)
    expect(await kpi(page, 'personTimes')).toBe(region.centers.reduce((n: number, c: { personTimes: number }) => n + c.personTimes, 0))
    expect(await drawn(byTest(page, 'panel-centers').locator('[data-test="report-chart"]'))).toBe(true)
    expect(await byTest(page, 'table-centers').locator('tbody tr').count()).toBe(region.centers.length)
    await screenshot(page, 'reports-region-1366x768')

    // The printable month, on an A4-sized window: SVG charts, the same figures, no menu.
    const print = await newPage(browser, { width: 794, height: 1123 })
    await signInAdmin(print, server.baseUrl, 'district')
    await print.goto(`${server.baseUrl}/admin/reports/print?centerId=${centerId}&month=${from!.slice(0, 7)}`)
    await expect.poll(() => byTest(print, 'print-title').textContent()).toContain('凤凰台党群服务中心')
    expect(await print.getByRole('menuitem').count()).toBe(0)
    expect(await drawn(byTest(print, 'print-participation').locator('[data-test="report-chart"]'))).toBe(true)
    expect(await byTest(print, 'print-kpi-personTimes').textContent()).toContain(report.totals.personTimes.toLocaleString('en-US'))
    await print.screenshot({ path: `${artifacts}reports-print-794x1123.png`, fullPage: true })
    // As window.print() would: the screen layout's charts on A4 paper (emulating print first would resize them).
    await print.pdf({ path: `${artifacts}reports-print.pdf`, format: 'A4', preferCSSPageSize: true })
    await print.emulateMedia({ media: 'print' })
    expect(await byTest(print, 'print-toolbar').isVisible()).toBe(false)
  })
})
