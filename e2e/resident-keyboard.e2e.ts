import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeFindings } from './support/admin-session'
import { hasChromium, launchBrowser, screenshot } from './support/browser'
import { phoneContext } from './support/phone'
import { focused, openPhonePage, tabTo } from './support/resident-pages'
import { type RunningServer, startServer } from './support/server'

/** A name to match exactly, whatever characters it holds. */
const exactly = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)

/** Tabs to the control named `name`, every stop on the way showing a focus ring. */
async function tabOn(page: Page, name: RegExp, limit?: number) {
  expect(await tabTo(page, name, limit), `controls without a focus ring on the way to ${name}`).toEqual([])
}

/** Tabs to the control named `name` and presses Enter on it. */
async function press(page: Page, name: RegExp, limit?: number) {
  await tabOn(page, name, limit)
  await page.keyboard.press('Enter')
}

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('a resident using only a keyboard, with time to spare (issue 14 §6, MIIT 2020)', () => {
  let server: RunningServer
  let browser: Browser
  let centerId: string
  let roomId: string

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ smsCodes: true }), launchBrowser()])
    const center = (await (await fetch(`${server.baseUrl}/api/centers`)).json()).items.find((c: { name: string }) => c.name === '凤凰台党群服务中心')
    const rooms = (await (await fetch(`${server.baseUrl}/api/centers/${center.id}/rooms`)).json()).items as { id: string; access: string }[]
    centerId = center.id
    roomId = rooms.find((r) => r.access === 'resident')!.id
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('signs in by SMS code, books a slot and signs up for an activity by Tab and Enter alone, with a focus ring on every stop', async () => {
    // 赵丽, a demo resident with no bookings at this center.
    const phone = '13800000003'
    const context = await phoneContext(browser)
    const page = await context.newPage()
    // The page's own clock, so the code's resend wait can be lived through without waiting a minute.
    await page.clock.install()

    // Sign in by code: the number, 获取验证码, the code, 登录.
    await openPhonePage(page, `${server.baseUrl}/m/login`)
    await tabOn(page, /^手机号/, 20)
    await page.keyboard.type(phone)
    const since = server.log().length
    await press(page, /^获取验证码$/)
    const code = await server.smsCode(phone, since)
    // The button waits while the server would refuse; focus has gone on to the code field, not back to the top.
    const resend = page.getByRole('button', { name: /秒后重发/ })
    await resend.waitFor()
    expect(await resend.isDisabled()).toBe(true)
    expect((await focused(page)).name).toMatch(/^短信验证码/)
    // No timed step without a way on: once the wait is over, the same button sends a new code.
    await page.clock.fastForward('01:05')
    const again = page.getByRole('button', { name: '重新获取验证码' })
    await again.waitFor()
    expect(await again.isEnabled()).toBe(true)
    await page.keyboard.type(code)
    await press(page, /^登录$/)
    await page.waitForURL((url) => !url.pathname.endsWith('/login'))

    // Book tomorrow's first free slot in a room: day, slot, 填写信息, purpose, headcount, 确认预约.
    await openPhonePage(page, `${server.baseUrl}/m/rooms/${roomId}`)
    const tomorrow = (await page.getByRole('group', { name: '选择日期' }).getByRole('button').nth(1).getAttribute('aria-label'))!
    await press(page, exactly(tomorrow))
    await page.waitForLoadState('networkidle')
    const slot = (await page.getByRole('list', { name: '选择时段' }).getByRole('button', { disabled: false }).first().getAttribute('aria-label'))!
    await press(page, exactly(slot), 80)
    await press(page, /^填写信息$/)
    // 填写信息 takes focus on to the form's first field.
    await expect.poll(async () => (await focused(page)).name).toMatch(/^用途/)
    await page.keyboard.type('键盘预约测试')
    await tabOn(page, /^人数/, 10)
    await page.keyboard.type('5')
    await press(page, /^确认预约$/, 10)
    await page.getByText(/^(预约成功|已提交，等待审核)$/).waitFor()
    expect(await axeFindings(page)).toEqual([])
    await screenshot(page, 'resident-keyboard-booked')

    // Sign up for the first activity with seats: 报名 on its card, then the dialog's button.
    await openPhonePage(page, `${server.baseUrl}/m/centers/${centerId}/activities`)
    await press(page, /^报名$/, 60)
    const dialog = page.getByRole('dialog', { name: '报名活动' })
    await dialog.waitFor()
    await press(page, /^(确认报名|只报名这一场)$/, 10)
    await page.getByRole('dialog', { name: '活动报名' }).waitFor()
    expect(await axeFindings(page)).toEqual([])
    await screenshot(page, 'resident-keyboard-signed-up')
    await context.close()
  }, 180_000)
})
