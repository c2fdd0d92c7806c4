import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { type RunningServer, startServer } from './support/server'

const field = (page: Page, test: string) => page.locator(`[data-test="${test}"]`).locator('xpath=descendant-or-self::input|descendant-or-self::textarea').first()

/** The next day after today (in Shanghai) on which the demo centers are open: not a Sunday. */
function nextOpenDay() {
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short' })
  for (let days = 1; ; days++) {
    const parts = Object.fromEntries(fmt.formatToParts(new Date(Date.now() + days * 86_400_000)).map((p) => [p.type, p.value]))
    // Day +3 holds a seeded request in the same room.
    if (parts.weekday !== 'Sun' && days !== 3) return `${parts.year}-${parts.month}-${parts.day}`
  }
}

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('a resident books a room from a phone, and staff approve it', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ smsCodes: true }), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('signs up on the phone, requests a room that needs approval, and sees it approved by staff', async () => {
    const phone = await newPage(browser, { width: 390, height: 844 })
    const centers = await (await fetch(`${server.baseUrl}/api/centers`)).json()
    const center = centers.items.find((c: { name: string }) => c.name === '凤凰台党群服务中心')
    await phone.goto(`${server.baseUrl}/m/centers/${center.id}`)
    await phone.locator('[data-test="m-room"]', { hasText: '两代表一委员工作室' }).click()
    const day = nextOpenDay()
    await phone.locator(`[data-test="m-date-${day}"]`).click()
    await phone.locator('[data-test="m-slot-15:00"][data-state="free"]').click()
    await screenshot(phone, 'phone-room-390x844')
    const next = phone.locator('[data-test="m-next"]')
    if (await next.isVisible()) await next.click()
    await field(phone, 'm-purpose').fill('e2e 楼栋议事')
    await field(phone, 'm-headcount').fill('4')
    await phone.locator('[data-test="m-confirm"]').click()

    // Signed out: the sheet offers sign-in; switch to sign-up (the number proven by an SMS code) and come back with the form intact.
    await phone.locator('[data-test="m-switch-mode"]').click()
    await field(phone, 'm-phone').fill('13912340000')
    const since = server.log().length
    await phone.getByRole('button', { name: '获取验证码' }).click()
    await field(phone, 'm-code').fill(await server.smsCode('13912340000', since))
    await field(phone, 'm-name').fill('测试居民')
    await field(phone, 'm-password').fill('e2e-password')
    await phone.locator('[data-test="m-signup-submit"]').click()
    await phone.locator('[data-test="m-confirm"]').click()
    const done = phone.locator('[data-test="m-booking-done"]')
    await done.waitFor()
    expect(await done.getAttribute('data-status')).toBe('requested')
    await screenshot(phone, 'phone-booking-done-390x844')

    const admin = await newPage(browser, { width: 1366, height: 768 })
    await admin.goto(`${server.baseUrl}/admin/login?redirect=/bookings`)
    await field(admin, 'login-username').fill('staff')
    await field(admin, 'login-password').fill('linli-demo')
    await admin.locator('[data-test="login-submit"]').click()
    await admin.waitForURL((url) => url.pathname.endsWith('/bookings'))
    const row = admin.locator('[data-test="booking-row"]', { hasText: 'e2e 楼栋议事' })
    await row.waitFor()
    await screenshot(admin, 'admin-bookings-pending-1366x768')
    await row.locator('[data-test="booking-approve"]').click()
    await admin.locator('[data-test="booking-row"][data-status="requested"]', { hasText: 'e2e 楼栋议事' }).waitFor({ state: 'detached' })

    await phone.goto(`${server.baseUrl}/m/bookings`)
    const mine = phone.locator('[data-test="m-booking"]', { hasText: '两代表一委员工作室' })
    await expect.poll(async () => (await mine.locator('[data-test="m-booking-status"]').textContent()) ?? '').toMatch(/已通过|已确认|预约成功|Approved/)
    await screenshot(phone, 'phone-my-bookings-390x844')
  })
})
