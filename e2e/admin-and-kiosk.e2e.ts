import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { type RunningServer, startServer } from './support/server'

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('admin and kiosk in a real browser against the real server', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('signs in to admin, creates a room, sees it listed, and opens the kiosk preview of the center', async () => {
    const page = await newPage(browser, { width: 1366, height: 768 })
    await page.goto(`${server.baseUrl}/admin/`)
    await page.waitForURL(/\/admin\/login/)
    await page.getByLabel('用户名').fill('manager')
    await page.getByLabel('密码', { exact: true }).fill('linli-demo')
    await page.getByRole('button', { name: '登录' }).click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))

    await page.getByRole('menuitem', { name: '房间', exact: true }).click()
    await page.getByRole('row').filter({ hasText: '多功能厅' }).first().waitFor()
    await page.getByRole('button', { name: '新建房间' }).click()
    const dialog = page.getByRole('dialog', { name: '新建房间' })
    await dialog.getByLabel('房间名称').fill('e2e 读书会活动室')
    await dialog.getByRole('combobox', { name: '类型' }).click()
    await page.getByRole('option', { name: '会议室', exact: true }).click()
    await dialog.getByLabel('容纳人数').fill('18')
    await screenshot(page, 'admin-room-dialog-1366x768')
    await dialog.getByRole('button', { name: '保存' }).click()
    await page.getByRole('row').filter({ hasText: 'e2e 读书会活动室' }).waitFor()
    await screenshot(page, 'admin-rooms-1366x768')

    const me = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json()))
    const kiosk = await newPage(browser, { width: 1920, height: 1080 })
    await kiosk.goto(`${server.baseUrl}/kiosk/centers/${me.centerId}`)
    await kiosk.getByRole('heading', { level: 1, name: '凤凰台党群服务中心' }).waitFor()
    await screenshot(kiosk, 'kiosk-preview-1920x1080')
  })
})
