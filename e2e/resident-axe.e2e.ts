import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeFindings } from './support/admin-session'
import { hasChromium, launchBrowser, screenshot } from './support/browser'
import { phoneContext } from './support/phone'
import { notifyToken, residentFetch } from './support/resident-api'
import { elderSwitch, mainTextSize, openPhonePage, residentRouteNames, smallTargets, textProblems } from './support/resident-pages'
import { type RunningServer, startServer } from './support/server'

interface Demo { centerId: string; roomId: string; occurrenceId: string; offerId: string; token: string; recordId: string }

/**
 * How to open each route of apps/resident/src/router.ts with something on it. A route added to the
 * router without a line here fails the first test, so no page escapes the sweep.
 */
const visits: Record<string, (d: Demo) => string> = {
  'm-home': () => 'm',
  'm-center': (d) => `m/centers/${d.centerId}`,
  'm-room': (d) => `m/rooms/${d.roomId}`,
  'm-check-in': (d) => `m/rooms/${d.roomId}/check-in`,
  'm-bookings': () => 'm/bookings',
  'm-login': () => 'm/login',
  'm-signups': (d) => `m/centers/${d.centerId}/activities`,
  'm-registrations': () => 'm/registrations',
  'm-propose': (d) => `m/centers/${d.centerId}/propose`,
  'm-proposals': () => 'm/proposals',
  'm-records': (d) => `m/centers/${d.centerId}/records`,
  'm-record': (d) => `m/centers/${d.centerId}/records/${d.recordId}`,
  'm-activity-check-in': (d) => `m/check-in/${d.occurrenceId}?c=${d.centerId}`,
  'm-center-check-in': (d) => `m/centers/${d.centerId}/check-in`,
  'm-notifications': () => 'm/notifications',
  'm-notification-settings': () => 'm/notification-settings',
  'm-unsubscribe': (d) => `m/unsubscribe?t=${d.token}&channel=sms`,
  'm-account': () => 'm/account',
  'm-account-delete': () => 'm/account/delete',
  'm-account-deleted': () => 'm/account/deleted',
  'm-family': () => 'm/account/family',
}

const WANG = '13800000001'
const LIU = '13800000002'
const modes = [{ mode: 'standard', elder: false, text: 18, tap: 44 }, { mode: '长辈版', elder: true, text: 22, tap: 60 }] as const
const residents = [{ who: 'signed out', phone: undefined }, { who: '王秀英', phone: WANG }] as const

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('every resident page at 390x844, standard and 长辈版, signed out and in (issue 14 §6, MIIT 2020)', () => {
  let server: RunningServer
  let browser: Browser
  let demo: Demo
  const visited = new Set<string>()

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
    // The unsubscribe link an SMS to 王秀英 would carry, read while the server is paused.
    await server.pause()
    const token = notifyToken(server.dataDir, WANG)
    await server.resume()
    const center = (await (await fetch(`${server.baseUrl}/api/centers`)).json()).items.find((c: { name: string }) => c.name === '凤凰台党群服务中心')
    const rooms = (await (await fetch(`${server.baseUrl}/api/centers/${center.id}/rooms`)).json()).items as { id: string; access: string }[]
    // 刘建国 gives up his seat in the demo's full class: 王秀英, first in line, is offered it and her bell rings.
    const liu = await residentFetch(server.baseUrl, LIU)
    const his = (await liu('GET', '/api/residents/me/registrations')).body.items.find((r: { title: string; status: string }) => r.title === '智能手机课（小班）' && r.status === 'confirmed')
    expect((await liu('POST', `/api/registrations/${his.id}/cancel`)).status).toBe(200)
    const wang = await residentFetch(server.baseUrl, WANG)
    const hers = (await wang('GET', '/api/residents/me/registrations')).body.items.find((r: { title: string }) => r.title === '智能手机课（小班）')
    expect(hers.status).toBe('offered')
    expect((await wang('GET', '/api/residents/me/bookings')).body.items.length).toBeGreaterThan(0)
    expect((await wang('GET', '/api/residents/me/notifications')).body.items.length).toBeGreaterThan(0)
    // One of the demo's published activity records (活动风采), with its photos.
    const record = (await (await fetch(`${server.baseUrl}/api/centers/${center.id}/records`)).json()).items[0] as { id: string }
    demo = { centerId: center.id, roomId: rooms.find((r) => r.access === 'resident')!.id, occurrenceId: hers.occurrenceId, offerId: hers.id, token, recordId: record.id }
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('has a way to open every route in the router', () => {
    const routes = residentRouteNames()
    expect(routes.length).toBeGreaterThan(10)
    expect(routes.filter((name) => !(name in visits)), 'routes in router.ts with no visit here').toEqual([])
  })

  /** Everything a page must be, in the mode it is in; soft, so one page's problem does not hide the next one's. */
  async function checkPage(page: Page, where: string, m: (typeof modes)[number]) {
    const toggle = elderSwitch(page)
    expect.soft(await toggle.isVisible(), `${where}: 长辈版 switch`).toBe(true)
    expect.soft(await toggle.getAttribute('aria-pressed'), `${where}: 长辈版 switch state`).toBe(String(m.elder))
    expect.soft(await mainTextSize(page), `${where}: main text size`).toBeGreaterThanOrEqual(m.text)
    // Joined into one text, so the failure lists every line instead of a truncated array.
    expect.soft((await textProblems(page, m.text)).join('\n'), `${where}: text under ${m.text}px or lines under 1.3x`).toBe('')
    expect.soft((await smallTargets(page, m.tap)).join('\n'), `${where}: controls under ${m.tap}x${m.tap}`).toBe('')
    expect.soft((await axeFindings(page)).join('\n'), `${where}: axe`).toBe('')
  }

  async function setMode(context: BrowserContext, elder: boolean) {
    const page = await context.newPage()
    await openPhonePage(page, `${server.baseUrl}/m`)
    // Switched on as a resident does it: the button in the top bar (remembered on the phone).
    if (elder) await elderSwitch(page).click()
    expect(await page.locator('html').getAttribute('class')).toContain(elder ? 'm-elder' : 'm-phone')
    return page
  }

  for (const m of modes) {
    for (const r of residents) {
      it(`${r.who}, ${m.mode}: every page is axe-clean, large enough, tappable and has the 长辈版 switch`, async () => {
        const context = await phoneContext(browser)
        if (r.phone) expect((await context.request.post(`${server.baseUrl}/api/residents/login`, { data: { phone: r.phone, password: 'linli-demo' } })).status()).toBe(200)
        const page = await setMode(context, m.elder)
        for (const [name, path] of Object.entries(visits)) {
          await openPhonePage(page, `${server.baseUrl}/${path(demo)}`)
          await checkPage(page, `${r.who} ${m.mode} ${name} ${new URL(page.url()).pathname}`, m)
          if (m.elder && r.phone && ['m-room', 'm-registrations', 'm-notifications'].includes(name)) await screenshot(page, `resident-elder-${name}`)
          visited.add(`${name} ${r.who} ${m.mode}`)
        }
        // The main dialogs, opened as a resident opens them.
        const dialog = async (name: string, path: string, open?: () => Promise<unknown>) => {
          await openPhonePage(page, `${server.baseUrl}/${path}`)
          await open?.()
          await page.getByRole('dialog').waitFor()
          await checkPage(page, `${r.who} ${m.mode} ${name} dialog`, m)
        }
        if (r.phone) {
          // The seat held for her, opened from the notification's link.
          await dialog('offer', `m/registrations?confirm=${demo.offerId}`)
          await dialog('cancel booking', 'm/bookings', () => page.getByRole('button', { name: '取消预约' }).first().click())
          await dialog('sign up', `m/centers/${demo.centerId}/activities`, () => page.getByRole('button', { name: '报名', exact: true }).first().click())
        } else {
          // Signed out, tapping a free time asks to sign in first, in a sheet.
          await dialog('sign in', `m/rooms/${demo.roomId}`, async () => {
            await page.getByRole('group', { name: '选择日期' }).getByRole('button').nth(1).click()
            await page.waitForLoadState('networkidle')
            await page.getByRole('list', { name: '选择时段' }).getByRole('button', { disabled: false }).first().click()
            await page.getByRole('button', { name: '填写信息' }).click()
            await page.getByLabel('用途').fill('无障碍检查')
            await page.getByLabel('人数').fill('3')
            await page.getByRole('button', { name: '登录后确认预约' }).click()
          })
        }
        await context.close()
      }, 240_000)
    }
  }

  it('visited every route signed out and in, in both modes', () => {
    const missing = residentRouteNames().flatMap((name) => modes.flatMap((m) => residents.map((r) => `${name} ${r.who} ${m.mode}`)))
      .filter((key) => !visited.has(key))
    expect(missing.join('\n')).toBe('')
  })
})
