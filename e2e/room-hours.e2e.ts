import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { type RunningServer, startServer } from './support/server'
import { shanghaiDate, staffFetch } from './support/staff-api'
import { axeFindings, signInAdmin } from './support/admin-session'

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('a room with its own opening hours', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows its hours for today on the lobby screen, and edits them in the room dialog at 1366x768', async () => {
    const manager = await staffFetch(server.baseUrl, 'manager')
    const today = shanghaiDate()
    const gym = await manager.call('POST', `/api/centers/${manager.me.centerId}/rooms`, { name: 'e2e 健身房', kind: 'gym', capacity: 20, floor: 1, access: 'resident', requiresApproval: false })
    expect(gym.status).toBe(201)
    // A dated exception opens the gym all day today, whatever the center's week says; a booking puts it on the lobby.
    const hours = await manager.call('PUT', `/api/rooms/${gym.body.id}/hours`, { weekly: null, exceptions: [{ date: today, intervals: [{ opens: '00:00', closes: '23:45' }] }] })
    expect(hours.status).toBe(200)
    const booked = await manager.call('POST', `/api/rooms/${gym.body.id}/staff-bookings`, { startsLocal: `${today}T00:00`, endsLocal: `${today}T00:30`, purpose: '晨练', headcount: 3, organisationName: '晨练队' })
    expect(booked.status).toBe(201)

    const lobby = await newPage(browser, { width: 1920, height: 1080 })
    await lobby.goto(`${server.baseUrl}/kiosk/centers/${manager.me.centerId}`)
    const card = lobby.getByRole('article').filter({ has: lobby.getByRole('heading', { name: 'e2e 健身房', exact: true }) })
    // The panel turns its pages every 11 s; the gym's card comes round within a few pages.
    await expect.poll(() => card.getByText('00:00–23:45').count(), { timeout: 60_000, interval: 1000 }).toBe(1)
    await screenshot(lobby, 'kiosk-lobby-room-hours-1920x1080')

    const page = await newPage(browser, { width: 1366, height: 768 })
    await signInAdmin(page, server.baseUrl, 'manager')
    await page.goto(`${server.baseUrl}/admin/rooms`)
    await page.getByRole('row', { name: /e2e 健身房/ }).getByRole('button', { name: '编辑' }).click()
    const dialog = page.getByRole('dialog', { name: '编辑房间' })
    await dialog.waitFor()
    await dialog.getByRole('tab', { name: '开放时间' }).click()
    await dialog.getByText('单独设置', { exact: true }).click()
    await dialog.getByText('周一', { exact: true }).waitFor()
    await expect.poll(() => dialog.getByLabel('日期').count()).toBe(1)
    const box = await page.locator('.el-dialog').filter({ visible: true }).boundingBox()
    expect(box && box.y >= 0 && box.y + box.height <= 768).toBe(true)
    expect(await axeFindings(page, '.el-dialog')).toEqual([])
    await screenshot(page, 'admin-room-hours-1366x768')
  })
})
