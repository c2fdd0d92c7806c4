import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'

/**
 * What the residents' phone pages must satisfy on every page (issue 14 §6, MIIT 2020 elderly-friendly
 * rules), read from the page as a browser draws it. Each helper returns one line per problem, so a
 * failure says what and where.
 */

const routerFile = new URL('../../apps/resident/src/router.ts', import.meta.url)

/** Every named route of the residents' app, read from its router file, so a new page cannot escape a sweep. */
export function residentRouteNames(): string[] {
  const source = readFileSync(routerFile, 'utf8')
  return [...source.matchAll(/\bname:\s*'(m-[\w-]+)'/g)].map((m) => m[1]!).filter((name, i, all) => all.indexOf(name) === i)
}

/** The 长辈版 switch on a page (top bar), as a resident finds it. */
export const elderSwitch = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^(长辈版|Large text)$/ })

/** Opens a phone page and waits until it has loaded (the footer shows once the page's data is in). */
export async function openPhonePage(page: Page, url: string) {
  await page.goto(url)
  await page.getByRole('contentinfo').getByRole('button').waitFor()
  await page.waitForLoadState('networkidle')
  // Nothing half faded in: colours and sizes are judged as they settle.
  await page.evaluate(() => Promise.race([
    Promise.all(document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined))),
    new Promise((resolve) => setTimeout(resolve, 2000)),
  ]))
}

/**
 * Controls smaller than `min` x `min` CSS px: links, buttons, fields, selects, summaries and role=button.
 * A checkbox or radio counts by the label around it, which is what a finger hits. Visually hidden
 * helpers (1px, e.g. live regions) and controls in a closed dialog are not tappable and not counted.
 */
export const smallTargets = (page: Page, min: number) => page.evaluate((min) => {
  const found: string[] = []
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [role="button"]'))) {
    if ((el as HTMLInputElement).type === 'hidden') continue
    const own = el.getBoundingClientRect()
    if (own.width <= 1 || own.height <= 1 || getComputedStyle(el).visibility === 'hidden') continue
    const isBox = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
    const target = isBox ? (el.closest('label') ?? el) : el
    const box = target.getBoundingClientRect()
    if (box.width < min || box.height < min) {
      const name = (el.getAttribute('aria-label') ?? target.textContent ?? '').trim().slice(0, 30)
      found.push(`${target.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}x${Math.round(box.height)}`)
    }
  }
  return found
}, min)

/** Visible text on the page set smaller than `px` CSS px (or with a line height under 1.3x its size), one line each. */
export const textProblems = (page: Page, px: number) => page.evaluate((px) => {
  const found = new Set<string>()
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement
    if (!el || !node.textContent?.trim() || el.closest('[aria-hidden="true"], script, style, noscript')) continue
    const box = el.getBoundingClientRect()
    if (box.width <= 1 || box.height <= 1) continue
    const style = getComputedStyle(el)
    if (style.visibility === 'hidden') continue
    const size = parseFloat(style.fontSize)
    const where = `${el.tagName.toLowerCase()}${Array.from(el.classList).map((c) => `.${c}`).join('')} "${node.textContent.trim().slice(0, 20)}"`
    if (size < px) found.add(`${where} ${size}px < ${px}px`)
    const line = style.lineHeight === 'normal' ? NaN : parseFloat(style.lineHeight)
    if (!(line >= 1.3 * size - 0.01)) found.add(`${where} line height ${style.lineHeight} < 1.3 x ${size}px`)
  }
  return [...found]
}, px)

/** The font size of the page's main text (its <main>). */
export const mainTextSize = (page: Page) => page.locator('main').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))

/**
 * The focused element and whether its focus ring can be seen: an outline of 2px or more in a colour
 * at least half opaque, or a box shadow, drawn only while focused.
 */
export const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null
  if (!el || el === document.body) return { name: '', tag: 'body', ring: false }
  // A switch's own checkbox is hidden under its drawn track, which shows the ring instead.
  const box = el.getBoundingClientRect()
  const hidden = el instanceof HTMLInputElement && (getComputedStyle(el).opacity === '0' || box.width <= 1)
  const style = getComputedStyle(hidden && el.nextElementSibling ? el.nextElementSibling : el)
  const alpha = /rgba?\(([^)]+)\)/.exec(style.outlineColor)?.[1]?.split(/[\s,/]+/).filter(Boolean)[3]
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && (alpha === undefined || parseFloat(alpha) >= 0.5)
  const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined
  const name = (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').replace(/\s+/g, ' ').trim()
  return { name, tag: el.tagName.toLowerCase(), ring: outline || style.boxShadow !== 'none' }
})

/**
 * Presses Tab (at most `limit` times) until the focused control's name matches `name`, checking on
 * the way that every control Tab lands on shows a focus ring. Returns the controls without one.
 */
export async function tabTo(page: Page, name: RegExp, limit = 40): Promise<string[]> {
  const noRing: string[] = []
  const path: string[] = []
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const now = await focused(page)
    path.push(now.name.slice(0, 20))
    if (!now.ring) noRing.push(`${now.tag} "${now.name.slice(0, 30)}"`)
    if (name.test(now.name)) return noRing
  }
  throw new Error(`Tab never reached ${name} in ${limit} presses: ${path.join(' → ')}`)
}
