import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeProblems, hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { axeFindings, signInAdmin } from './support/admin-session'
import { phoneContext } from './support/phone'
import { type RunningServer, startServer } from './support/server'

/** Signs a demo resident in on the phone pages' own form. */
async function signInPhone(page: Page, baseUrl: string, phone: string) {
  await page.goto(`${baseUrl}/m/login`)
  await page.getByRole('button', { name: '密码登录' }).click()
  await page.getByLabel('手机号').fill(phone)
  await page.getByLabel('密码', { exact: true }).fill('linli-demo')
  await page.getByRole('button', { name: '登录', exact: true }).click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
}

/** Resolves once the page's Socket.IO connection is accepted (the server has put it in the resident's room by then). */
const socketAccepted = (page: Page) => new Promise<void>((resolve) => {
  page.on('websocket', (ws) => ws.on('framereceived', (frame) => {
    if (String(frame.payload).startsWith('40')) resolve()
  }))
})

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('the demo\'s "try it" waitlist story, as the start-up banner tells it (issue 12)', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('刘建国 cancels 智能手机课（小班）; 王秀英\'s open page rings at once, she confirms the seat, and 通知记录 lists the offer as sent', async () => {
    // 王秀英 has 我的报名 open: first on the waiting list, nothing unread.
    const wang = await (await phoneContext(browser)).newPage()
    const listening = socketAccepted(wang)
    await signInPhone(wang, server.baseUrl, '13800000001')
    // The demo gives her a room booking tomorrow: from 18:00 its day-before reminder is already in her
    // inbox, so she has read what came before, as anyone opening the app in the evening might have.
    expect((await wang.request.post(`${server.baseUrl}/api/residents/me/notifications/read-all`)).status()).toBe(200)
    await wang.goto(`${server.baseUrl}/m/registrations`)
    const hers = wang.getByRole('article').filter({ has: wang.getByRole('heading', { name: '智能手机课（小班）', exact: true }) })
    await hers.getByText('候补第 1 位', { exact: true }).waitFor()
    const bell = wang.getByRole('banner').getByRole('link', { name: /^通知/ })
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('通知，没有未读')
    await listening
    expect(await axeProblems(wang)).toEqual([])
    await screenshot(wang, 'demo-waitlist-wang-waiting-390x844')

    // 刘建国 gives up his seat on his own phone.
    const liu = await (await phoneContext(browser)).newPage()
    await signInPhone(liu, server.baseUrl, '13800000002')
    await liu.goto(`${server.baseUrl}/m/registrations`)
    const his = liu.getByRole('article').filter({ has: liu.getByRole('heading', { name: '智能手机课（小班）', exact: true }) })
    await his.getByText('已报名', { exact: true }).waitFor()
    await his.getByRole('button', { name: '取消报名' }).click()
    await liu.getByRole('dialog', { name: '取消这个报名？' }).getByRole('button', { name: '确认取消' }).click()
    await liu.getByText('已取消报名。').waitFor()
    await expect.poll(() => his.count()).toBe(0)
    await screenshot(liu, 'demo-waitlist-liu-cancelled-390x844')

    // Her bell shows it within a second, without a reload; the inbox says a seat is held for her.
    await expect.poll(() => bell.getAttribute('aria-label'), { timeout: 1000 }).toBe('通知，1 条未读')
    await bell.click()
    const offer = wang.getByRole('link', { name: /候补到位/ })
    await offer.waitFor()
    expect(await offer.textContent()).toContain('智能手机课（小班）')
    expect(await axeProblems(wang)).toEqual([])
    await screenshot(wang, 'demo-waitlist-wang-inbox-390x844')
    await offer.click()
    const held = wang.getByRole('dialog', { name: '有空位为您保留' })
    await held.getByRole('button', { name: '确认名额' }).click()
    await hers.getByText('已报名', { exact: true }).waitFor()
    await screenshot(wang, 'demo-waitlist-wang-confirmed-390x844')

    // The center's staff see the offer reached her in the app.
    const admin = await newPage(browser, { width: 1366, height: 768 })
    await signInAdmin(admin, server.baseUrl, 'staff')
    await admin.getByRole('menuitem', { name: '通知记录' }).click()
    await admin.getByRole('heading', { name: '通知记录' }).waitFor()
    const row = admin.getByRole('row', { name: /王秀英.*候补到位.*站内/ })
    await row.getByText('已发送').waitFor()
    await admin.locator('.el-loading-mask').first().waitFor({ state: 'detached' }).catch(() => undefined)
    expect(await axeFindings(admin)).toEqual([])
    await screenshot(admin, 'demo-waitlist-admin-notifications-1366x768')
  }, 120_000)
})
