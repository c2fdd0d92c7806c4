import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { type RunningServer, startServer } from './support/server'

// The input inside an Element Plus control, whether the attribute sits on the input or its wrapper.
const field = (page: Page, test: string) => page.locator(`[data-test="${test}"]`).locator('xpath=descendant-or-self::input').first()

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
    await field(page, 'login-username').fill('manager')
    await field(page, 'login-password').fill('linli-demo')
    await page.locator('[data-test="login-submit"]').click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))

    await page.locator('[data-test="nav-rooms"]').click()
    await page.locator('[data-test="rooms-table"]').getByText('多功能厅').waitFor()
    await page.locator('[data-test="room-new"]').click()
    await field(page, 'room-name').fill('e2e 读书会活动室')
    await page.locator('[data-test="room-kind"]').click()
    await page.locator('[data-test="room-kind-meeting_room"]').click()
    await field(page, 'room-capacity').fill('18')
    await screenshot(page, 'admin-room-dialog-1366x768')
    await page.locator('[data-test="room-save"]').click()
    await page.locator('[data-test="rooms-table"]').getByText('e2e 读书会活动室').waitFor()
    await screenshot(page, 'admin-rooms-1366x768')

    const me = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json()))
    const kiosk = await newPage(browser, { width: 1920, height: 1080 })
    await kiosk.goto(`${server.baseUrl}/kiosk/centers/${me.centerId}`)
    await expect.poll(() => kiosk.locator('[data-test="kiosk-center-name"]').textContent()).toContain('凤凰台党群服务中心')
    await screenshot(kiosk, 'kiosk-preview-1920x1080')
  })
})
