import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser, newPage } from './support/browser'
import { type RunningServer, startServer } from './support/server'
import { staffFetch } from './support/staff-api'
import { axeFindings, signInAdmin } from './support/admin-session'

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('爽约规则 in the admin participation rules, and the 爽约暂停 list', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
    page = await newPage(browser, { width: 1366, height: 768 })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const settled = async () => {
    await page.locator('.el-loading-mask').first().waitFor({ state: 'detached' }).catch(() => undefined)
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 10_000 }).catch(() => undefined)
  }

  it('a manager turns the rule on with the suggested 2 in 120 days for 120 days, saves it, and sees who is suspended', async () => {
    await signInAdmin(page, server.baseUrl, 'manager')
    await page.goto(`${server.baseUrl}/admin/participation?tab=rules`)
    const rule = page.getByRole('switch', { name: '爽约暂停' })
    await rule.waitFor({ state: 'attached' })
    expect(await page.getByText('不启用').isVisible()).toBe(true)
    await rule.locator('xpath=..').click()
    await page.getByText('120 天内爽约 2 次，暂停预约和报名 120 天').waitFor()
    expect(await page.getByLabel('爽约次数').inputValue()).toBe('2')
    await settled()
    expect(await axeFindings(page)).toEqual([])

    await page.getByRole('button', { name: '保存', exact: true }).click()
    await page.getByText('参与规则已保存').waitFor()
    const manager = await staffFetch(server.baseUrl, 'manager')
    const saved = await manager.call('GET', `/api/centers/${manager.me.centerId}/participation-policy`)
    expect(saved.body).toMatchObject({ noShowLimit: 2, noShowWindowDays: 120, suspensionDays: 120 })

    await page.getByRole('tab', { name: '爽约暂停' }).click()
    await page.getByText('没有被暂停的居民').waitFor()
    await settled()
    expect(await axeFindings(page)).toEqual([])
  })
})
