import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser } from './support/browser'
import { axeProblems, phoneContext, scrollsSideways, signUpResident } from './support/phone'
import { type RunningServer, startServer } from './support/server'

/**
 * Controls smaller than 60x60 CSS px in 长辈版, one line each. A checkbox or radio counts by the label
 * around it, which is what a finger hits. Visually hidden helpers (1px, e.g. live regions) are not tappable.
 */
const smallTargets = (page: Page) => page.evaluate(() => {
  const found: string[] = []
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [role="button"]'))) {
    if ((el as HTMLInputElement).type === 'hidden') continue
    const own = el.getBoundingClientRect()
    if (own.width <= 1 || own.height <= 1 || getComputedStyle(el).visibility === 'hidden') continue
    const isBox = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
    const target = isBox ? (el.closest('label') ?? el) : el
    const box = target.getBoundingClientRect()
    if (box.width < 60 || box.height < 60) {
      const name = (el.getAttribute('aria-label') ?? target.textContent ?? '').trim().slice(0, 30)
      found.push(`${target.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}x${Math.round(box.height)}`)
    }
  }
  return found
})

/** Visible text in the page (under the top bar) set smaller than `px` CSS px, one line each. */
const smallText = (page: Page, px: number) => page.evaluate((px) => {
  const found = new Set<string>()
  const walker = document.createTreeWalker(document.querySelector('.m-app')!, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement
    if (!el || !node.textContent?.trim() || el.closest('.m-top, [aria-hidden="true"]')) continue
    const box = el.getBoundingClientRect()
    if (box.width <= 1 || box.height <= 1 || getComputedStyle(el).visibility === 'hidden') continue
    const size = parseFloat(getComputedStyle(el).fontSize)
    if (size < px) found.add(`${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} "${node.textContent.trim().slice(0, 20)}" ${size}px`)
  }
  return [...found]
}, px)

const bodyFontSize = (page: Page) => page.locator('.m-page').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))

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

  async function checkLarge(page: Page, where: string) {
    expect(await page.locator('html').getAttribute('class'), where).toContain('m-elder')
    expect(await bodyFontSize(page), `${where}: body text`).toBeGreaterThanOrEqual(22)
    expect.soft(await smallText(page, 22), `${where}: text under 22px`).toEqual([])
    expect.soft(await smallTargets(page), `${where}: controls under 60x60`).toEqual([])
    expect.soft(await scrollsSideways(page), `${where}: sideways scroll`).toBe(false)
    expect.soft(await axeProblems(page), where).toEqual([])
  }

  it('is switched on from the top bar, stays on across reloads, and makes every page large, tappable and axe-clean', async () => {
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

    const signedOut = ['m', `m/centers/${centerId}`, `m/rooms/${roomId}`, `m/centers/${centerId}/activities`, 'm/login']
    for (const path of signedOut) {
      await open(page, path)
      await checkLarge(page, path)
      if (path === `m/rooms/${roomId}` || path === 'm/login') await page.screenshot({ path: `/tmp/elder-${path.split('/')[1]}.png`, fullPage: true })
    }

    await signUpResident(context, server.baseUrl, '长辈测试')
    for (const path of ['m/bookings', 'm/registrations', 'm/notifications', 'm/notification-settings']) {
      await open(page, path)
      await checkLarge(page, path)
      if (path === 'm/notification-settings') await page.screenshot({ path: '/tmp/elder-settings.png', fullPage: true })
    }

    // And off again, from any page: standard size comes back and stays after a reload.
    await page.getByRole('banner').getByRole('button', { name: '长辈版' }).click()
    await page.reload()
    await page.getByRole('contentinfo').getByRole('button').waitFor()
    expect(await page.getByRole('banner').getByRole('button', { name: '长辈版' }).getAttribute('aria-pressed')).toBe('false')
    expect(await page.locator('html').getAttribute('class')).not.toContain('m-elder')
    await context.close()
  }, 180_000)

  it('keeps every control of the standard pages at 44x44 or more', async () => {
    const context = await phoneContext(browser)
    const page = await context.newPage()
    const signedOut = ['m', `m/centers/${centerId}`, `m/rooms/${roomId}`, `m/centers/${centerId}/activities`, 'm/login']
    const signedIn = ['m/bookings', 'm/registrations', 'm/notifications', 'm/notification-settings']
    for (const path of [...signedOut, ...signedIn]) {
      if (path === signedIn[0]) await signUpResident(context, server.baseUrl, '标准测试')
      await open(page, path)
      if (path === `m/rooms/${roomId}`) await page.screenshot({ path: '/tmp/standard-rooms.png' })
      const small = (await smallTargets(page)).filter((line) => {
        const [w, h] = line.split(' ').at(-1)!.split('x').map(Number)
        return w! < 44 || h! < 44
      })
      expect(small, path).toEqual([])
    }
    await context.close()
  }, 120_000)

  it('reflows 长辈版 pages at 200 % zoom too (195x422 CSS px): no sideways scroll', async () => {
    const context = await phoneContext(browser, { width: 195, height: 422 })
    await signUpResident(context, server.baseUrl, '放大测试')
    const page = await context.newPage()
    await open(page, 'm?lang=en')
    await page.getByRole('banner').getByRole('button', { name: 'Large text' }).click()
    const paths = ['m', `m/centers/${centerId}`, `m/rooms/${roomId}`, `m/centers/${centerId}/activities`, 'm/bookings', 'm/registrations', 'm/notifications', 'm/notification-settings']
    for (const path of paths) {
      await open(page, path)
      expect(await page.locator('html').getAttribute('class'), path).toContain('m-elder')
      expect.soft(await scrollsSideways(page), `${path}: sideways scroll`).toBe(false)
    }
    await page.screenshot({ path: '/tmp/elder-zoom200-settings.png' })
    await context.close()
  }, 120_000)
})
