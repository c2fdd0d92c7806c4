import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeFindings } from './support/admin-session'
import { hasChromium, launchBrowser, newPage } from './support/browser'
import { type RunningServer, startServer } from './support/server'

const cli = fileURLToPath(new URL('../apps/api/dist/cli.js', import.meta.url))

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('a first install: the sign-in page explains create-admin until an account exists', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ seed: false, smsCodes: false }), launchBrowser()])
    page = await newPage(browser, { width: 1366, height: 768 })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the command instead of a sign-in form no one could pass, then the form once the administrator exists', async () => {
    await page.goto(`${server.baseUrl}/admin/`)
    await page.getByRole('heading', { name: '首次使用：先创建管理员账号' }).waitFor()
    await expect(page.getByText('npm run linli -- create-admin --username admin').isVisible()).resolves.toBe(true)
    expect(await page.getByLabel('用户名').count()).toBe(0)
    expect(await axeFindings(page)).toEqual([])

    await page.getByRole('button', { name: '已创建，去登录' }).click()
    await page.getByRole('status').filter({ hasText: '仍未找到任何账号' }).waitFor()
    expect(await axeFindings(page)).toEqual([])

    // The operator stops the server (the embedded database has one process), runs the command, starts it again.
    await server.pause()
    const created = spawnSync(process.execPath, [cli, 'create-admin', '--username', 'zhang', '--name', '张主任', '--district', '金水区'], {
      env: { ...process.env, LINLI_DATA_DIR: server.dataDir, LINLI_SEED: '0' }, input: 'Correct horse 2026\n', encoding: 'utf8',
    })
    expect(created.stderr).toBe('')
    expect(created.status).toBe(0)
    await server.resume()

    await page.getByRole('button', { name: '已创建，去登录' }).click()
    await page.getByLabel('用户名').fill('zhang')
    await page.getByLabel('密码', { exact: true }).fill('Correct horse 2026')
    await page.getByRole('button', { name: '登录' }).click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    await page.getByText('张主任').first().waitFor()
  }, 240_000)
})
