import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser, newPage } from './support/browser'
import { type RunningServer, startServer } from './support/server'
import { axeFindings, signInAdmin } from './support/admin-session'

const HEADER = '房间名称,类型,容量,楼层,预约方式,需要审批,设施,说明,启用'
const csv = (...rows: string[]) => Buffer.from(`\ufeff${[HEADER, ...rows].join('\r\n')}\r\n`)

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('导入 on the rooms page: a preview names the bad cell, the fixed file goes in', () => {
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

  it('uploads a file, shows the error by row and column, takes the corrected file and lists the new rooms', async () => {
    await signInAdmin(page, server.baseUrl, 'staff')
    await page.goto(`${server.baseUrl}/admin/rooms`)
    await page.getByRole('button', { name: '导入' }).click()
    const dialog = page.getByRole('dialog', { name: '导入房间' })
    await dialog.getByRole('link', { name: '下载 Excel 模板' }).waitFor()
    expect(await axeFindings(page)).toEqual([])

    await dialog.getByLabel('选择文件').setInputFiles({ name: 'rooms.csv', mimeType: 'text/csv', buffer: csv('导入测试室甲,会议室,12,2,居民可预约,否,,,是', '导入测试室乙,游泳池,20,1,居民可预约,否,,,是') })
    await dialog.getByText('有 1 行存在错误，整批不会导入').waitFor()
    await dialog.getByText('第 3 行“类型”：未知的类型“游泳池”', { exact: false }).waitFor()
    const badRow = dialog.getByRole('row').filter({ hasText: '导入测试室乙' })
    expect(await badRow.getByText('错误').count()).toBeGreaterThan(0)
    expect(await dialog.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true)
    expect(await axeFindings(page)).toEqual([])

    await dialog.getByRole('button', { name: '重新选择文件' }).click()
    await dialog.getByLabel('选择文件').setInputFiles({ name: 'rooms.csv', mimeType: 'text/csv', buffer: csv('导入测试室甲,会议室,12,2,居民可预约,否,,,是', '导入测试室乙,多功能活动室,20,1,居民可预约,否,,,是') })
    await dialog.getByText('共 2 行：新增 2，更新 0，不变 0，有错误 0').waitFor()
    await dialog.getByRole('button', { name: '确认导入' }).click()
    await dialog.getByText('导入完成').waitFor()
    expect(await axeFindings(page)).toEqual([])
    await dialog.getByRole('button', { name: '完成' }).click()

    await page.getByRole('cell', { name: '导入测试室乙' }).waitFor()
    expect(await page.getByRole('cell', { name: '导入测试室甲' }).isVisible()).toBe(true)
  }, 180_000)
})
