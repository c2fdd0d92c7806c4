import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInAdmin } from './support/admin-session'
import { hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { type RunningServer, startServer } from './support/server'

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
    await signInAdmin(page, server.baseUrl, 'manager')

    await page.getByRole('menuitem', { name: '活动日历' }).click()
    await page.getByRole('button', { name: '新建活动' }).click()
    const dialog = page.getByRole('dialog', { name: '新建活动' })
    await dialog.waitFor()
    await dialog.getByLabel('活动名称').fill('e2e 主题党日')
    await dialog.getByRole('combobox', { name: '类别' }).click()
    await page.getByRole('option', { name: '主题党日', exact: true }).click()
    await dialog.getByRole('button', { name: '主题党日（每月第二个周五）' }).click()
    const date = dialog.getByRole('combobox', { name: '日期' })
    await date.fill('2027-03-12')
    await date.press('Enter')
    for (const [label, time] of [['开始时间', '19:00'], ['结束时间', '20:30']] as const) {
      const input = dialog.getByRole('combobox', { name: label })
      await input.click()
      await input.fill(time)
      await input.press('Enter')
    }
    await dialog.getByRole('combobox', { name: '房间' }).click()
    await page.getByRole('option', { name: '党员活动室' }).click()
    // The dates the rule gives, each with its 跳过这一天 button.
    const preview = dialog.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^跳过这一天/ }) })
    await preview.first().waitFor()
    expect(await preview.count()).toBeGreaterThan(3)
    await dialog.getByText('房间在这些日期都空闲').waitFor()
    await screenshot(page, 'admin-activity-editor-1366x768')
    await dialog.getByRole('button', { name: '保存' }).click()
    await dialog.waitFor({ state: 'hidden' })

    // The second Friday of April 2027 is the 9th: the series shows there too.
    await page.goto(`${server.baseUrl}/admin/calendar?view=week&date=2027-04-09`)
    const event = page.getByText('e2e 主题党日', { exact: true })
    await event.first().waitFor()
    expect(await event.count()).toBe(1)
    await screenshot(page, 'admin-calendar-week-1366x768')
  })
})
