import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeProblems, hasChromium, launchBrowser, screenshot } from './support/browser'
import { type RunningServer, startServer } from './support/server'
import { shanghaiDate, staffFetch } from './support/staff-api'

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('the lobby screen, paired and live', () => {
  let server: RunningServer
  let browser: Browser
  const today = shanghaiDate()

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  async function screenPage(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
    const page = await context.newPage()
    // The board shows what is left of today: fix the screen's clock at mid-morning.
    await page.clock.setFixedTime(new Date(`${today}T10:15:00+08:00`))
    return page
  }

  /** The six characters shown big under 配对码, as the person at the screen reads them off. */
  const pairingCode = (page: Page) => page.getByText(/^[A-Z0-9]{3}\s*[A-Z0-9]{3}$/)
  /** The line under the center's name saying the screen is reconnecting. */
  const offlineBadge = (page: Page) => page.getByRole('status').filter({ hasText: '连接' })

  /** Opens /kiosk/ on a fresh screen and pairs it with the manager's center. */
  async function pairedScreen(viewport: { width: number; height: number }, manager: Awaited<ReturnType<typeof staffFetch>>) {
    const page = await screenPage(viewport)
    await page.goto(`${server.baseUrl}/kiosk/`)
    const code = (await pairingCode(page).textContent())!.replace(/\s/g, '')
    const paired = await manager.call('POST', `/api/centers/${manager.me.centerId}/screens`, { code, name: `屏幕 ${viewport.width}`, layout: 'lobby', language: 'zh-CN' })
    expect(paired.status).toBe(201)
    await page.getByRole('heading', { level: 1, name: '凤凰台党群服务中心' }).waitFor({ timeout: 15_000 })
    return { page, code }
  }

  it('pairs by its code, shows the seeded day, takes an admin edit live, and survives the API going away', async () => {
    const manager = await staffFetch(server.baseUrl, 'manager')
    const fresh = await screenPage({ width: 1920, height: 1080 })
    await fresh.goto(`${server.baseUrl}/kiosk/`)
    expect((await pairingCode(fresh).textContent())!.replace(/\s/g, '')).toMatch(/^[A-Z0-9]{6}$/)
    expect(await axeProblems(fresh)).toEqual([])
    await screenshot(fresh, 'kiosk-pairing-1920x1080')
    await fresh.context().close()

    const { page } = await pairedScreen({ width: 1920, height: 1080 }, manager)
    await page.getByRole('article').first().waitFor()
    expect(await axeProblems(page)).toEqual([])
    await screenshot(page, 'kiosk-lobby-1920x1080')

    // An edit in admin reaches the open screen without a reload.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
    const rooms = await (await fetch(`${server.baseUrl}/api/centers/${manager.me.centerId}/rooms`)).json()
    const room = rooms.items.find((r: { name: string }) => r.name === '妇女之家')
    const created = await manager.call('POST', `/api/centers/${manager.me.centerId}/activities`, {
      title: 'e2e 智能手机课堂', category: 'seniors', audiences: ['seniors'], organiserKind: 'center', organiserName: '中心',
      roomId: room.id, startsLocal: `${today}T11:00`, endsLocal: `${today}T11:45`,
    })
    expect(created.status).toBe(201)
    // Today's list turns a page every 11 s when the day does not fit, so the new activity may come round
    // a few pages later; before 11:00 the 正在进行 panel shows it as 下一场 as well.
    await page.getByRole('article').filter({ hasText: 'e2e 智能手机课堂' }).first().waitFor({ timeout: 60_000 })
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)

    // The API goes away: the last snapshot stays on screen with a badge, and it recovers.
    await server.pause()
    await offlineBadge(page).waitFor({ timeout: 20_000 })
    expect(await page.getByRole('article').count()).toBeGreaterThan(0)
    await screenshot(page, 'kiosk-offline-1920x1080')
    await server.resume()
    await offlineBadge(page).waitFor({ state: 'detached', timeout: 60_000 })
  }, 180_000)

  it('renders the lobby in portrait, and takes over every screen for an emergency', async () => {
    const manager = await staffFetch(server.baseUrl, 'manager')
    const { page } = await pairedScreen({ width: 1080, height: 1920 }, manager)
    await page.getByRole('article').first().waitFor()
    expect(await axeProblems(page)).toEqual([])
    await screenshot(page, 'kiosk-lobby-1080x1920')
    const body = await page.locator('body').textContent()
    expect(body).not.toContain('13800000001')
    expect(body).not.toContain('王秀英')

    const emergency = await manager.call('POST', '/api/emergencies', {
      title: '紧急疏散演练', message: '请沿绿色指示牌从最近的安全出口有序撤离', centerId: manager.me.centerId,
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    })
    expect(emergency.status).toBe(201)
    await page.getByRole('alert').filter({ hasText: '紧急疏散演练' }).waitFor({ timeout: 5_000 })
    await screenshot(page, 'kiosk-emergency-1080x1920')
    await manager.call('POST', `/api/emergencies/${emergency.body.id}/clear`)
    await page.getByRole('alert').filter({ hasText: '紧急疏散演练' }).waitFor({ state: 'detached', timeout: 5_000 })
  }, 120_000)
})
