import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeProblems, hasChromium, launchBrowser, screenshot } from './support/browser'
import { phoneContext, scrollsSideways, signUpOverHttp, signUpResident } from './support/phone'
import { type RunningServer, startServer } from './support/server'
import { shanghaiDate, staffFetch } from './support/staff-api'

/** Another resident, signed up over HTTP, for the one who gives up a seat. */
async function otherResident(baseUrl: string) {
  const { cookie } = await signUpOverHttp(baseUrl, '让座居民')
  return async (method: string, path: string) => {
    const r = await fetch(`${baseUrl}${path}`, { method, headers: { cookie, 'content-type': 'application/json' }, body: '{}' })
    return { status: r.status, body: await r.json() }
  }
}

/** Resolves once the page's Socket.IO connection is accepted (the server has put it in the resident's room by then). */
const socketAccepted = (page: Page) => new Promise<void>((resolve) => {
  page.on('websocket', (ws) => ws.on('framereceived', (frame) => {
    if (String(frame.payload).startsWith('40')) resolve()
  }))
})

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('the bell on the phone pages tells a waitlisted resident of a free seat at once (issue 12)', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the badge without a reload when a seat frees up, and the notification confirms the seat in one tap', async () => {
    // Tomorrow's class has one seat: B holds it, A waits.
    const manager = await staffFetch(server.baseUrl, 'manager')
    const centerId = manager.me.centerId
    const tomorrow = shanghaiDate(1)
    const activity = await manager.call('POST', `/api/centers/${centerId}/activities`, {
      title: 'e2e 智能手机课', category: 'seniors', organiserKind: 'center', organiserName: '中心', roomId: null, location: '中心东侧广场',
      startsLocal: `${tomorrow}T15:00`, endsLocal: `${tomorrow}T16:00`, capacity: 1, status: 'published',
    })
    expect(activity.status).toBe(201)
    const dates = await manager.call('GET', `/api/centers/${centerId}/occurrences?from=${tomorrow}&to=${tomorrow}`)
    const occurrenceId = (dates.body.items as { id: string; activityId: string }[]).find((o) => o.activityId === activity.body.id)!.id
    const b = await otherResident(server.baseUrl)
    const held = await b('POST', `/api/occurrences/${occurrenceId}/registrations`)
    expect(held.body.items[0].status).toBe('confirmed')

    const context = await phoneContext(browser)
    const { phone } = await signUpResident(context, server.baseUrl, '候补居民')
    const waiting = await context.request.post(`${server.baseUrl}/api/occurrences/${occurrenceId}/registrations`, { data: {} })
    expect((await waiting.json()).items[0].status).toBe('waitlisted')

    // A has "my registrations" open; the bell says nothing is unread.
    const page = await context.newPage()
    const accepted = socketAccepted(page)
    await page.goto(`${server.baseUrl}/m/registrations`)
    const mine = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'e2e 智能手机课', exact: true }) })
    await mine.getByText('候补第 1 位', { exact: true }).waitFor()
    const bell = page.getByRole('banner').getByRole('link', { name: /^通知/ })
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('通知，没有未读')
    // Listening before B lets go, so what the badge shows came by the push, not by a re-read on connecting.
    await accepted

    // B gives up the seat; A's open page shows the badge within a second, with no reload.
    expect((await b('POST', `/api/registrations/${held.body.items[0].id}/cancel`)).status).toBe(200)
    await expect.poll(() => bell.getAttribute('aria-label'), { timeout: 1000 }).toBe('通知，1 条未读')
    expect(await bell.textContent()).toContain('1')

    // The inbox: the offer on top, unread, readable by every visitor.
    await bell.click()
    await page.getByRole('heading', { level: 1, name: '通知' }).waitFor()
    const offer = page.getByRole('link', { name: /候补到位/ })
    await offer.waitFor()
    expect(await offer.textContent()).toContain('未读')
    expect(await offer.textContent()).toContain('e2e 智能手机课')
    expect(await page.getByText('1 条未读').isVisible()).toBe(true)
    expect(await axeProblems(page)).toEqual([])
    await screenshot(page, 'phone-inbox-390x844')

    // Tapping it marks it read and opens the registration, asking to confirm the seat held.
    await offer.click()
    const dialog = page.getByRole('dialog', { name: '有空位为您保留' })
    await dialog.waitFor()
    await screenshot(page, 'phone-offer-dialog-390x844')
    expect(await dialog.textContent()).toContain('e2e 智能手机课')
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('通知，没有未读')
    await dialog.getByRole('button', { name: '确认名额' }).click()
    await mine.getByText('已报名', { exact: true }).waitFor()
    expect(await dialog.isVisible()).toBe(false)
    await screenshot(page, 'phone-registration-linked-390x844')
    expect(page.url()).toContain('registration=')
    expect(page.url()).not.toContain('confirm=')
    // Tapped again later, the same link says the seat is confirmed instead of asking.
    await page.goto(`${server.baseUrl}/m/registrations?confirm=${(await waiting.json()).items[0].id}`)
    await page.getByText('这个名额您已确认，请按时到场。').waitFor()
    expect(await page.getByRole('dialog').count()).toBe(0)

    // At 200 % zoom (195x422 CSS px), the read inbox still fits one column and passes axe.
    const zoomed = await phoneContext(browser, { width: 195, height: 422 })
    await zoomed.request.post(`${server.baseUrl}/api/residents/login`, { data: { phone, password: 'e2e-password-1' } })
    const small = await zoomed.newPage()
    await small.goto(`${server.baseUrl}/m/notifications`)
    const tapped = small.getByRole('link', { name: /候补到位/ })
    await tapped.waitFor()
    expect(await tapped.textContent()).not.toContain('未读')
    // Confirming the seat may bring news of its own (报名成功); 全部标为已读 clears whatever is unread.
    const markAll = small.getByRole('button', { name: '全部标为已读' })
    if (await markAll.isVisible()) await markAll.click()
    await small.getByText('全部已读').waitFor()
    await expect.poll(() => small.getByRole('banner').getByRole('link', { name: /^通知/ }).getAttribute('aria-label')).toBe('通知，没有未读')
    expect(await scrollsSideways(small)).toBe(false)
    expect(await axeProblems(small)).toEqual([])
    await screenshot(small, 'phone-inbox-zoom200')
    await zoomed.close()
    await context.close()
  }, 120_000)
})
