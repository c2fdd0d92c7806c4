import type AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { axeOn } from './browser'

/** Signs in on the admin login page the way staff do: by the labelled fields and the button. */
export async function signInAdmin(page: Page, baseUrl: string, username: string) {
  await page.goto(`${baseUrl}/admin/login`)
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码', { exact: true }).fill('linli-demo')
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
}

/** Serious and critical axe findings on the page (or inside `include`), one line each with where. */
export async function axeFindings(page: Page, include?: string): Promise<string[]> {
  // A message or dialog fading in or out has blended colours, and a toast may start fading while axe
  // reads the page: with motion off, everything on screen is either fully there or gone. Running
  // animations are finished (so what waits for their end goes on) and motion is back on afterwards.
  const still = await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important }' })
  let violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']
  try {
    await page.evaluate(() => document.getAnimations().forEach((a) => {
      try {
        a.finish()
      } catch {
        // An endless animation (a spinner) cannot finish; with motion off it no longer blends anything.
      }
    }))
    let builder = axeOn(page)
    if (include) builder = builder.include(include)
    violations = (await builder.analyze()).violations
  } finally {
    await still.evaluate((el) => (el as Element).remove()).catch(() => undefined)
  }
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(" ")} — ${n.failureSummary?.split("\n")[1]?.trim() ?? v.help} | ${n.html.slice(0, 160)}`))
}

/** Collects Vue and Element Plus warnings and errors from the console, which production users never should see. */
export function watchConsole(page: Page): string[] {
  const seen: string[] = []
  page.on('console', (message) => {
    const text = message.text()
    if (['warning', 'error'].includes(message.type()) && /\[Vue warn\]|ElementPlus|element-plus|deprecated/i.test(text)) seen.push(text.slice(0, 300))
  })
  return seen
}
