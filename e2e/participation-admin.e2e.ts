import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { type RunningServer, startServer } from './support/server'
import { staffFetch } from './support/staff-api'

const field = (page: Page, test: string) => page.locator(`[data-test="${test}"]`).locator('xpath=descendant-or-self::input').first()
const text = (page: Page, test: string) => page.locator(`[data-test="${test}"]`).textContent()

/** A wall-clock `YYYY-MM-DDTHH:mm` in Shanghai, the demo centers' zone. */
const shanghai = (ms: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .format(new Date(ms)).replace(' ', 'T')

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('sign-up list and check-in in admin', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('staff open an occurrence from the calendar, tick a resident, count walk-ins and see the attendance follow', async () => {
    // An off-site talk starting within the check-in window (it opens 30 minutes ahead), two residents signed up.
    const staff = await staffFetch(server.baseUrl, 'staff')
    const start = Math.ceil((Date.now() + 5 * 60_000) / 900_000) * 900_000
    const created = await staff.call('POST', `/api/centers/${staff.me.centerId}/activities`, {
      title: 'e2e 防诈骗讲座', category: 'lecture', organiserKind: 'center', organiserName: '凤凰台党群服务中心', roomId: null,
      location: '社区广场', startsLocal: shanghai(start), endsLocal: shanghai(start + 90 * 60_000), capacity: 20, status: 'published',
    })
    expect(created.status).toBe(201)
    const date = shanghai(start).slice(0, 10)
    const listed = await staff.call('GET', `/api/centers/${staff.me.centerId}/occurrences?from=${date}&to=${date}`)
    const occurrence = listed.body.items.find((o: { activityId: string }) => o.activityId === created.body.id)
    for (const phone of ['13800000001', '13800000002']) {
      expect((await staff.call('POST', `/api/occurrences/${occurrence.id}/roster`, { phone })).status).toBe(201)
    }

    const page = await newPage(browser, { width: 1366, height: 768 })
    await page.goto(`${server.baseUrl}/admin/login`)
    await field(page, 'login-username').fill('staff')
    await field(page, 'login-password').fill('linli-demo')
    await page.locator('[data-test="login-submit"]').click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))

    await page.goto(`${server.baseUrl}/admin/calendar?view=day&date=${date}`)
    await page.locator('[data-test="calendar-event"]', { hasText: 'e2e 防诈骗讲座' }).first().click()
    await page.locator('[data-test="occurrence-roster"]').click()
    await page.locator('[data-test="roster-summary"]').waitFor()
    expect(await text(page, 'roster-title')).toContain('e2e 防诈骗讲座')
    expect(await text(page, 'roster-seats-taken')).toBe('2')
    expect(await text(page, 'roster-attendance')).toBe('0')

    // Tick 王秀英 at the door.
    const row = page.locator('tr', { has: page.locator('[data-test="roster-row"][data-name="王秀英"]') })
    await row.locator('[data-test="roster-tick"]').click()
    await expect.poll(() => page.locator('[data-test="roster-row"][data-name="王秀英"]').getAttribute('data-checked')).toBe('true')
    await expect.poll(() => text(page, 'roster-attendance')).toBe('1')

    // Three people without an account come in.
    await field(page, 'walk-in-count').fill('3')
    await page.locator('[data-test="walk-in-add"]').click()
    await expect.poll(() => text(page, 'roster-attendance')).toBe('4')
    expect(await text(page, 'walk-in-total')).toBe('3')
    await screenshot(page, 'admin-roster-1366x768')

    // Counted by mistake: take them back, after confirming.
    await page.locator('[data-test="walk-in-undo"]').click()
    await page.locator('.el-message-box').getByRole('button', { name: '撤销上一次（3 人）' }).click()
    await expect.poll(() => text(page, 'roster-attendance')).toBe('1')
    expect(await text(page, 'walk-in-total')).toBe('0')
  })
})
