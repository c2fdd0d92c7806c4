import { readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readSheetText } from '../apps/api/src/spreadsheets/read'
import { axeFindings, signInAdmin } from './support/admin-session'
import { hasChromium, launchBrowser, newPage } from './support/browser'
import { type RunningServer, startServer } from './support/server'
import { shanghaiDate, staffFetch } from './support/staff-api'

type Booking = { id: string; roomId: string; roomName: string; status: string }

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('导出: a filtered bookings list downloads as Excel with just its rows', () => {
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

  it('filters 全部 by status and room, exports Excel from the 导出 menu, and the file holds exactly the list rows', async () => {
    const staff = await staffFetch(server.baseUrl, 'staff')
    // The 全部 tab's default range: a week back to a month ahead.
    const range = `from=${shanghaiDate(-7)}&to=${shanghaiDate(30)}`
    const all = (await staff.call('GET', `/api/centers/${staff.me.centerId}/bookings?${range}`)).body.items as Booking[]
    // The room with the most approved bookings, so the filtered file has rows and the unfiltered list has more.
    const approved = all.filter((b) => b.status === 'approved')
    const counts = new Map<string, number>()
    for (const b of approved) counts.set(b.roomName, (counts.get(b.roomName) ?? 0) + 1)
    const [roomName] = [...counts].sort((a, b) => b[1] - a[1])[0]!
    const roomId = approved.find((b) => b.roomName === roomName)!.roomId
    const expected = (await staff.call('GET', `/api/centers/${staff.me.centerId}/bookings?${range}&status=approved&roomId=${roomId}`)).body.items as Booking[]
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(all.length)

    await signInAdmin(page, server.baseUrl, 'staff')
    await page.goto(`${server.baseUrl}/admin/bookings?tab=all`)
    // Element Plus lays its placeholder over the select's input: the click lands on the select either way.
    await page.getByRole('combobox', { name: '状态' }).click({ force: true })
    await page.getByRole('option', { name: '已通过', exact: true }).click()
    await page.getByRole('combobox', { name: '房间' }).click({ force: true })
    await page.getByRole('option', { name: roomName, exact: true }).click()
    await page.getByRole('button', { name: '导出' }).click()
    const excel = page.getByRole('menuitem', { name: 'Excel' })
    await excel.waitFor()
    expect(await axeFindings(page)).toEqual([])

    const [download] = await Promise.all([page.waitForEvent('download'), excel.click()])
    const center = (await staff.call('GET', `/api/centers/${staff.me.centerId}`)).body as { name: string }
    expect(download.suggestedFilename()).toBe(`${center.name}-预约-${shanghaiDate()}.xlsx`)
    await page.getByText(/^已导出 /).waitFor()
    const cells = await readSheetText(new Uint8Array(await readFile((await download.path())!)))
    const col = (header: string) => cells.slice(1).map((r) => r[cells[0]!.indexOf(header)])
    expect(col('编号')).toEqual(expected.map((b) => b.id))
    expect(new Set(col('状态'))).toEqual(new Set(['已通过']))
    expect(new Set(col('房间'))).toEqual(new Set([roomName]))
    expect(await axeFindings(page)).toEqual([])
  })
})
