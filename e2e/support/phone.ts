import type { Browser, BrowserContext, Page } from 'playwright-core'
import { runningServer } from './server'

/** A phone's browser: its size, its languages (navigator.languages) and the demo centers' time zone. */
export function phoneContext(browser: Browser, viewport = { width: 390, height: 844 }, locale = 'zh-CN'): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale, timezoneId: 'Asia/Shanghai', hasTouch: true, isMobile: true })
}

let numbers = 0
/** A number no other sign-up in this run has. */
const freshPhone = () => `139${String(Date.now() + numbers++).slice(-8)}`

/** Asks for a sign-up code as the phone page does and reads it where the demo server prints it. */
async function signUpCode(baseUrl: string, phone: string): Promise<string> {
  const server = runningServer(baseUrl)
  if (!server) throw new Error(`no server started by this test process at ${baseUrl}`)
  const since = server.log().length
  const res = await fetch(`${baseUrl}/api/residents/phone-codes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phone, purpose: 'sign_up' }) })
  if (res.status !== 202) throw new Error(`asking for a code failed: ${res.status} ${await res.text()}`)
  return server.smsCode(phone, since)
}

/**
 * A new resident signed in inside `context` (its cookie is the page's), with a unique phone number,
 * signed up with an SMS code as residents are (and a password, for tests that sign in with one).
 */
export async function signUpResident(context: BrowserContext, baseUrl: string, name = '测试居民', password = 'e2e-password-1') {
  const phone = freshPhone()
  const code = await signUpCode(baseUrl, phone)
  const res = await context.request.post(`${baseUrl}/api/residents/sign-up-with-code`, { data: { name, phone, code, password } })
  if (res.status() !== 201) throw new Error(`sign-up failed: ${res.status()} ${await res.text()}`)
  return { phone }
}

/** The same over plain HTTP, for tests that set data up besides a page: the number and the session's Cookie header. */
export async function signUpOverHttp(baseUrl: string, name = '测试居民', { phone = freshPhone(), password = 'e2e-password-1' } = {}) {
  const code = await signUpCode(baseUrl, phone)
  const res = await fetch(`${baseUrl}/api/residents/sign-up-with-code`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, phone, code, password }),
  })
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`)
  return { phone, cookie: res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') }
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
