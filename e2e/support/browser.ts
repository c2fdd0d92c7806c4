import { existsSync, mkdirSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { type Browser, type Page, chromium } from 'playwright-core'

export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
export const hasChromium = existsSync(chromePath)
const required = process.env.REQUIRE_E2E === '1'

if (!hasChromium) {
  const message = `Chromium not found at ${chromePath}: install it with 'apt-get install -y chromium' or set CHROME_PATH`
  if (required) throw new Error(`${message} (REQUIRE_E2E=1)`)
  console.warn(`\n${'!'.repeat(80)}\n!! SKIPPED browser tests. ${message}\n${'!'.repeat(80)}\n`)
}

export const artifacts = new URL('../artifacts/', import.meta.url).pathname

export function launchBrowser(): Promise<Browser> {
  mkdirSync(artifacts, { recursive: true })
  return chromium.launch({
    executablePath: chromePath,
    headless: true,
    // The machine has no network but loopback: keep Chromium from phoning home.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  })
}

export async function newPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  return context.newPage()
}

export const screenshot = (page: Page, name: string) => page.screenshot({ path: `${artifacts}${name}.png` })

/**
 * axe on the page as it is. Legacy mode runs axe.run in the page itself: the default runs it in
 * parts and finishes in a new blank page, injecting axe twice more, which doubles each check's time
 * for the same findings (our pages have no cross-origin frames, the one thing only the default sees).
 */
export const axeOn = (page: Page) => new AxeBuilder({ page }).setLegacyMode()

/** Serious and critical axe findings on the page, one line each, so a failure says what and where. */
export async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await axeOn(page).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')} ${n.html.slice(0, 120)}`))
}
