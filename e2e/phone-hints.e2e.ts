import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeProblems, hasChromium, launchBrowser, screenshot } from './support/browser'
import { phoneContext, signUpResident } from './support/phone'
import { type RunningServer, startServer } from './support/server'
import { screenOverHttp } from './support/screen-codes'
import { staffFetch } from './support/staff-api'

/** The wall clock in Shanghai: 'YYYY-MM-DD' and minutes since midnight. */
function shanghaiNow() {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date()).map((x) => [x.type, x.value]))
  return { date: `${p.year}-${p.month}-${p.day}`, minutes: Number(p.hour) * 60 + Number(p.minute) }
}
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('what the phone pages tell a resident before and after booking (issue 19)', () => {
  let server: RunningServer
  let browser: Browser
  let roomId: string
  let door: Awaited<ReturnType<typeof screenOverHttp>>

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
    // Open round the clock with no notice, and check-in open 4 h ahead: a booking can start now, whenever the test runs.
    const manager = await staffFetch(server.baseUrl, 'manager')
    const centerId = manager.me.centerId
    const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '23:30' }))
    expect((await manager.call('PATCH', `/api/centers/${centerId}`, { openingHours: allDay })).status).toBe(200)
    expect((await manager.call('PATCH', `/api/centers/${centerId}/booking-policy`, { minNoticeMinutes: 0, checkInOpensMinutes: 240 })).status).toBe(200)
    // A room of its own: a demo room's activities fill hours of some days, so its next free half hour could be far off.
    const created = await manager.call('POST', `/api/centers/${centerId}/rooms`, { name: 'e2e 读书角', kind: 'meeting_room', capacity: 8, floor: 1, access: 'resident', requiresApproval: false })
    expect(created.status).toBe(201)
    roomId = (created.body as { id: string }).id
    door = await screenOverHttp(server.baseUrl, manager, 'door', roomId)
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the quota left before a slot is picked, then says 您已签到 with the time when the door code is scanned again', async () => {
    const signedOut = await (await phoneContext(browser)).newPage()
    await signedOut.goto(`${server.baseUrl}/m/rooms/${roomId}`)
    await signedOut.getByText(/每人每周可约 \d+ 次，同时最多 \d+ 个未开始的预约/).waitFor()

    const context = await phoneContext(browser)
    await signUpResident(context, server.baseUrl)
    const quota = async () => (await (await context.request.get(`${server.baseUrl}/api/rooms/${roomId}/booking-quota`)).json()).remaining as number
    const before = await quota()
    expect(before).toBeGreaterThan(0)
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/m/rooms/${roomId}`)
    await page.getByText(`您还可预约 ${before} 次`).waitFor()
    expect(await axeProblems(page)).toEqual([])

    // Book the next free half hour (past 23:00, the first of tomorrow), as the room page would.
    const now = shanghaiNow()
    let start = Math.ceil((now.minutes + 1) / 30) * 30
    let date = now.date
    if (start + 30 > 23 * 60 + 30) {
      date = new Date(Date.parse(`${now.date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
      start = 0
    }
    const res = await context.request.post(`${server.baseUrl}/api/rooms/${roomId}/bookings`, {
      data: { startsLocal: `${date}T${hhmm(start)}`, endsLocal: `${date}T${hhmm(start + 30)}`, purpose: 'e2e 读书会', headcount: 3 },
    })
    const booked = { status: res.status(), body: await res.json() as { status?: string; startsAt?: string } }
    expect(booked.status, JSON.stringify(booked.body)).toBe(201)
    expect(booked.body.status).toBe('approved')
    await page.reload()
    await page.getByText(`您还可预约 ${before - 1} 次`).waitFor()

    // Scanning the door screen's code: its link carries the screen's rotating code.
    await page.goto(`${server.baseUrl}/m/rooms/${roomId}/check-in?t=${encodeURIComponent(await door.roomCode(roomId))}`)
    await page.getByRole('button', { name: '签到' }).click()
    await page.getByRole('status').filter({ hasText: '签到成功' }).waitFor()

    // Scanning the door code again: told at once, with the time, and no 签到 button to press again.
    await page.goto(`${server.baseUrl}/m/rooms/${roomId}/check-in`)
    await page.getByRole('status').filter({ hasText: '您已签到' }).waitFor()
    await page.getByText(/签到时间 \d{2}:\d{2}/).waitFor()
    expect(await page.getByRole('button', { name: '签到', exact: true }).count()).toBe(0)
    expect(await axeProblems(page)).toEqual([])
    await screenshot(page, 'phone-check-in-again-390x844')

    // In English, the same room shows the booking as "Occupied": no word made by the server in Chinese.
    await page.goto(`${server.baseUrl}/m/rooms/${roomId}?lang=en`)
    await page.getByText(`Bookings you can still make: ${before - 1}`).waitFor()
    if (date !== now.date) await page.getByRole('button', { name: new RegExp(`\\b${Number(date.slice(8))}\\b`) }).first().click()
    await page.getByRole('list', { name: 'Choose a time' }).getByRole('button', { name: new RegExp(`^${booked.body.startsAt!.slice(11, 16)} Occupied`) }).waitFor()
    expect(await page.locator('main').innerText()).not.toMatch(/已占用/)
    expect(await axeProblems(page)).toEqual([])
    await screenshot(page, 'phone-room-en-390x844')
    await context.close()
  })
})
