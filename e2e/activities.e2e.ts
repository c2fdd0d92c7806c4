import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { type RunningServer, startServer } from './support/server'

const field = (page: Page, test: string) => page.locator(`[data-test="${test}"]`).locator('xpath=descendant-or-self::input').first()

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('activity calendar in admin', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('creates a monthly themed party day and sees it in the week view', async () => {
    const page = await newPage(browser, { width: 1366, height: 768 })
    await page.goto(`${server.baseUrl}/admin/login`)
    await field(page, 'login-username').fill('manager')
    await field(page, 'login-password').fill('linli-demo')
    await page.locator('[data-test="login-submit"]').click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))

    await page.locator('[data-test="nav-calendar"]').click()
    await page.locator('[data-test="activity-new"]').click()
    await page.locator('[data-test="activity-dialog"]').waitFor()
    await field(page, 'activity-title').fill('e2e 主题党日')
    await page.locator('[data-test="activity-category"]').click()
    await page.locator('[data-test="activity-category-party_day"]').click()
    await page.locator('[data-test="preset-party_day"]').click()
    const date = field(page, 'activity-date')
    await date.fill('2027-03-12')
    await date.press('Enter')
    for (const [test, time] of [['activity-start', '19:00'], ['activity-end', '20:30']] as const) {
      const input = field(page, test)
      await input.click()
      await input.fill(time)
      await input.press('Enter')
    }
    await page.locator('[data-test="activity-room"]').click()
    await page.getByRole('option', { name: '党员活动室' }).click()
    await page.locator('[data-test="recurrence-preview-item"]').first().waitFor()
    const preview = await page.locator('[data-test="recurrence-preview-item"]').allTextContents()
    expect(preview.length).toBeGreaterThan(3)
    await page.locator('[data-test="activity-no-conflicts"]').waitFor()
    await screenshot(page, 'admin-activity-editor-1366x768')
    await page.locator('[data-test="activity-save"]').click()
    await page.locator('[data-test="activity-dialog"]').waitFor({ state: 'hidden' })

    // The second Friday of April 2027 is the 9th: the series shows there too.
    await page.goto(`${server.baseUrl}/admin/calendar?view=week&date=2027-04-09`)
    await page.locator('[data-test="calendar-loading"]').waitFor({ state: 'detached' })
    const event = page.locator('[data-test="calendar-event"]', { hasText: 'e2e 主题党日' })
    await event.first().waitFor()
    expect(await event.count()).toBe(1)
    await screenshot(page, 'admin-calendar-week-1366x768')
  })
})
