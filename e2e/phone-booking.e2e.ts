import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { signInAdmin } from './support/admin-session'
import { hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { type RunningServer, startServer } from './support/server'

/** The date chip's name, as the phone reads it out: 12月7日周一. */
const dayName = (date: string) =>
  new Intl.DateTimeFormat('zh-CN', { month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`))

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
    await phone.getByRole('link').filter({ hasText: '两代表一委员工作室' }).click()
    const day = nextOpenDay()
    await phone.getByRole('group', { name: '选择日期' }).getByRole('button', { name: dayName(day) }).click()
    await phone.getByRole('button', { name: '15:00 可预约', exact: true }).click()
    await screenshot(phone, 'phone-room-390x844')
    const next = phone.getByRole('button', { name: '填写信息' })
    if (await next.isVisible()) await next.click()
    await phone.getByLabel('用途').fill('e2e 楼栋议事')
    await phone.getByLabel('人数').fill('4')
    await phone.getByRole('button', { name: '确认预约' }).click()

    // Signed out: the sheet offers sign-in; switch to sign-up (the number proven by an SMS code) and come back with the form intact.
    await phone.getByRole('button', { name: '还没有账号？注册' }).click()
    await phone.getByLabel('手机号', { exact: true }).fill('13912340000')
    const since = server.log().length
    await phone.getByRole('button', { name: '获取验证码' }).click()
    await phone.getByLabel('短信验证码').fill(await server.smsCode('13912340000', since))
    await phone.getByLabel('姓名', { exact: true }).fill('测试居民')
    await phone.getByLabel('密码（选填）').fill('e2e-password')
    await phone.getByRole('button', { name: '注册并登录' }).click()
    await phone.getByRole('button', { name: '确认预约' }).click()
    // A room that needs approval: the resident is told it waits for staff.
    await phone.getByRole('heading', { name: '已提交，等待审核' }).waitFor()
    await screenshot(phone, 'phone-booking-done-390x844')

    const admin = await newPage(browser, { width: 1366, height: 768 })
    await signInAdmin(admin, server.baseUrl, 'staff')
    await admin.goto(`${server.baseUrl}/admin/bookings`)
    const row = admin.getByRole('row').filter({ hasText: 'e2e 楼栋议事' })
    await row.waitFor()
    await screenshot(admin, 'admin-bookings-pending-1366x768')
    await row.getByRole('button', { name: '通过', exact: true }).click()
    await row.getByRole('button', { name: '通过', exact: true }).waitFor({ state: 'detached' })

    await phone.goto(`${server.baseUrl}/m/bookings`)
    const mine = phone.getByRole('article').filter({ has: phone.getByRole('heading', { name: '两代表一委员工作室' }) })
    await mine.getByText('已通过', { exact: true }).waitFor()
    await screenshot(phone, 'phone-my-bookings-390x844')
  })
})
