import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser, newPage } from './support/browser'
import { type RunningServer, startServer } from './support/server'
import { staffFetch } from './support/staff-api'
import { axeFindings, signInAdmin } from './support/admin-session'
import { pairScreenPage } from './support/screen-codes'

/** A counter device at the book bar's door: paired as a screen of the center, reporting with its token. */
async function counterDevice(baseUrl: string, manager: Awaited<ReturnType<typeof staffFetch>>) {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
  const start = (await (await post('/api/screens/pairings', {})).json()) as { pairingId: string; code: string; secret: string }
  const paired = await manager.call('POST', `/api/centers/${manager.me.centerId}/screens`, { code: start.code, name: '书吧计数器', layout: 'lobby', language: 'zh-CN' })
  if (paired.status !== 201) throw new Error(`pairing failed: ${paired.status}`)
  const { deviceToken } = (await (await post(`/api/screens/pairings/${start.pairingId}/poll`, { secret: start.secret })).json()) as { deviceToken: string }
  return (roomId: string, count: number) => post('/api/screens/me/occupancy', { roomId, count }, { authorization: `Bearer ${deviceToken}` })
}

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('在馆人数: staff count the book bar on 今日, the lobby shows it live, and 已满 from a counter device', () => {
  let server: RunningServer
  let browser: Browser
  let admin: Page
  let lobby: Page

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
    admin = await newPage(browser, { width: 1366, height: 900 })
    lobby = await newPage(browser, { width: 1920, height: 1080 })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('a count entered on 今日 reaches the lobby card without a reload; the counter at capacity shows 已满', async () => {
    const manager = await staffFetch(server.baseUrl, 'manager')
    const rooms = (await manager.call('GET', `/api/centers/${manager.me.centerId}/rooms`)).body.items as { id: string; name: string; capacity: number; access: string }[]
    const bookBar = rooms.find((r) => r.name === '书吧' && r.access === 'open')!
    await pairScreenPage(lobby, server.baseUrl, manager, 'lobby')
    const nowNext = lobby.getByRole('region', { name: /正在进行 \/ 即将开始/ })
    await nowNext.waitFor()

    await signInAdmin(admin, server.baseUrl, 'staff')
    await admin.goto(`${server.baseUrl}/admin/today`)
    const counts = admin.getByRole('region', { name: '在馆人数' })
    const row = counts.getByRole('listitem').filter({ hasText: '书吧' })
    await row.getByText('今天还没有登记').waitFor()
    expect(await axeFindings(admin)).toEqual([])
    await row.getByLabel('书吧在馆人数').fill('12')
    await row.getByRole('button', { name: '登记' }).click()
    await admin.getByText('已登记书吧在馆 12 人').waitFor()
    await row.getByText(/在馆 12 人 \/ 可容纳 \d+ 人/).waitFor()
    expect(await axeFindings(admin)).toEqual([])

    // The lobby, paired before the count, hears of it over Socket.IO. Its 正在进行 panel turns a page every
    // 11 s when the day's rooms do not fit one (early in the morning, say): the book bar, first, comes round.
    const card = nowNext.getByRole('article', { name: '书吧' })
    const comesRound = { timeout: 90_000 }
    await card.getByText('在馆 12 人').waitFor(comesRound)
    await card.getByText(`可容纳 ${bookBar.capacity} 人`).waitFor(comesRound)

    const report = await counterDevice(server.baseUrl, manager)
    expect((await report(bookBar.id, bookBar.capacity)).status).toBe(201)
    await card.getByText('已满').waitFor(comesRound)
    // Read at 3 m: the state is as large as a room card's state.
    const px = await card.getByText('已满').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(px).toBeGreaterThanOrEqual(24)
    expect(await axeFindings(lobby)).toEqual([])
    // Bad input from the device is refused and changes nothing on the lobby.
    expect((await report(bookBar.id, -1)).status).toBe(400)
    await card.getByText('已满').waitFor(comesRound)
  }, 300_000)
})
