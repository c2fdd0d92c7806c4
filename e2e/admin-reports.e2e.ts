import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifacts, hasChromium, launchBrowser, newPage } from './support/browser'
import { type RunningServer, startServer } from './support/server'
import { axeFindings, signInAdmin, watchConsole } from './support/admin-session'

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('reports say one thing: same rounding, readable descriptions, distinct files, the chosen language', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  async function lastMonthOfPhoenix(page: Page) {
    await page.goto(`${server.baseUrl}/admin/reports`)
    await page.getByRole('combobox', { name: '中心' }).click()
    await page.getByRole('option', { name: '凤凰台党群服务中心' }).click()
    await page.getByRole('radiogroup', { name: '统计时段' }).getByText('上月', { exact: true }).click()
    await page.waitForURL(/from=.*to=/)
    await page.getByRole('region', { name: '房间使用率' }).getByRole('table').first().waitFor()
  }

  it('describes every chart to screen readers with the table’s figures, and saves the two participation exports under different names', async () => {
    const page = await newPage(browser, { width: 1366, height: 768 })
    const warnings = watchConsole(page)
    await signInAdmin(page, server.baseUrl, 'district')
    await lastMonthOfPhoenix(page)

    const descriptions = await page.getByRole('img').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
    expect(descriptions.length).toBeGreaterThanOrEqual(5)
    // ECharts' own text read out its stacking arrays: "…2026-11的数据是0，12，12，NaN".
    expect(descriptions.filter((d) => /NaN|undefined/.test(d))).toEqual([])
    expect(descriptions.find((d) => d.startsWith('房间使用率：'))).toMatch(/房间 \S+，类型 \S+，开放小时 [\d,.]+，预约小时 [\d,.]+，使用小时 [\d,.]+，使用率 [\d.]+%/)

    const month = new URL(page.url()).searchParams.get('from')!.slice(0, 7)
    const save = async (panel: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('region', { name: panel }).getByRole('button', { name: 'CSV' }).click(),
      ])
      return download.suggestedFilename()
    }
    expect(await save('各月各类活动参与人次')).toBe(`凤凰台党群服务中心-活动参与-${month}.csv`)
    expect(await save('参与人次趋势')).toBe(`凤凰台党群服务中心-参与人次趋势-${month}.csv`)
    await page.getByRole('region', { name: '参与人次趋势' }).screenshot({ path: `${artifacts}admin-reports-one-month-trend.png` })
    expect(await axeFindings(page)).toEqual([])
    expect(warnings).toEqual([])
  })

  it('prints the month with the chart’s figures equal to the table’s, in English when English is chosen', async () => {
    const page = await newPage(browser, { width: 794, height: 1123 })
    await signInAdmin(page, server.baseUrl, 'district')
    await lastMonthOfPhoenix(page)
    const printHref = await page.getByRole('link', { name: /打印月报/ }).getAttribute('href')

    await page.goto(`${server.baseUrl}${printHref}`)
    const rooms = page.getByRole('region', { name: '房间使用' })
    await rooms.getByRole('table').waitFor()
    // The SVG chart writes each room's share next to its bar: the same text as the table's 使用率 column.
    const shares = await rooms.getByRole('table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.lastElementChild!.textContent!.trim()))
    const drawn = await rooms.locator('svg text').allTextContents()
    expect(shares.length).toBeGreaterThan(3)
    expect(shares.filter((s) => !drawn.includes(s)), `drawn: ${drawn.join(' ')}`).toEqual([])
    expect(await axeFindings(page)).toEqual([])

    // The language switch lives in the admin header; the printed month follows it.
    await page.goto(`${server.baseUrl}/admin/centers`)
    await page.getByRole('radiogroup', { name: '语言' }).getByText('English').click()
    await page.goto(`${server.baseUrl}${printHref}`)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/凤凰台党群服务中心 monthly report, \w+ \d{4}/)
    await page.getByRole('heading', { name: 'Key figures' }).waitFor()
    await page.getByRole('button', { name: 'Print' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await axeFindings(page)).toEqual([])
    await page.screenshot({ path: `${artifacts}admin-reports-print-en-794x1123.png`, fullPage: true })
  })
})
