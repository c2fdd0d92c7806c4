import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { signUpOverHttp } from './support/phone'
import { type RunningServer, startServer } from './support/server'
import { shanghaiDate, staffFetch } from './support/staff-api'
import { axeFindings, signInAdmin, watchConsole } from './support/admin-session'

const apiDir = fileURLToPath(new URL('../apps/api/', import.meta.url))

/**
 * Runs SQL on the paused server's data directory. Only the in-app channel is live in this build
 * and it does not fail, so a provider's failure, and a request whose start has come near, are
 * written the way the worker and the passing clock would leave them.
 */
function editPausedDatabase(dataDir: string, statements: string[]) {
  const script = `
    import { PGlite } from '@electric-sql/pglite'
    import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
    const db = await PGlite.create({ dataDir: process.env.DATA_DIR, extensions: { btree_gist } })
    for (const sql of JSON.parse(process.env.STATEMENTS)) {
      const { affectedRows } = await db.query(sql)
      if (!affectedRows) throw new Error('changed nothing: ' + sql)
    }
    await db.close()`
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: apiDir, env: { ...process.env, DATA_DIR: dataDir, STATEMENTS: JSON.stringify(statements) }, encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(`editing the database failed:\n${run.stderr}`)
}

/** The next day after today (in Shanghai) on which the demo centers are open, past the seeded requests. */
function nextOpenDay() {
  for (let days = 4; ; days++) {
    const date = shanghaiDate(days)
    if (new Date(`${date}T12:00:00Z`).getUTCDay() !== 0) return date
  }
}

/** A resident signs up and requests a room that needs approval, over HTTP as the phone pages do. */
async function residentRequests(baseUrl: string, roomId: string, purpose: string) {
  const { cookie } = await signUpOverHttp(baseUrl, 'e2e 居民')
  const day = nextOpenDay()
  const booked = await fetch(`${baseUrl}/api/rooms/${roomId}/bookings`, {
    method: 'POST', headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ startsLocal: `${day}T15:00`, endsLocal: `${day}T16:00`, purpose, headcount: 4 }),
  })
  expect(booked.status, await booked.clone().text()).toBe(201)
}

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('staff follow notifications and requests awaiting a decision', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
    page = await newPage(browser, { width: 1366, height: 768 })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const checkAxe = async () => {
    await page.locator('.el-loading-mask').first().waitFor({ state: 'detached' }).catch(() => undefined)
    expect(await axeFindings(page)).toEqual([])
  }
  const bookingsNav = () => page.getByRole('menuitem', { name: /预约审批/ })
  /** Picks an option of a labelled select; its placeholder text lies over the input, hence force. */
  const pick = async (label: string, option: string) => {
    // A click that lands while a closing dialog or dropdown still fades out opens nothing, so
    // open again until the option shows (each try waits out the dropdown's own transition).
    const choice = page.getByRole('option', { name: option })
    await expect.poll(async () => {
      if (!(await choice.isVisible())) await page.getByRole('combobox', { name: label }).click({ force: true })
      await choice.waitFor({ timeout: 1_500 }).catch(() => undefined)
      return choice.isVisible()
    }, { timeout: 15_000, interval: 300 }).toBe(true)
    await choice.click()
  }

  it('resends a failed notification from 通知记录, flags a request about to expire, and counts a new request live', async () => {
    // A rejection tells the resident; its delivery then fails at the provider. The choir's request
    // is moved to start in three hours, as if the days had passed with nobody deciding.
    const manager = await staffFetch(server.baseUrl, 'manager')
    const centerId = manager.me.centerId
    const pending = (await manager.call('GET', `/api/centers/${centerId}/bookings?status=requested`)).body.items as { id: string; purpose: string; roomId: string; roomName: string }[]
    const parking = pending.find((b) => b.purpose === '反映小区停车问题')!
    const choir = pending.find((b) => b.purpose === '合唱团排练')!
    const rejected = await manager.call('POST', '/api/bookings/decisions', { ids: [parking.id], decision: 'reject', reason: '该时段已安排接访活动' })
    expect(rejected.status).toBe(200)
    await server.pause()
    editPausedDatabase(server.dataDir, [
      `update notification_deliveries d set status = 'failed', sent_at = null, attempts = 2, last_error = 'provider answered 503', next_attempt_at = now() + interval '1 hour'
         from notifications n where n.id = d.notification_id and d.channel = 'in_app' and n.kind = 'booking_rejected' and n.dedupe_key = '${parking.id}'`,
      `update bookings set starts_at = now() + interval '3 hours', ends_at = now() + interval '5 hours' where id = '${choir.id}'`,
    ])
    await server.resume()

    const warnings = watchConsole(page)
    await signInAdmin(page, server.baseUrl, 'manager')
    // The badge says how many wait and how many lapse soon; the pending list flags the near one.
    await expect.poll(async () => (await bookingsNav().textContent()) ?? '', { timeout: 15_000 }).toContain('1 项预约待审批，其中 1 项即将过期')
    await page.goto(`${server.baseUrl}/admin/bookings`)
    const choirRow = page.getByRole('row', { name: /合唱团排练/ })
    await choirRow.getByText('即将过期').waitFor()
    await checkAxe()
    await screenshot(page, 'admin-bookings-expiring-1366x768')

    await bookingsNav().waitFor()
    await page.getByRole('menuitem', { name: '通知记录' }).click()
    await page.getByRole('heading', { name: '通知记录' }).waitFor()
    const health = page.getByRole('region', { name: '发送状态（全系统）' })
    await health.getByText('站内 · 已开通').waitFor()
    await health.getByText('短信 · 未配置').waitFor()
    const failed = page.getByRole('row', { name: /预约未通过.*站内/ })
    await failed.getByText('重试中').waitFor()
    await expect.poll(() => failed.textContent()).toMatch(/王秀英.*站内.*下次重试 \d{2}-\d{2} \d{2}:\d{2}.*原因：provider answered 503/)
    await checkAxe()
    await screenshot(page, 'admin-notifications-1366x768')

    // Narrowing to failures keeps just that one.
    await pick('状态', '重试中')
    await expect.poll(() => page.getByText('共 1 条').count()).toBe(1)

    await failed.getByRole('button', { name: '重发' }).click()
    const confirm = page.getByRole('dialog', { name: '重发通知' })
    await confirm.getByText(/确定通过“站内”重新给 王秀英 发送“预约未通过”吗/).waitFor()
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 10_000 }).catch(() => undefined)
    expect(await axeFindings(page)).toEqual([])
    await confirm.getByRole('button', { name: '重发' }).click()
    await page.getByText('已重新排队发送').waitFor()
    await confirm.waitFor({ state: 'hidden' })
    // Queued at once (the row moves on in place), then delivered by the worker within a few seconds.
    await failed.getByText('待发送').waitFor()
    expect(await failed.getByRole('button', { name: '重发' }).count()).toBe(0)
    await pick('状态', '已发送')
    await expect.poll(async () => {
      await page.getByRole('button', { name: '刷新' }).click()
      return page.getByRole('row', { name: /预约未通过.*站内/ }).getByText('已发送').count()
    }, { timeout: 20_000, interval: 1_000 }).toBe(1)
    const log = await manager.call('GET', `/api/centers/${centerId}/notifications?kind=booking_rejected&channel=in_app`)
    expect(log.body.items).toMatchObject([{ status: 'sent', residentName: '王秀英' }])

    // A resident's new request reaches the open page's badge without a reload.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true))
    await residentRequests(server.baseUrl, parking.roomId, 'e2e 楼栋议事')
    await expect.poll(async () => (await bookingsNav().textContent()) ?? '', { timeout: 10_000 }).toContain('2 项预约待审批')
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
    await screenshot(page, 'admin-notifications-resent-1366x768')
    expect(warnings).toEqual([])
  }, 240_000)
})
