import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser, newPage } from './support/browser'
import { type RunningServer, startServer } from './support/server'
import { staffFetch } from './support/staff-api'
import { axeFindings, signInAdmin } from './support/admin-session'

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('预约规则 by level: center default < room kind < room, each value saying where it comes from', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
    page = await newPage(browser, { width: 1366, height: 900 })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const settled = async () => {
    await page.locator('.el-loading-mask').first().waitFor({ state: 'detached' }).catch(() => undefined)
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 10_000 }).catch(() => undefined)
  }
  const card = (name: string) => page.getByRole('region', { name })
  // Element Plus marks a number input at its maximum aria-disabled (its + button is), though it still
  // takes typing: staff select the number and type over it, as here.
  const typeInto = async (input: Locator, value: string) => {
    await input.focus()
    await page.keyboard.press('Control+A')
    await page.keyboard.type(value)
    await page.keyboard.press('Tab')
  }
  const field = (cardName: string, label: string) => card(cardName).getByRole('group', { name: label, exact: true })

  it('a manager sets a per-week limit for a room kind, sees the room take it from 房间类型, then gives the room its own grid (本房间)', async () => {
    await signInAdmin(page, server.baseUrl, 'manager')
    await page.goto(`${server.baseUrl}/admin/bookings?tab=rules`)
    await card('房间类型规则').waitFor()
    await settled()
    expect(await field('房间单独规则', '每周次数').getByText('中心默认').isVisible()).toBe(true)
    expect(await axeFindings(page)).toEqual([])

    // Room kind: 每周次数 2 (the center's default is 3; a kind may only lower it).
    const weekly = field('房间类型规则', '每周次数')
    await weekly.getByText('单独设置').click()
    await typeInto(weekly.getByRole('spinbutton'), '2')
    await card('房间类型规则').getByRole('button', { name: '保存' }).click()
    await page.getByText('预约规则已保存').waitFor()
    await settled()
    expect(await field('房间类型规则', '每周次数').getByText('房间类型').isVisible()).toBe(true)
    // The room picked below is of the same kind: its value now comes from the kind, the rest from the center.
    await field('房间单独规则', '每周次数').getByText('房间类型').waitFor()
    expect(await field('房间单独规则', '每周次数').getByRole('spinbutton').inputValue()).toBe('2')
    expect(await field('房间单独规则', '最短时长').getByText('中心默认').isVisible()).toBe(true)

    // The room's own grid: 60 minutes, from 本房间.
    const grid = field('房间单独规则', '时间刻度')
    await grid.getByText('单独设置').click()
    await typeInto(grid.getByRole('spinbutton'), '60')
    await card('房间单独规则').getByRole('button', { name: '保存' }).click()
    await page.getByText('预约规则已保存').last().waitFor()
    await field('房间单独规则', '时间刻度').getByText('本房间').waitFor()
    await settled()
    expect(await axeFindings(page)).toEqual([])

    // What the API now has in force for that room.
    const manager = await staffFetch(server.baseUrl, 'manager')
    const rooms = (await manager.call('GET', `/api/centers/${manager.me.centerId}/rooms`)).body.items as { id: string; kind: string }[]
    // The room is the one that now sets its own grid.
    let room: { id: string; kind: string } | undefined
    for (const r of rooms) if ((await manager.call('GET', `/api/rooms/${r.id}/booking-policy/overrides`)).body.slotMinutes === 60) room = r
    if (!room) throw new Error('no room sets its own grid')
    const inForce = (await manager.call('GET', `/api/rooms/${room.id}/booking-policy`)).body
    expect(inForce).toMatchObject({ weeklyQuota: 2, slotMinutes: 60, minMinutes: 30 })
    expect((await manager.call('GET', `/api/centers/${manager.me.centerId}/room-kinds/${room.kind}/booking-policy`)).body).toEqual({ weeklyQuota: 2 })
  }, 180_000)
})
