import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeProblems, hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { phoneContext } from './support/phone'
import { pairScreenPage } from './support/screen-codes'
import { type RunningServer, startServer } from './support/server'
import { staffFetch } from './support/staff-api'

/** Shanghai wall-clock time `minutes` from now, on a 5-minute step, as the activity form takes it. */
function shanghaiClock(minutes: number) {
  const at = new Date(Math.floor((Date.now() + minutes * 60_000) / 300_000) * 300_000)
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(at).map((x) => [x.type, x.value]))
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`
}

/** A demo resident's phone, signed in. */
async function residentPhone(browser: Browser, baseUrl: string, phone: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await phoneContext(browser)
  const res = await context.request.post(`${baseUrl}/api/residents/login`, { data: { phone, password: 'linli-demo' } })
  expect(res.status()).toBe(200)
  return { context, page: await context.newPage() }
}

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('checking in proves presence: the lobby screen\'s code rotates, and an old one is refused', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    // Codes change every 10 s instead of 30 s, so watching one expire (three slots) takes half a minute.
    ;[server, browser] = await Promise.all([startServer({ checkInSlotSeconds: 10 }), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('checks in with the code a paired lobby screen shows; a photo of it sent on stops working, and the desk\'s code still does', async () => {
    const manager = await staffFetch(server.baseUrl, 'manager')
    const centerId = manager.me.centerId
    const created = await manager.call('POST', `/api/centers/${centerId}/activities`, {
      title: 'e2e 太极拳', category: 'culture_sports', organiserKind: 'center', organiserName: '中心', roomId: null, location: '中心东侧广场',
      startsLocal: shanghaiClock(-10), endsLocal: shanghaiClock(60), capacity: null, status: 'published',
    })
    expect(created.status).toBe(201)
    const list = await manager.call('GET', `/api/centers/${centerId}/occurrences?from=${shanghaiClock(-10).slice(0, 10)}&to=${shanghaiClock(-10).slice(0, 10)}`)
    const occurrenceId = (list.body.items as { id: string; activityId: string }[]).find((o) => o.activityId === created.body.id)!.id

    // The lobby screen, paired, offers the activity's check-in code with its current rotating code.
    const lobby = await newPage(browser, { width: 1920, height: 1080 })
    await pairScreenPage(lobby, server.baseUrl, manager, 'lobby')
    // The code is read from the card's own link (data-url), as a phone's camera reads it from the picture.
    const card = lobby.getByRole('figure').filter({ hasText: 'e2e 太极拳' }).filter({ has: lobby.getByRole('img', { name: '扫码签到' }) })
    await card.waitFor({ timeout: 20_000 })
    await expect.poll(() => card.getAttribute('data-url'), { timeout: 15_000 }).toContain('&t=')
    const photographed = (await card.getAttribute('data-url'))!
    expect(photographed.startsWith(`${server.baseUrl}/m/check-in/${occurrenceId}?c=${centerId}&t=`)).toBe(true)
    await screenshot(lobby, 'kiosk-lobby-rotating-code-1920x1080')

    // 王秀英 scans it at the screen: checked in.
    const wang = await residentPhone(browser, server.baseUrl, '13800000001')
    await wang.page.goto(photographed)
    await wang.page.getByRole('button', { name: '签到', exact: true }).click()
    await wang.page.getByRole('status').filter({ hasText: '签到成功' }).waitFor()
    expect(await axeProblems(wang.page)).toEqual([])

    // The screen moves on to new codes every slot; after three new ones, the photographed code is too old.
    const seen = new Set([photographed])
    await expect.poll(async () => {
      const shown = await card.getAttribute('data-url')
      if (shown?.includes('&t=')) seen.add(shown)
      return seen.size
    // About 30 s on a quiet machine; a loaded one may skip a slot between the screen's reads.
    }, { timeout: 150_000, interval: 500 }).toBeGreaterThanOrEqual(4)

    // 赵丽 got the photo at home: the page refuses it in Chinese and asks for the desk's 签到码.
    const zhao = await residentPhone(browser, server.baseUrl, '13800000003')
    await zhao.page.goto(photographed)
    await zhao.page.getByRole('button', { name: '签到', exact: true }).click()
    await zhao.page.getByRole('alert').filter({ hasText: '签到码已过期' }).waitFor()
    const deskField = zhao.page.getByLabel('签到码')
    await deskField.waitFor()
    expect(await axeProblems(zhao.page)).toEqual([])
    await screenshot(zhao.page, 'phone-check-in-code-expired-390x844')
    expect((await manager.call('GET', `/api/occurrences/${occurrenceId}/roster`)).body.attendance).toBe(1)

    // At the center, the desk reads out today's 签到码 (shown to staff on 今日): that works.
    const today = await manager.call('GET', `/api/centers/${centerId}/today`)
    await deskField.fill('000000' === today.body.deskCode ? '000001' : '000000')
    await zhao.page.getByRole('button', { name: '签到', exact: true }).click()
    await zhao.page.getByRole('alert').filter({ hasText: '签到码不对' }).waitFor()
    await deskField.fill(today.body.deskCode as string)
    await zhao.page.getByRole('button', { name: '签到', exact: true }).click()
    await zhao.page.getByRole('status').filter({ hasText: '签到成功' }).waitFor()
    expect((await manager.call('GET', `/api/occurrences/${occurrenceId}/roster`)).body.attendance).toBe(2)
  }, 300_000)
})
