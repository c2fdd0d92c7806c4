import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeProblems, hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { axeFindings, signInAdmin, watchConsole } from './support/admin-session'
import { phoneContext } from './support/phone'
import { type RunningServer, startServer } from './support/server'
import { staffFetch } from './support/staff-api'

/** The wall clock in Shanghai: 'YYYY-MM-DD' and minutes since midnight. */
function localNow(timeZone: string) {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date()).map((x) => [x.type, x.value]))
  return { date: `${p.year}-${p.month}-${p.day}`, minutes: Number(p.hour) * 60 + Number(p.minute) }
}
type Span = { startsAt: string; endsAt: string }
type Availability = { policy: { bufferMinutes: number }; opening: { opens: string; closes: string }[]; busy: Span[]; closed?: Span[] }
/** Minutes into `date` that an offset time stands for (the API writes times in the center's zone). */
const minutesOn = (iso: string, date: string) =>
  iso.slice(0, 10) === date ? Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16)) : iso.slice(0, 10) < date ? 0 : 1440
/** The half hours of `date` starting after `after`, inside the room's hours, with nothing booked, buffered or closed in them. */
function freeHalfHours(availability: Availability, date: string, after: number): number[] {
  const span = (from: string, to: string) => [minutesOn(from, date), minutesOn(to, date)] as const
  const open = availability.opening.map((o) => span(o.opens, o.closes))
  // A booking keeps the room's buffer (cleaning time) free on either side of it.
  const buffer = availability.policy.bufferMinutes
  const taken = [
    ...availability.busy.map((b) => span(b.startsAt, b.endsAt)).map(([from, to]) => [from - buffer, to + buffer] as const),
    ...(availability.closed ?? []).map((c) => span(c.startsAt, c.endsAt)),
  ]
  const free: number[] = []
  for (let start = Math.ceil((after + 1) / 30) * 30; start + 30 <= 1440; start += 30) {
    const inside = open.some(([from, to]) => from <= start && start + 30 <= to)
    if (inside && !taken.some(([from, to]) => from < start + 30 && to > start)) free.push(start)
  }
  return free
}
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('核销: staff check a resident in at the desk by the booking code on their phone', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the code on 我的预约, checks the booking in from 今日, and says so when it is typed again', async () => {
    // Open round the clock with no notice and check-in open 4 h ahead, so a booking of today can be checked in whenever this runs.
    const manager = await staffFetch(server.baseUrl, 'manager')
    const centerId = manager.me.centerId
    const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '23:30' }))
    // The desk checks in only today's bookings, and late in Shanghai's evening no half hour of today is
    // left to book: then the center keeps the time of a zone four hours behind, where today still runs.
    const timeZone = localNow('Asia/Shanghai').minutes >= 22 * 60 ? 'Asia/Dubai' : 'Asia/Shanghai'
    expect((await manager.call('PATCH', `/api/centers/${centerId}`, { openingHours: allDay, timeZone })).status).toBe(200)
    expect((await manager.call('PATCH', `/api/centers/${centerId}/booking-policy`, { minNoticeMinutes: 0, checkInOpensMinutes: 240 })).status).toBe(200)
    // A room of its own, so the demo's activities and bookings leave its day free.
    const roomName = 'e2e 核销室'
    const created = await manager.call('POST', `/api/centers/${centerId}/rooms`, { name: roomName, kind: 'meeting_room', capacity: 8, floor: 1, access: 'resident', requiresApproval: false })
    expect(created.status).toBe(201)
    const roomId = (created.body as { id: string }).id
    const now = localNow(timeZone)
    const date = now.date
    const availability = (await manager.call('GET', `/api/rooms/${roomId}/availability?date=${date}`)).body.items[0] as Availability
    const free = freeHalfHours(availability, date, now.minutes)
    // Two half hours, kept apart by the room's buffer: the second is for 刘建国 at the door.
    const apart = 30 + availability.policy.bufferMinutes
    const start = free[0]!
    const liuStart = free.find((later) => later >= start + apart)!
    expect(liuStart, `two free half hours left today: ${free.map(hhmm).join(' ')}`).toBeDefined()

    const context = await phoneContext(browser)
    expect((await context.request.post(`${server.baseUrl}/api/residents/login`, { data: { phone: '13800000003', password: 'linli-demo' } })).status()).toBe(200)
    const res = await context.request.post(`${server.baseUrl}/api/rooms/${roomId}/bookings`, {
      data: { startsLocal: `${date}T${hhmm(start)}`, endsLocal: `${date}T${hhmm(start + 30)}`, purpose: 'e2e 核销', headcount: 2 },
    })
    const booked = { status: res.status(), body: await res.json() as { code?: string } }
    expect(booked.status, JSON.stringify(booked.body)).toBe(201)

    // 赵丽 opens 我的预约: the booking shows its 8-digit code, in two groups of four.
    const phone = await context.newPage()
    await phone.goto(`${server.baseUrl}/m/bookings`)
    const shown = `${booked.body.code!.slice(0, 4)} ${booked.body.code!.slice(4)}`
    await phone.getByText(shown).waitFor()
    // And as a QR code, for the desk's scanner to read instead of staff typing the digits.
    await phone.getByRole('img', { name: `预约码 ${shown} 的二维码，可在服务台扫码核销` }).waitFor()
    expect(await axeProblems(phone)).toEqual([])
    await screenshot(phone, 'phone-booking-code-390x844')

    // At the desk: 今日 shows the 签到码 of the day, and 核销预约 takes the code as a scanner types it (digits, then Enter).
    const admin = await newPage(browser, { width: 1366, height: 768 })
    const warnings = watchConsole(admin)
    await signInAdmin(admin, server.baseUrl, 'staff')
    await admin.waitForURL(/\/admin\/today/)
    const today = (await manager.call('GET', `/api/centers/${centerId}/today`)).body as { deskCode: string }
    await admin.getByRole('heading', { name: '今日签到码' }).waitFor()
    await admin.getByText(`${today.deskCode.slice(0, 3)} ${today.deskCode.slice(3)}`).waitFor()
    expect(await axeFindings(admin)).toEqual([])
    await admin.getByRole('button', { name: '核销预约' }).click()
    const dialog = admin.getByRole('dialog', { name: '核销预约' })
    const field = dialog.getByLabel('预约码')
    await field.fill('1234')
    await field.press('Enter')
    await dialog.getByText('预约码是 8 位数字').waitFor()
    await field.fill(booked.body.code!)
    await field.press('Enter')
    await dialog.getByText(/已签到/).waitFor()
    await dialog.getByText('赵丽', { exact: false }).waitFor()
    expect(await axeFindings(admin, '.el-dialog')).toEqual([])
    await screenshot(admin, 'admin-desk-check-in-1366x768')

    // The same code again: already checked in, said in words.
    await field.fill(booked.body.code!)
    await field.press('Enter')
    await dialog.getByRole('alert').filter({ hasText: '已经签到' }).waitFor()
    expect(warnings).toEqual([])

    // The resident's phone shows the booking checked in.
    await phone.reload()
    await phone.getByRole('article').getByText('已签到', { exact: true }).first().waitFor()

    // A room without a screen gets a printed door code; scanning it, 刘建国 is asked for the desk's 签到码 and checks in with it.
    await admin.goto(`${server.baseUrl}/admin/rooms`)
    await admin.getByRole('cell', { name: roomName, exact: true }).first().waitFor()
    expect(await axeFindings(admin)).toEqual([])
    await admin.getByRole('button', { name: '门口签到码' }).click()
    const sheet = admin.getByRole('dialog', { name: '打印门口签到码' })
    await sheet.getByLabel('功能室').click()
    await admin.getByRole('option', { name: roomName, exact: true }).click()
    const printed = sheet.getByRole('img', { name: `${roomName}的签到二维码` })
    await printed.waitFor()
    expect(await axeFindings(admin, '.el-dialog')).toEqual([])
    await screenshot(admin, 'admin-door-code-1366x768')

    const liuContext = await phoneContext(browser)
    expect((await liuContext.request.post(`${server.baseUrl}/api/residents/login`, { data: { phone: '13800000002', password: 'linli-demo' } })).status()).toBe(200)
    const liuRes = await liuContext.request.post(`${server.baseUrl}/api/rooms/${roomId}/bookings`, {
      data: { startsLocal: `${date}T${hhmm(liuStart)}`, endsLocal: `${date}T${hhmm(liuStart + 30)}`, purpose: 'e2e 门口签到', headcount: 2 },
    })
    expect(liuRes.status(), await liuRes.text()).toBe(201)
    const liu = await liuContext.newPage()
    await liu.goto(`${server.baseUrl}/m/rooms/${roomId}/check-in`)
    await liu.getByLabel('签到码').fill(today.deskCode)
    await liu.getByRole('button', { name: '签到', exact: true }).click()
    await liu.getByRole('status').filter({ hasText: '签到成功' }).waitFor()
    expect(await axeProblems(liu)).toEqual([])
  }, 240_000)
})
