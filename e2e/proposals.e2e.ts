import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeFindings, signInAdmin } from './support/admin-session'
import { axeProblems, hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { phoneContext } from './support/phone'
import { type RunningServer, startServer } from './support/server'
import { shanghaiDate, staffFetch } from './support/staff-api'

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('a resident proposes an activity from the phone and sees it accepted (issue 15)', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('fills 我要提议 at 390x844, is told what is missing, and finds it 已采纳 under 我的提议 once staff accept it', async () => {
    const manager = await staffFetch(server.baseUrl, 'manager')
    const centerId = manager.me.centerId
    const context = await phoneContext(browser)
    expect((await context.request.post(`${server.baseUrl}/api/residents/login`, { data: { phone: '13800000002', password: 'linli-demo' } })).status()).toBe(200)
    const page = await context.newPage()

    await page.goto(`${server.baseUrl}/m/centers/${centerId}/activities`)
    await page.getByRole('link', { name: '我要提议' }).click()
    await page.getByLabel('活动名称').fill('e2e 剪纸课')
    await page.getByRole('button', { name: '提交提议' }).click()
    await page.getByText('请至少选一类人群').waitFor()
    await page.getByLabel('老年人').check()
    await page.getByLabel('第 1 个日期').fill(shanghaiDate(5))
    await page.getByLabel('预计人数').fill('15')
    expect(await axeProblems(page)).toEqual([])
    await page.getByRole('button', { name: '提交提议' }).click()
    await page.getByText('已提交，中心回复后会通知您。').waitFor()

    const queue = await manager.call('GET', `/api/centers/${centerId}/proposals?state=submitted`)
    const proposal = (queue.body.items as { id: string; title: string }[]).find((p) => p.title === 'e2e 剪纸课')!
    const accepted = await manager.call('POST', `/api/proposals/${proposal.id}/accept`, {
      startsLocal: `${shanghaiDate(5)}T14:00`, endsLocal: `${shanghaiDate(5)}T15:00`, category: 'culture_sports', location: '广场',
    })
    expect(accepted.status).toBe(200)

    await page.goto(`${server.baseUrl}/m/proposals?proposal=${proposal.id}`)
    await page.getByRole('article', { name: 'e2e 剪纸课' }).getByText('已采纳', { exact: true }).waitFor()
    expect(await axeProblems(page)).toEqual([])
    await screenshot(page, 'proposals-accepted')
    await context.close()
  })

  it('keeps the 居民提议 count in the staff menu live: a new proposal raises it, a decision lowers it, with no reload', async () => {
    const manager = await staffFetch(server.baseUrl, 'manager')
    const centerId = manager.me.centerId
    const waiting = async () => ((await manager.call('GET', `/api/centers/${centerId}/proposals?state=submitted`)).body.items as unknown[]).length
    const badge = (n: number) => (n ? `${n} 条提议待处理` : '')
    const page = await newPage(browser, { width: 1366, height: 768 })
    await signInAdmin(page, server.baseUrl, 'manager')
    // What a screen reader hears with the menu item: the sentence, not the bare number on the icon.
    const menu = page.getByRole('menuitem', { name: /居民提议/ })
    const told = async () => (await menu.getByText(/条提议待处理$/).allTextContents())[0] ?? ''
    const before = await waiting()
    await expect.poll(told).toBe(badge(before))
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))

    // 赵丽 proposes from her phone; the open admin page's menu counts it within seconds.
    const phone = await phoneContext(browser)
    expect((await phone.request.post(`${server.baseUrl}/api/residents/login`, { data: { phone: '13800000003', password: 'linli-demo' } })).status()).toBe(200)
    const proposed = await phone.request.post(`${server.baseUrl}/api/centers/${centerId}/proposals`, {
      data: { title: 'e2e 太极拳', description: '清晨一起练', audiences: ['seniors'], preferredDates: [shanghaiDate(6)], expectedPeople: 12, organisationName: null },
    })
    expect(proposed.status(), await proposed.text()).toBe(201)
    await expect.poll(told, { timeout: 10_000 }).toBe(badge(before + 1))
    expect(await axeFindings(page)).toEqual([])

    // Another staff member declines it; the count goes back down, still without a reload.
    const declined = await manager.call('POST', `/api/proposals/${(await proposed.json()).id}/decline`, { reason: '场地已排满' })
    expect(declined.status).toBe(200)
    await expect.poll(told, { timeout: 10_000 }).toBe(badge(before))
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
    await phone.close()
    await page.context().close()
  })
})
