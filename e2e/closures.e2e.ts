import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeProblems, hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { axeFindings, signInAdmin } from './support/admin-session'
import { phoneContext } from './support/phone'
import { elderSwitch, openPhonePage } from './support/resident-pages'
import { pairScreenPage } from './support/screen-codes'
import { type RunningServer, startServer } from './support/server'
import { shanghaiDate, staffFetch } from './support/staff-api'

const REASON = 'e2e 闭馆：消防检查'
const ROOM_REASON = 'e2e 暂停开放：地板翻新'

/** Texts cut off by a box around them (a panel's pages resized under the closures line, say). */
const clippedTexts = (page: Page) => page.evaluate(() => {
  const cut: string[] = []
  for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
    if (!Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) continue
    const r = el.getBoundingClientRect()
    if (!r.width || !r.height || getComputedStyle(el).visibility === 'hidden') continue
    const slack = 0.3 * parseFloat(getComputedStyle(el).fontSize)
    for (let box = el.parentElement; box; box = box.parentElement) {
      const s = getComputedStyle(box)
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue
      const b = box.getBoundingClientRect()
      if (r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - slack || r.bottom > b.bottom + slack) {
        cut.push(el.textContent!.trim())
        break
      }
    }
  }
  return cut
})

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('a closure, from the staff dialog to the lobby, the door and the phone', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows 闭馆 and its reason on the paired lobby screen as soon as staff save it, on the door panel and on the phone pages', async () => {
    const manager = await staffFetch(server.baseUrl, 'manager')
    const centerId = manager.me.centerId
    const rooms = (await (await fetch(`${server.baseUrl}/api/centers/${centerId}/rooms`)).json()).items as { id: string; name: string }[]
    const chess = rooms.find((r) => r.name === '益智棋类室')!

    // The lobby is already on the wall before any closure exists: they must arrive live.
    const lobby = await newPage(browser, { width: 1920, height: 1080 })
    await pairScreenPage(lobby, server.baseUrl, manager, 'lobby')
    const header = lobby.getByRole('banner')
    await header.getByRole('heading', { name: '凤凰台党群服务中心' }).waitFor({ timeout: 20_000 })
    expect(await header.getByText(/暂停开放|闭馆/).count()).toBe(0)

    // A room closed tomorrow: the lobby and the room's door panel tell of it, with the reason.
    const roomClosed = await manager.call('POST', `/api/centers/${centerId}/closures`, {
      roomId: chess.id, startDate: shanghaiDate(1), endDate: shanghaiDate(1), reason: ROOM_REASON, decision: 'keep',
    })
    expect(roomClosed.status).toBe(201)
    const tomorrow = `${Number(shanghaiDate(1).slice(5, 7))}月${Number(shanghaiDate(1).slice(8, 10))}日`
    // The lobby's ticker turns its pages every 9-22 s: the closure comes round among the announcements
    // (a line longer than the bar goes over two pages, the reason on the second).
    const ticker = lobby.getByRole('contentinfo')
    await ticker.getByText(new RegExp(`^${tomorrow} 益智棋类室 暂停开放`)).waitFor({ timeout: 90_000 })
    const door = await newPage(browser, { width: 1920, height: 1080 })
    await door.goto(`${server.baseUrl}/kiosk/centers/${centerId}?layout=door&room=${chess.id}`)
    await door.getByRole('banner').getByText(`${tomorrow} 益智棋类室 暂停开放 · ${ROOM_REASON}`, { exact: true }).waitFor({ timeout: 20_000 })
    await door.waitForTimeout(1000)
    expect(await clippedTexts(door)).toEqual([])
    expect(await axeFindings(door)).toEqual([])
    await screenshot(door, 'closures-door-1920x1080')

    // Staff close the whole center for today in 新增闭馆, keeping what is on (the seed has activities today).
    const admin = await newPage(browser, { width: 1366, height: 768 })
    await signInAdmin(admin, server.baseUrl, 'staff')
    await admin.goto(`${server.baseUrl}/admin/closures?center=${centerId}`)
    await admin.getByRole('button', { name: '新增闭馆' }).click()
    const dialog = admin.getByRole('dialog', { name: '新增闭馆' })
    await dialog.getByRole('textbox', { name: '原因（居民可见）' }).fill(REASON)
    await dialog.getByRole('button', { name: '下一步' }).click()
    await dialog.getByRole('button', { name: '保存' }).waitFor()
    const keep = dialog.getByRole('radio', { name: '保留' })
    if (await keep.count()) {
      // 改期 asks where each covered date and booking goes; staff here keep them instead.
      await dialog.getByRole('radio', { name: '改期' }).check({ force: true })
      await dialog.getByText(/为每个活动场次选择新的开始时间/).waitFor()
      expect(await axeFindings(admin, '.el-dialog')).toEqual([])
      await keep.check({ force: true })
    }
    expect(await axeFindings(admin, '.el-dialog')).toEqual([])
    await dialog.getByRole('button', { name: '保存' }).click()
    await admin.getByRole('cell', { name: REASON, exact: true }).waitFor()

    // The admin calendar marks today's activities, kept on the closed day, with 闭馆 (and the reason on hover).
    await admin.goto(`${server.baseUrl}/admin/calendar?center=${centerId}`)
    const closedEvent = admin.getByTitle(new RegExp(` · 闭馆：${REASON}$`)).first()
    await closedEvent.waitFor()
    expect(await closedEvent.getByText('闭馆', { exact: true }).isVisible()).toBe(true)
    expect(await axeFindings(admin)).toEqual([])

    // The lobby: 今日 闭馆 in the header, as big as anything else on the screen, and the reason in the ticker, first.
    const badge = header.getByText('今日 闭馆', { exact: true })
    await badge.waitFor({ timeout: 20_000 })
    await ticker.getByText(`今日 闭馆 · ${REASON}`, { exact: true }).waitFor({ timeout: 90_000 })
    const sizes = await badge.evaluate((el) => ({ own: parseFloat(getComputedStyle(el).fontSize), root: parseFloat(getComputedStyle(document.documentElement).fontSize) }))
    expect(sizes.own).toBeGreaterThanOrEqual(sizes.root - 0.01)
    await lobby.waitForTimeout(1500)
    expect(await clippedTexts(lobby)).toEqual([])
    expect(await axeFindings(lobby)).toEqual([])
    await screenshot(lobby, 'closures-lobby-1920x1080')

    // The phone: the center page says 今日闭馆 with the reason, and the room page lists the room's closure.
    const context = await phoneContext(browser)
    const phone = await context.newPage()
    await openPhonePage(phone, `${server.baseUrl}/m/centers/${centerId}`)
    const notice = phone.getByRole('status').filter({ has: phone.getByRole('heading', { name: '今日闭馆' }) })
    await notice.getByText(`原因：${REASON}`).waitFor()
    expect(await phone.getByText('今日闭馆', { exact: true }).count()).toBe(2)
    expect(await axeProblems(phone)).toEqual([])
    await elderSwitch(phone).click()
    await notice.getByText(`原因：${REASON}`).waitFor()
    expect(await axeProblems(phone)).toEqual([])
    await screenshot(phone, 'closures-phone-center-elder')

    await openPhonePage(phone, `${server.baseUrl}/m/rooms/${chess.id}`)
    const coming = phone.getByRole('region', { name: '近期闭馆安排' })
    await coming.getByText(ROOM_REASON).waitFor()
    expect(await coming.getByText(/^\d+月\d+日 暂停开放$/).count()).toBe(1)
    expect(await phone.getByRole('heading', { name: '今日闭馆' }).count()).toBe(1)
    expect(await axeProblems(phone)).toEqual([])
    await screenshot(phone, 'closures-phone-room-elder')
    await context.close()
  }, 360_000)
})
