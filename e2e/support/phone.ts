import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'

/** A phone's browser: its size, its languages (navigator.languages) and the demo centers' time zone. */
export function phoneContext(browser: Browser, viewport = { width: 390, height: 844 }, locale = 'zh-CN'): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale, timezoneId: 'Asia/Shanghai', hasTouch: true, isMobile: true })
}

/** Serious and critical axe findings on the page, one line each, so a failure says what and where. */
export async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')} ${n.html.slice(0, 120)}`))
}

/** A new resident signed in inside `context` (its cookie is the page's), with a unique phone number. */
export async function signUpResident(context: BrowserContext, baseUrl: string, name = '测试居民') {
  const phone = `139${String(Date.now()).slice(-8)}`
  const res = await context.request.post(`${baseUrl}/api/residents/signup`, { data: { name, phone, password: 'e2e-password-1' } })
  if (res.status() !== 201 && res.status() !== 200) throw new Error(`sign-up failed: ${res.status()} ${await res.text()}`)
  return { phone }
}

/**
 * Sums layout shifts (not caused by input) from the very start of every page load in `context`,
 * the way Lighthouse's CLS does within one load. Read it with `layoutShift(page)`.
 */
export const watchLayoutShift = (context: BrowserContext) => context.addInitScript(() => {
  const w = window as unknown as { __shift: number }
  w.__shift = 0
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__shift += e.value
  }).observe({ type: 'layout-shift', buffered: true })
})
export const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { __shift: number }).__shift)

/**
 * Lighthouse's mobile conditions: a slow 4G round trip and a 4x slower CPU, so data arrives after
 * the first paint as it does on a real phone (on loopback it would arrive before anything is drawn).
 */
export async function throttleLikeLighthouse(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6 * 1024 * 1024 / 8, uploadThroughput: 750 * 1024 / 8 })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
}

/** Whether the page scrolls sideways: the whole document wider than the window. */
export const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth > document.scrollingElement!.clientWidth)

/** The page title (h1) as shown: its text, and whether any of it is cut off (ellipsis or clipped). */
export const shownTitle = (page: Page) => page.locator('h1').first().evaluate((h) => ({
  text: h.textContent?.trim() ?? '',
  cut: h.scrollWidth > h.clientWidth + 1 || h.scrollHeight > h.clientHeight + 1,
}))
