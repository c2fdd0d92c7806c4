import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser, newPage } from './support/browser'
import { type RunningServer, startServer } from './support/server'
import { axeFindings, signInAdmin } from './support/admin-session'

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('导入 整个中心 on the rooms page: one workbook, previewed by sheet, goes in at once', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
    page = await newPage(browser, { width: 1366, height: 900 })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('refuses a CSV for the workbook, previews the downloaded template sheet by sheet and imports every sheet', async () => {
    await signInAdmin(page, server.baseUrl, 'staff')
    await page.goto(`${server.baseUrl}/admin/rooms`)
    await page.getByRole('button', { name: '导入' }).click()
    await page.getByRole('dialog', { name: '导入房间' }).getByText('整个中心（多个工作表）').click()
    const dialog = page.getByRole('dialog', { name: '导入整个中心（多个工作表）' })
    const template = dialog.getByRole('link', { name: '下载 Excel 模板' })
    await template.waitFor()
    expect(await dialog.getByRole('link', { name: '下载 CSV 模板' }).count()).toBe(0)
    expect(await axeFindings(page)).toEqual([])

    await dialog.getByLabel('选择文件').setInputFiles({ name: 'center.csv', mimeType: 'text/csv', buffer: Buffer.from('\ufeff房间名称,类型,容量,楼层,预约方式\r\n') })
    await dialog.getByRole('alert').filter({ hasText: '整个中心的导入需要 Excel 工作簿' }).waitFor()

    const workbook = await page.request.get(`${server.baseUrl}${await template.getAttribute('href')}`)
    expect(workbook.status()).toBe(200)
    await dialog.getByLabel('选择文件').setInputFiles({ name: 'center.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await workbook.body() })
    // The demo center already has the example room and team, so they are updated rather than new.
    const summary = dialog.getByRole('status').filter({ hasText: '共 5 行' })
    await summary.waitFor()
    expect(await summary.textContent()).toContain('有错误 0')
    for (const sheet of ['房间', '居民', '志愿服务队', '志愿者', '活动']) await dialog.getByRole('tab', { name: `${sheet}（1 行）` }).waitFor()
    await dialog.getByRole('tab', { name: '活动（1 行）' }).click()
    await dialog.getByText('活动：共 1 行，新增 1').waitFor()
    expect(await axeFindings(page)).toEqual([])

    await dialog.getByRole('button', { name: '确认导入' }).click()
    await dialog.getByText('导入完成').waitFor()
    await dialog.getByRole('button', { name: '完成' }).click()
    await page.getByRole('cell', { name: '党员活动室' }).first().waitFor()
  }, 180_000)
})
