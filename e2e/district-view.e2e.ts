import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeFindings, signInAdmin, watchConsole } from './support/admin-session'
import { hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { pairScreenPage } from './support/screen-codes'
import { type RunningServer, startServer } from './support/server'
import { staffFetch } from './support/staff-api'

/**
 * Picks an option of an Element Plus select found by its label, as a mouse user does. The chosen
 * value's text lies over the input (pointer events and all), so the click lands on it, as a user's would.
 */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click({ force: true })
  await page.getByRole('option', { name: option, exact: true }).click()
}

/** Ticks or unticks an Element Plus checkbox by its visible text (its input is hidden under the drawn box), then checks it took. */
async function tick(page: Page, name: string, on: boolean) {
  await page.getByText(name, { exact: true }).click()
  await expect.poll(() => page.getByRole('checkbox', { name }).isChecked()).toBe(on)
}

/** The rows of the day tables, as text: one line per activity or booking. */
const agendaRows = (page: Page) => page.locator('main table tbody tr').allTextContents()

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('the district view: one calendar and one screen list across the district', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it("shows the demo district admin both centers' week, narrows it by subdistrict and category, and lists every screen with its health", async () => {
    // A lobby screen at 凤凰台 that is on, and one at 经八路 paired but never switched on.
    const manager = await staffFetch(server.baseUrl, 'manager')
    const kiosk = await newPage(browser, { width: 1280, height: 720 })
    await pairScreenPage(kiosk, server.baseUrl, manager, 'lobby')
    const district = await staffFetch(server.baseUrl, 'district')
    const centers = (await district.call('GET', '/api/centers')).body.items as { id: string; name: string }[]
    const jingbalu = centers.find((c) => c.name === '经八路街道党群服务中心')!
    const pairing = await fetch(`${server.baseUrl}/api/screens/pairings`, { method: 'POST' }).then((r) => r.json()) as { code: string }
    expect((await district.call('POST', `/api/centers/${jingbalu.id}/screens`, { code: pairing.code, name: '经八路一楼大厅', layout: 'lobby', language: 'zh-CN' })).status).toBe(201)

    const page = await newPage(browser, { width: 1366, height: 768 })
    const warnings = watchConsole(page)
    await signInAdmin(page, server.baseUrl, 'district')

    // 全区日历: this week, every center of 金水区, by day.
    await page.getByRole('menuitem', { name: '全区日历' }).click()
    await page.getByRole('heading', { name: '全区活动日历', level: 1 }).waitFor()
    await page.getByRole('heading', { level: 2 }).first().waitFor()
    await expect.poll(async () => (await agendaRows(page)).length, { timeout: 15_000 }).toBeGreaterThan(3)
    const week = (await agendaRows(page)).join('\n')
    expect(week).toContain('凤凰台党群服务中心')
    expect(week).toContain('经八路街道党群服务中心')
    expect(week).not.toContain('体育公园党群服务中心')
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(7)
    expect(await axeFindings(page)).toEqual([])

    // One subdistrict: only its center is left.
    await choose(page, '街道', '经八路街道')
    await expect.poll(async () => (await agendaRows(page)).join('\n'), { timeout: 10_000 }).not.toContain('凤凰台党群服务中心')
    expect((await agendaRows(page)).every((row) => row.includes('经八路街道党群服务中心'))).toBe(true)

    // Back to the whole district, one category: every line is a 少儿课堂 (or the days say they have none).
    await choose(page, '街道', '全部街道')
    await choose(page, '类别', '少儿课堂')
    await expect.poll(async () => (await agendaRows(page)).every((row) => row.includes('少儿课堂')), { timeout: 10_000 }).toBe(true)
    await choose(page, '类别', '全部类别')
    await tick(page, '显示房间预约', true)
    await page.getByText(/项预约/).waitFor()
    expect(await axeFindings(page)).toEqual([])
    await screenshot(page, 'district-calendar-1366x768')

    // A day at a time: one day heading.
    await page.getByRole('radiogroup', { name: '视图' }).getByText('日', { exact: true }).click()
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count()).toBe(1)

    // 全区大屏: both centers' screens in one list, the live one online and the other waiting.
    await page.getByRole('menuitem', { name: '全区大屏' }).click()
    await page.getByRole('heading', { name: '全区大屏状态', level: 1 }).waitFor()
    const live = page.getByRole('row', { name: /凤凰台党群服务中心.*e2e lobby/ })
    const waiting = page.getByRole('row', { name: /经八路街道党群服务中心.*经八路一楼大厅/ })
    await waiting.waitFor()
    await expect.poll(() => live.textContent(), { timeout: 20_000 }).toContain('在线')
    expect(await waiting.textContent()).toContain('从未连接')
    await page.getByText(/共 2 块大屏：在线 1，离线 1/).waitFor()
    await tick(page, '只看离线', true)
    await expect.poll(() => page.getByRole('row', { name: /e2e lobby/ }).count()).toBe(0)
    await tick(page, '只看离线', false)
    expect(await axeFindings(page)).toEqual([])
    await screenshot(page, 'district-screens-1366x768')

    // 数据报表 > 区域对比: the district's activities by category, and the rate of 老年人 (the demo's 银龄 groups stand for them).
    await page.getByRole('menuitem', { name: '数据报表' }).click()
    const scope = page.getByRole('radiogroup', { name: '报表范围' })
    await scope.waitFor()
    await scope.getByText('区域对比', { exact: true }).click()
    await page.getByRole('region', { name: '活动类别（全区）', exact: true }).waitFor()
    const audiences = page.getByRole('region', { name: '目标人群参与率', exact: true })
    await audiences.getByRole('status').filter({ hasText: /^\s*老年人：[\d.]+%（40 人中 \d+ 人参与）\s*$/ }).waitFor()
    // As a person would, wait until the report says it is no longer loading: a reading still under way
    // (the region chosen once the regions arrive) lays its mask over the list and closes it.
    await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' })
    // The chosen 老年人 lies over the select's input, so the click lands on it, as a person's would.
    // Clicked again while the list has not shown: a reading finishing just then closes it.
    const children = page.getByRole('option', { name: '儿童', exact: true })
    await expect.poll(async () => {
      if (!(await children.isVisible())) await audiences.getByRole('combobox', { name: '目标人群' }).click({ force: true })
      return children.isVisible()
    }, { timeout: 20_000, interval: 500 }).toBe(true)
    await children.click()
    await audiences.getByRole('status').filter({ hasText: '还没有标记为这一人群的目标群体' }).waitFor()
    await audiences.scrollIntoViewIfNeeded()
    expect(await axeFindings(page)).toEqual([])
    await screenshot(page, 'district-report-audiences-1366x768')
    expect(warnings).toEqual([])
  }, 120_000)
})
