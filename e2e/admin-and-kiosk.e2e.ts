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

  it('signs in to admin, creates a room, sees it listed, then sees it on the kiosk lobby page', async () => {
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
    await kiosk.locator('[data-test="kiosk-room"]').getByText('e2e 读书会活动室').waitFor()
    await screenshot(kiosk, 'kiosk-lobby-1920x1080')
  })

  it('updates the open lobby page without a reload when staff change a room', async () => {
    const page = await newPage(browser, { width: 1366, height: 768 })
    await page.goto(`${server.baseUrl}/admin/login`)
    await field(page, 'login-username').fill('staff')
    await field(page, 'login-password').fill('linli-demo')
    await page.locator('[data-test="login-submit"]').click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    const me = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json()))

    const kiosk = await newPage(browser, { width: 1080, height: 1920 })
    await kiosk.goto(`${server.baseUrl}/kiosk/centers/${me.centerId}`)
    await kiosk.locator('[data-test="kiosk-room"]').first().waitFor()
    await kiosk.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true))

    // Change the room on the first card (long lists page every few seconds; the first page is on screen now).
    const firstCard = kiosk.locator('[data-test="kiosk-room"]').first()
    const cardText = (await firstCard.textContent()) ?? ''
    const status = await page.evaluate(async ({ centerId, cardText }) => {
      const { items } = await fetch(`/api/centers/${centerId}/rooms`).then((r) => r.json())
      const room = items
        .filter((r: { name: string }) => cardText.includes(r.name))
        .sort((a: { name: string }, b: { name: string }) => b.name.length - a.name.length)[0]
      const res = await fetch(`/api/rooms/${room.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ capacity: 987 }),
      })
      return res.status
    }, { centerId: me.centerId, cardText })
    expect(status).toBe(200)
    await firstCard.getByText('987').waitFor({ timeout: 5_000 })
    expect(await kiosk.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true)
    await screenshot(kiosk, 'kiosk-lobby-1080x1920')
  })
})
