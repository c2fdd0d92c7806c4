import { mkdirSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeProblems, hasChromium, launchBrowser } from './support/browser'
import { phoneContext, scrollsSideways, signUpOverHttp } from './support/phone'
import { notifyToken } from './support/resident-api'
import { type RunningServer, startServer } from './support/server'

// Looked at by hand, not kept: this test's pictures go to /tmp.
const shots = '/tmp/linli-notification-settings/'
/** The whole page, one screenful a picture, so a long page can be read at its real size. */
async function shot(page: Page, name: string) {
  const { height } = page.viewportSize()!
  const total = await page.evaluate(() => document.documentElement.scrollHeight)
  for (let part = 0; part * height < total; part++) {
    await page.evaluate((y) => window.scrollTo(0, y), part * height)
    await page.screenshot({ path: `${shots}${name}-${part + 1}.png` })
  }
  await page.evaluate(() => window.scrollTo(0, 0))
}

const mySettings = async (context: BrowserContext, baseUrl: string) =>
  (await context.request.get(`${baseUrl}/api/residents/me/notification-settings`)).json()

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)("residents' control over what reaches them by push and SMS (issue 12)", () => {
  let server: RunningServer
  let browser: Browser
  const phone = `136${String(Date.now()).slice(-8)}`
  const password = 'e2e-password-1'

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true })
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
    await signUpOverHttp(server.baseUrl, '设置居民', { phone, password })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('keeps SMS choices and quiet hours across a reload, and keeps the edits when a save fails', async () => {
    // Signed out, the page sends the resident to sign in and back.
    const context = await phoneContext(browser)
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/m/notification-settings`)
    await page.getByRole('button', { name: '密码登录' }).click()
    await page.getByLabel('手机号').fill(phone)
    await page.getByLabel('密码', { exact: true }).fill(password)
    await page.getByRole('button', { name: '登录', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: '通知设置', exact: true }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/m/notification-settings')

    const sms = page.getByRole('region', { name: '短信' })
    const push = page.getByRole('region', { name: '手机推送' })
    const smsDecisions = sms.getByRole('checkbox', { name: '审核和报名结果' })
    await smsDecisions.waitFor()
    // The defaults: decisions by SMS and by push; reminders by push only.
    expect(await smsDecisions.isChecked()).toBe(true)
    expect(await sms.getByRole('checkbox', { name: '提醒' }).isChecked()).toBe(false)
    expect(await push.getByRole('checkbox', { name: '审核和报名结果' }).isChecked()).toBe(true)
    expect(await page.getByRole('switch', { name: '接收提醒' }).isChecked()).toBe(true)
    expect(await sms.getByText('此时段内不发短信（候补名额即将过期除外）').isVisible()).toBe(true)
    // This headless browser has no push service of its own: the section says what it can, never a dead button.
    // It can tell only once the app's service worker is installed, which precaches the app first.
    await expect.poll(() => push.getByText(/正在查看/).count(), { timeout: 30_000 }).toBe(0)
    expect(await axeProblems(page)).toEqual([])
    await shot(page, 'settings-390x844')

    await smsDecisions.uncheck()
    await page.getByLabel('开始时间').fill('22:30')
    await page.getByLabel('结束时间').fill('07:00')
    await sms.getByText('每天 22:30 到第二天 07:00 不发短信。').waitFor()
    await page.getByText('您有改动还没保存。').waitFor()

    // The server is gone for a moment: the save fails, says so, and the edits stay on the page.
    await server.pause()
    const token = notifyToken(server.dataDir, phone)
    await page.getByRole('button', { name: '保存设置' }).click()
    await page.getByRole('alert').filter({ hasText: '没有保存成功' }).waitFor()
    expect(await smsDecisions.isChecked()).toBe(false)
    expect(await page.getByLabel('开始时间').inputValue()).toBe('22:30')
    await server.resume()
    await page.getByRole('button', { name: '保存设置' }).click()
    await page.getByRole('status').filter({ hasText: '设置已保存。' }).waitFor()

    // Reloaded: what was saved is what shows; push keeps decisions, the other channel.
    await page.reload()
    await smsDecisions.waitFor()
    expect(await smsDecisions.isChecked()).toBe(false)
    expect(await sms.getByRole('checkbox', { name: '变动' }).isChecked()).toBe(true)
    expect(await push.getByRole('checkbox', { name: '审核和报名结果' }).isChecked()).toBe(true)
    expect(await page.getByLabel('开始时间').inputValue()).toBe('22:30')
    expect(await page.getByLabel('结束时间').inputValue()).toBe('07:00')
    const saved = await mySettings(context, server.baseUrl)
    expect(saved).toMatchObject({ smsTopics: ['offers', 'changes'], quietHours: { start: '22:30', end: '07:00' } })

    // The way here: 设置 in the inbox's top bar, where the bell leads.
    await page.getByRole('banner').getByRole('link', { name: /^通知，/ }).click()
    await page.getByRole('heading', { level: 1, name: '通知', exact: true }).waitFor()
    await shot(page, 'inbox-390x844')
    await page.getByRole('banner').getByRole('link', { name: '设置', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: '通知设置', exact: true }).waitFor()
    // And beside the resident's name and 退出登录 on 我的预约.
    await page.goto(`${server.baseUrl}/m/bookings`)
    await page.getByRole('button', { name: '退出登录' }).waitFor()
    await shot(page, 'bookings-390x844')
    await page.getByRole('main').getByRole('link', { name: '通知设置' }).click()
    await page.getByRole('heading', { level: 1, name: '通知设置', exact: true }).waitFor()

    // The unsubscribe link from an SMS, opened on a phone that is not signed in.
    const stranger = await phoneContext(browser)
    const link = await stranger.newPage()
    await link.goto(`${server.baseUrl}/m/unsubscribe?t=${token}&channel=sms`)
    const button = link.getByRole('button', { name: '退订短信通知' })
    await button.waitFor()
    expect(await link.getByText(`手机号 ${phone.slice(0, 3)}****${phone.slice(-4)}`).isVisible()).toBe(true)
    expect(await axeProblems(link)).toEqual([])
    await shot(link, 'unsubscribe-390x844')
    // Opening the link (as a link scanner would) changed nothing.
    expect((await mySettings(context, server.baseUrl)).smsTopics).toEqual(['offers', 'changes'])

    await button.click()
    await link.getByRole('heading', { name: '已退订短信通知' }).waitFor()
    expect((await mySettings(context, server.baseUrl)).smsTopics).toEqual([])
    // Push is another channel and stays as it was.
    expect((await mySettings(context, server.baseUrl)).pushTopics).toEqual(saved.pushTopics)
    expect(await axeProblems(link)).toEqual([])
    await shot(link, 'unsubscribed-390x844')
    // The way back on: 通知设置, after signing in.
    await link.getByRole('link', { name: '打开通知设置' }).click()
    await link.getByRole('heading', { level: 1, name: '登录 / 注册' }).waitFor()

    // A made-up or cut-short link says so, and offers no button.
    for (const query of [`t=${'0'.repeat(32)}&channel=sms`, `t=${token.slice(0, 10)}&channel=sms`, `t=${token}&channel=fax`]) {
      await link.goto(`${server.baseUrl}/m/unsubscribe?${query}`)
      await link.getByText('这个退订链接无效或已过期').waitFor()
      expect(await link.getByRole('button', { name: /退订|关闭/ }).count(), query).toBe(0)
    }
    expect(await axeProblems(link)).toEqual([])
    await stranger.close()

    // Back in settings: SMS carries nothing now, and the page says so plainly.
    await page.reload()
    await sms.getByText('一项都没选：不会用短信通知您').waitFor()
    await context.close()
  }, 180_000)

  it('fits a phone at 200 % zoom, in English too, with nothing to scroll sideways', async () => {
    // A 390x844 phone at 200 % zoom: 195x422 CSS pixels drawn on twice as many, as the resident sees them.
    const zoomed = await browser.newContext({
      viewport: { width: 195, height: 422 }, deviceScaleFactor: 2, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', hasTouch: true, isMobile: true,
    })
    await zoomed.request.post(`${server.baseUrl}/api/residents/login`, { data: { phone, password } })
    const page = await zoomed.newPage()
    await page.goto(`${server.baseUrl}/m/notification-settings`)
    await page.getByRole('button', { name: '保存设置' }).waitFor()
    expect(await scrollsSideways(page)).toBe(false)
    expect(await axeProblems(page)).toEqual([])
    await shot(page, 'settings-zoom200')

    await page.goto(`${server.baseUrl}/m/notification-settings?lang=en`)
    await page.getByRole('button', { name: 'Save settings' }).waitFor()
    expect(await scrollsSideways(page)).toBe(false)
    expect(await axeProblems(page)).toEqual([])
    await shot(page, 'settings-en-zoom200')

    const token = await (async () => {
      await server.pause()
      try {
        return notifyToken(server.dataDir, phone)
      } finally {
        await server.resume()
      }
    })()
    await page.goto(`${server.baseUrl}/m/unsubscribe?t=${token}&channel=web_push&lang=en`)
    await page.getByRole('button', { name: 'Turn off push' }).waitFor()
    expect(await scrollsSideways(page)).toBe(false)
    expect(await axeProblems(page)).toEqual([])
    await shot(page, 'unsubscribe-en-zoom200')
    await zoomed.close()
  }, 120_000)
})
