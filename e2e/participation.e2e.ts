import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { type RunningServer, startServer } from './support/server'
import { pairScreenPage } from './support/screen-codes'
import { shanghaiDate, staffFetch } from './support/staff-api'


/** The wall clock in Shanghai `minutes` from now, on the 5-minute grid: 'YYYY-MM-DDTHH:mm'. */
function shanghaiClock(minutes: number) {
  const at = new Date(Math.floor((Date.now() + minutes * 60_000) / 300_000) * 300_000)
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(at).map((x) => [x.type, x.value]))
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`
}

/** A demo resident's session over HTTP, for the other residents in the story. */
async function residentFetch(baseUrl: string, phone: string) {
  const res = await fetch(`${baseUrl}/api/residents/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phone, password: 'linli-demo' }) })
  if (res.status !== 200) throw new Error(`resident sign-in failed: ${res.status}`)
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
  return async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${baseUrl}${path}`, { method, headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) })
    return { status: r.status, body: await r.json() }
  }
}

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('a resident signs up for activities on the phone and checks in by the code at the door', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('joins the waiting list of a full activity, then checks in to one on now through the door panel\'s code', async () => {
    const manager = await staffFetch(server.baseUrl, 'manager')
    const centerId = manager.me.centerId
    const occurrenceOf = async (activityId: string, date: string) => {
      const list = await manager.call('GET', `/api/centers/${centerId}/occurrences?from=${date}&to=${date}`)
      return list.body.items.find((o: { activityId: string }) => o.activityId === activityId) as { id: string }
    }

    // Tomorrow's class has one seat, and another resident has it.
    const tomorrow = shanghaiDate(1)
    const full = await manager.call('POST', `/api/centers/${centerId}/activities`, {
      title: 'e2e 手机使用课', category: 'seniors', organiserKind: 'center', organiserName: '中心', roomId: null, location: '中心东侧广场',
      startsLocal: `${tomorrow}T19:00`, endsLocal: `${tomorrow}T20:00`, capacity: 1, status: 'published',
    })
    expect(full.status).toBe(201)
    const fullOccurrence = await occurrenceOf(full.body.id, tomorrow)
    const other = await residentFetch(server.baseUrl, '13800000002')
    expect((await other('POST', `/api/occurrences/${fullOccurrence.id}/registrations`)).body.items[0].status).toBe('confirmed')

    // An activity on now, in a room whose door panel will show its code: the first room free now.
    const rooms = (await (await fetch(`${server.baseUrl}/api/centers/${centerId}/rooms`)).json()).items as { id: string }[]
    let onNow: { activityId: string; roomId: string } | undefined
    for (const room of rooms) {
      const created = await manager.call('POST', `/api/centers/${centerId}/activities`, {
        title: 'e2e 书法体验课', category: 'culture_sports', organiserKind: 'center', organiserName: '中心', roomId: room.id,
        startsLocal: shanghaiClock(-10), endsLocal: shanghaiClock(60), capacity: 20, status: 'published',
      })
      if (created.status === 201) {
        onNow = { activityId: created.body.id, roomId: room.id }
        break
      }
    }
    expect(onNow).toBeDefined()
    const nowOccurrence = await occurrenceOf(onNow!.activityId, shanghaiClock(-10).slice(0, 10))

    // On the phone: the full class offers the waiting list; signing in keeps the choice.
    const phone = await newPage(browser, { width: 390, height: 844 })
    await phone.goto(`${server.baseUrl}/m/centers/${centerId}/activities?o=${fullOccurrence.id}`)
    const card = phone.getByRole('article').filter({ has: phone.getByRole('heading', { name: 'e2e 手机使用课', exact: true }) })
    await card.getByText(/^已满/).waitFor()
    await card.getByRole('button', { name: '候补报名' }).click()
    await phone.getByRole('button', { name: '密码登录' }).click()
    await phone.getByLabel('手机号', { exact: true }).fill('13800000001')
    await phone.getByLabel('密码', { exact: true }).fill('linli-demo')
    await phone.getByRole('button', { name: '登录', exact: true }).click()
    await phone.getByRole('button', { name: '确认报名' }).click()
    await phone.getByRole('heading', { name: '已进入候补第 1 位' }).waitFor()
    await screenshot(phone, 'phone-signup-waitlisted-390x844')

    await phone.getByRole('link', { name: '查看我的报名' }).click()
    const mine = phone.getByRole('article').filter({ has: phone.getByRole('heading', { name: 'e2e 手机使用课', exact: true }) })
    await mine.getByText('候补第 1 位', { exact: true }).waitFor()
    await screenshot(phone, 'phone-my-registrations-390x844')

    // The room's paired door panel shows the code of the activity on now, big, with its rotating check-in code;
    // the lobby offers check-in codes too.
    const door = await newPage(browser, { width: 1080, height: 1920 })
    await pairScreenPage(door, server.baseUrl, manager, 'door', onNow!.roomId)
    // The code is read from the QR's own link (data-url), as a phone's camera reads it from the picture.
    const code = door.getByRole('figure').filter({ hasText: 'e2e 书法体验课' }).filter({ has: door.getByRole('img', { name: '扫码签到' }) })
    await code.waitFor({ timeout: 20_000 })
    await expect.poll(() => code.getAttribute('data-url'), { timeout: 15_000 }).toContain('&t=')
    const url = (await code.getAttribute('data-url'))!
    expect(url).toMatch(new RegExp(`^${server.baseUrl}/m/check-in/${nowOccurrence.id}\\?c=${centerId}&t=[0-9a-z]+\\.[\\w-]{16}$`))
    await screenshot(door, 'kiosk-door-check-in-1080x1920')
    const lobby = await newPage(browser, { width: 1920, height: 1080 })
    await lobby.goto(`${server.baseUrl}/kiosk/centers/${centerId}`)
    await lobby.getByRole('img', { name: '扫码签到' }).first().waitFor()
    const shown = await lobby.locator('body').textContent()
    expect(shown).not.toContain('13800000001')
    expect(shown).not.toContain('王秀英')
    await screenshot(lobby, 'kiosk-lobby-codes-1920x1080')

    // Scanning it: the signed-in resident checks in once; scanning again says so.
    await phone.goto(url)
    await phone.getByRole('button', { name: '签到', exact: true }).click()
    await phone.getByRole('status').filter({ hasText: '签到成功' }).waitFor()
    await screenshot(phone, 'phone-activity-check-in-390x844')
    await phone.reload()
    await phone.getByRole('status').filter({ hasText: '您已签到过了' }).waitFor()

    // Tomorrow's class is not open for check-in yet: the page says when it opens.
    await phone.goto(`${server.baseUrl}/m/check-in/${fullOccurrence.id}?c=${centerId}`)
    await phone.getByRole('status').filter({ hasText: '还没到签到时间' }).waitFor()
    await phone.getByText('签到将于 18:30 开放').waitFor()
  }, 180_000)
})
