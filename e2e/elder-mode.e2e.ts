import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser } from './support/browser'
import { phoneContext, scrollsSideways } from './support/phone'
import { elderSwitch } from './support/resident-pages'
import { type RunningServer, startServer } from './support/server'

/** 赵丽, a demo resident, signed in inside `context`. */
async function signInDemoResident(context: BrowserContext, baseUrl: string) {
  const res = await context.request.post(`${baseUrl}/api/residents/login`, { data: { phone: '13800000003', password: 'linli-demo' } })
  if (res.status() !== 200) throw new Error(`sign-in failed: ${res.status()}`)
}

/** The page's text size as a reader gets it: the computed font size of its main region. */
const bodyFontSize = (page: Page) => page.getByRole('main').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('长辈版 on the residents\' phone pages (issue 14 §6, MIIT 2020 elderly-friendly rules)', () => {
  let server: RunningServer
  let browser: Browser
  let centerId: string
  let roomId: string

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
    const center = (await (await fetch(`${server.baseUrl}/api/centers`)).json()).items.find((c: { name: string }) => c.name === '凤凰台党群服务中心')
    const rooms = (await (await fetch(`${server.baseUrl}/api/centers/${center.id}/rooms`)).json()).items as { id: string; access: string }[]
    centerId = center.id
    roomId = rooms.find((r) => r.access === 'resident')!.id
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  async function open(page: Page, path: string) {
    await page.goto(`${server.baseUrl}/${path}`)
    await page.getByRole('contentinfo').getByRole('button').waitFor()
    await page.waitForLoadState('networkidle')
  }

  it('is switched on from the top bar, stays on across reloads and page changes, and off again', async () => {
    const context = await phoneContext(browser)
    const page = await context.newPage()
    await open(page, 'm')
    const toggle = page.getByRole('banner').getByRole('button', { name: '长辈版' })
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(18)
    await toggle.click()
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    await page.reload()
    await page.getByRole('contentinfo').getByRole('button').waitFor()
    expect(await page.getByRole('banner').getByRole('button', { name: '长辈版' }).getAttribute('aria-pressed')).toBe('true')

    // Every page in 长辈版 (text, tap areas, axe, the switch itself) is checked by resident-axe.e2e.ts.
    await open(page, `m/rooms/${roomId}`)
    expect(await page.getByRole('banner').getByRole('button', { name: '长辈版' }).getAttribute('aria-pressed')).toBe('true')
    expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(22)

    // And off again, from any page: standard size comes back and stays after a reload.
    await page.getByRole('banner').getByRole('button', { name: '长辈版' }).click()
    await page.reload()
    await page.getByRole('contentinfo').getByRole('button').waitFor()
    expect(await page.getByRole('banner').getByRole('button', { name: '长辈版' }).getAttribute('aria-pressed')).toBe('false')
    expect(await bodyFontSize(page)).toBeLessThan(22)
    await context.close()
  }, 180_000)

  it('reflows 长辈版 pages at 200 % zoom too (195x422 CSS px): no sideways scroll', async () => {
    const context = await phoneContext(browser, { width: 195, height: 422 })
    await signInDemoResident(context, server.baseUrl)
    const page = await context.newPage()
    await open(page, 'm?lang=en')
    await page.getByRole('banner').getByRole('button', { name: 'Large text' }).click()
    const paths = ['m', `m/centers/${centerId}`, `m/rooms/${roomId}`, `m/centers/${centerId}/activities`, 'm/bookings', 'm/registrations', 'm/notifications', 'm/notification-settings', 'm/account']
    for (const path of paths) {
      await open(page, path)
      expect(await elderSwitch(page).getAttribute('aria-pressed'), path).toBe('true')
      expect(await bodyFontSize(page), path).toBeGreaterThanOrEqual(22)
      expect.soft(await scrollsSideways(page), `${path}: sideways scroll`).toBe(false)
    }
    await page.screenshot({ path: '/tmp/elder-zoom200-settings.png' })
    await context.close()
  }, 120_000)
})
