import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeProblems, hasChromium, launchBrowser } from './support/browser'
import { phoneContext, scrollsSideways, signUpResident } from './support/phone'
import { type RunningServer, startServer } from './support/server'

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('订阅我的日历 on 我的预约 (issue 14 §7)', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('turns the feed on, shows a link a calendar app can read, and a new link kills the old one after a clear warning', async () => {
    const context = await phoneContext(browser)
    await signUpResident(context, server.baseUrl, '日历居民')
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/m/bookings`)
    const card = page.getByRole('region', { name: '订阅我的日历' })
    await card.getByRole('button', { name: '开启日历订阅' }).click()
    const link = card.getByRole('textbox', { name: '订阅链接' })
    await link.waitFor()
    const first = await link.inputValue()
    expect(first).toMatch(new RegExp(`^${server.baseUrl}/api/calendar/[A-Za-z0-9_-]{32}\\.ics$`))
    expect(await card.getByRole('link', { name: '添加到手机日历' }).getAttribute('href')).toBe(first.replace(/^http:\/\//, 'webcal://'))
    expect(await axeProblems(page)).toEqual([])
    expect(await scrollsSideways(page)).toBe(false)

    // What a calendar app fetches: no cookie, just the link.
    const feed = await fetch(first)
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(await feed.text()).toContain('X-WR-CALNAME:邻里 · 我的预约和活动')

    await card.getByRole('button', { name: '重新生成链接' }).click()
    const dialog = page.getByRole('dialog', { name: '重新生成订阅链接？' })
    await dialog.getByText('旧链接会马上失效').waitFor()
    expect(await axeProblems(page)).toEqual([])
    await dialog.getByRole('button', { name: '确认重新生成' }).click()
    await card.getByRole('status').filter({ hasText: '已换成新链接' }).waitFor()
    const second = await link.inputValue()
    expect(second).not.toBe(first)
    expect((await fetch(first)).status).toBe(404)
    expect((await fetch(second)).status).toBe(200)

    // After a reload the same (new) link is shown again.
    await page.reload()
    expect(await page.getByRole('region', { name: '订阅我的日历' }).getByRole('textbox', { name: '订阅链接' }).inputValue()).toBe(second)
    await context.close()
  })
})
