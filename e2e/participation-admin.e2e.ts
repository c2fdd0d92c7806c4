import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInAdmin } from './support/admin-session'
import { hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { type RunningServer, startServer } from './support/server'
import { staffFetch } from './support/staff-api'

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
    await signInAdmin(page, server.baseUrl, 'staff')

    await page.goto(`${server.baseUrl}/admin/calendar?view=day&date=${date}`)
    await page.getByText('e2e 防诈骗讲座', { exact: true }).first().click()
    await page.getByRole('button', { name: '报名与签到' }).click()
    await page.getByRole('heading', { level: 1, name: 'e2e 防诈骗讲座' }).waitFor()
    // Each figure of the summary is a group named by its label; the big number in it is what staff read.
    const figure = (name: string) => page.getByRole('group', { name, exact: true }).getByText(/^\d+$/)
    expect(await figure('已占名额').textContent()).toBe('2')
    expect(await figure('到场人数').textContent()).toBe('0')

    // Tick 王秀英 at the door.
    const tick = page.getByRole('checkbox', { name: '签到 王秀英' })
    // The box itself is drawn over a hidden input: staff click its words, 未签到, in 王秀英's row.
    await page.getByRole('row').filter({ hasText: '王秀英' }).getByText('未签到', { exact: true }).click()
    await expect.poll(() => tick.isChecked()).toBe(true)
    await expect.poll(() => figure('到场人数').textContent()).toBe('1')

    // Three people without an account come in.
    await page.getByRole('spinbutton', { name: '现场人数' }).fill('3')
    await page.getByRole('button', { name: '增加', exact: true }).click()
    await expect.poll(() => figure('到场人数').textContent()).toBe('4')
    expect(await figure('现场人数').textContent()).toBe('3')
    await screenshot(page, 'admin-roster-1366x768')

    // Counted by mistake: take them back, after confirming.
    await page.getByRole('button', { name: '撤销上一次（3 人）' }).click()
    await page.getByRole('dialog').getByRole('button', { name: '撤销上一次（3 人）' }).click()
    await expect.poll(() => figure('到场人数').textContent()).toBe('1')
    expect(await figure('现场人数').textContent()).toBe('0')
  })
})
