import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { axeFindings } from './admin-session'

/**
 * Every page path of the admin router (apps/admin/src/router.ts), as /admin/... patterns, read
 * from its source so that a new page is missed by the axe walk only until the walk visits it.
 * The catch-all redirect and the start page (which redirects by role) are no pages of their own.
 */
export function adminRoutePatterns(): RegExp[] {
  const source = readFileSync(new URL('../../apps/admin/src/router.ts', import.meta.url), 'utf8')
  return [...source.matchAll(/path: '([^']*)'/g)].map((m) => m[1]!)
    .filter((p) => p !== '' && p !== '/' && !p.startsWith('/:'))
    .map((p) => new RegExp(`^/admin/${p.replace(/^\//, '').replace(/:[A-Za-z]+/g, '[^/]+')}$`))
}

/** An axe walk through admin pages and dialogs, collecting what it checked and where it has been. */
export function axeWalk(page: () => Page, baseUrl: () => string) {
  const checked: { name: string; findings: string[] }[] = []
  const visited = new Set<string>()

  /** Runs axe on what is on screen now and records it under `name`. */
  async function check(name: string) {
    visited.add(new URL(page().url()).pathname)
    checked.push({ name, findings: await axeFindings(page()) })
  }

  async function visit(path: string, ready: () => Promise<unknown>, name = `page /${path.split('?')[0]}`) {
    await page().goto(`${baseUrl()}/admin/${path}`)
    await ready()
    await page().locator('.el-loading-mask').first().waitFor({ state: 'detached' }).catch(() => undefined)
    await check(name)
  }

  /** Opens a dialog or drawer with `open`, checks it, and closes it with Escape. */
  async function dialog(name: string, open: () => Promise<unknown>, title: string | RegExp) {
    try {
      await open()
      const box = page().getByRole('dialog', { name: title })
      await box.waitFor({ timeout: 10_000 })
      await check(`dialog ${name}`)
      await page().keyboard.press('Escape')
      await box.waitFor({ state: 'hidden', timeout: 5_000 })
    } catch (err) {
      // One dialog that does not open must not hide what the others find: record it and go on.
      checked.push({ name: `dialog ${name}`, findings: [`could not open or close: ${String(err).split('\n')[0]}`] })
      await page().keyboard.press('Escape')
    }
  }

  const button = (name: string | RegExp) => page().getByRole('button', { name, exact: typeof name === 'string' }).first()
  const tab = async (name: string) => {
    await page().getByRole('tab', { name }).click()
    await check(`page ${new URL(page().url()).pathname} · ${name}`)
  }
  const radio = (group: string, name: string) => page().getByRole('radiogroup', { name: group }).getByText(name, { exact: true }).click()

  /** The names of what was checked since the last call and had findings, each finding printed. */
  function failuresSinceLast() {
    const mine = checked.splice(0)
    const failing = mine.filter((c) => c.findings.length)
    for (const c of failing) console.log(`  ${c.name}:\n    ${c.findings.join('\n    ')}`)
    console.log(`axe: ${mine.length} admin pages and dialogs checked, ${failing.length} with serious or critical findings`)
    return failing.map((c) => c.name)
  }

  return { check, visit, dialog, button, tab, radio, visited, failuresSinceLast }
}
