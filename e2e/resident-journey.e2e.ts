import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeProblems, hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { phoneContext, scrollsSideways } from './support/phone'
import { pairScreenPage } from './support/screen-codes'
import { type RunningServer, startServer } from './support/server'
import { staffFetch } from './support/staff-api'

/** Today in Shanghai as 'YYYY-MM-DD', and the next day. */
/** A date chip's name, as the phone reads it out: 12月7日周一. */
const dayName = (date: string) =>
  new Intl.DateTimeFormat('zh-CN', { month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`))

function shanghaiDays() {
  const fmt = (at: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at)
  return { today: fmt(Date.now()), tomorrow: fmt(Date.now() + 86_400_000) }
}

/** Whether the element is shown whole inside the viewport (a lobby screen never scrolls). */
async function inView(page: Page, target: Locator, size: { width: number; height: number }) {
  const box = await target.boundingBox()
  return !!box && box.width > 0 && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5
}

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('the residents\' app from first sign-up to a check-in for a family member (issue 14, done when)', () => {
  let server: RunningServer
  let browser: Browser
  let manager: Awaited<ReturnType<typeof staffFetch>>
  let roomId: string

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ smsCodes: true }), launchBrowser()])
    // Open round the clock with no notice, and check-in open 4 h ahead: the next free slot can be
    // booked and checked in whenever the test runs.
    manager = await staffFetch(server.baseUrl, 'manager')
    const centerId = manager.me.centerId
    const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '23:30' }))
    expect((await manager.call('PATCH', `/api/centers/${centerId}`, { openingHours: allDay })).status).toBe(200)
    expect((await manager.call('PATCH', `/api/centers/${centerId}/booking-policy`, { minNoticeMinutes: 0, checkInOpensMinutes: 240 })).status).toBe(200)
    const rooms = (await manager.call('GET', `/api/centers/${centerId}/rooms`)).body.items as { id: string; name: string; access: string; requiresApproval: boolean; active: boolean }[]
    roomId = rooms.find((r) => r.name === '益智棋类室')!.id
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  /** Asks for a code as a resident does (once a minute per number) and reads it where the demo server prints it. */
  async function askForCode(page: Page, phone: string): Promise<string> {
    const since = server.log().length
    await page.getByRole('button', { name: /获取验证码$/ }).click()
    const sent = page.getByText(/验证码已发送到/)
    const tooSoon = page.getByText('获取验证码太频繁了')
    await sent.or(tooSoon).waitFor()
    if (await tooSoon.isVisible()) {
      await page.getByRole('button', { name: /获取验证码$/ }).waitFor({ timeout: 80_000 })
      await page.getByRole('button', { name: /获取验证码$/ }).click()
      await sent.waitFor()
    }
    return server.smsCode(phone, since)
  }

  it('signs up with a code from the server log, links his mother, books the chess room in her name, and checks her in with the 到馆签到 code on the paired lobby screen', { timeout: 240_000 }, async () => {
    // His mother, the demo's 赵丽, has an account; he does not yet.
    const momContext = await phoneContext(browser)
    const momPhone = '13800000003'
    expect((await momContext.request.post(`${server.baseUrl}/api/residents/login`, { data: { phone: momPhone, password: 'linli-demo' } })).status()).toBe(200)
    const phone = `137${String(Date.now()).slice(-8)}`
    const sonContext = await phoneContext(browser)
    const son = await sonContext.newPage()

    // Sign-up on the phone: the number is proven by the code the demo prints in its log.
    await son.goto(`${server.baseUrl}/m/login`)
    await son.getByRole('button', { name: '还没有账号？注册' }).click()
    await son.getByRole('heading', { name: '注册新账号' }).waitFor()
    await son.getByLabel('手机号').fill(phone)
    await son.getByLabel('短信验证码').fill(await askForCode(son, phone))
    await son.getByLabel('姓名').fill('周志强')
    await son.getByRole('button', { name: '注册并登录' }).click()
    await son.getByRole('heading', { level: 1, name: '我的预约' }).waitFor()

    // 我的账号 → 家人代办: her number, and the code she reads out to him.
    await son.goto(`${server.baseUrl}/m/account`)
    await son.getByRole('link', { name: /家人/ }).click()
    await son.getByRole('heading', { level: 1, name: '家人代办' }).waitFor()
    await son.getByLabel('家人的手机号').fill(momPhone)
    await son.getByLabel('短信验证码').fill(await askForCode(son, momPhone))
    await son.getByRole('button', { name: '关联家人' }).click()
    await son.getByText('已关联 赵丽').waitFor()
    expect(await axeProblems(son)).toEqual([])

    // The chess room in her name, at the first free time from now.
    await son.goto(`${server.baseUrl}/m/rooms/${roomId}`)
    await son.getByRole('radio', { name: '赵丽' }).check()
    await son.getByText('这次预约记在 赵丽 名下').waitFor()
    const { today, tomorrow } = shanghaiDays()
    const dates = son.getByRole('group', { name: '选择日期' })
    await dates.getByRole('button', { name: dayName(today) }).click()
    const free = son.getByRole('button', { name: /^\d\d:\d\d 可预约$/ })
    // After 23:00 the day has no free half hour left: tomorrow's first is still within check-in's 4 h.
    if (!(await free.first().isVisible().catch(() => false))) await dates.getByRole('button', { name: dayName(tomorrow) }).click()
    await free.first().click()
    const next = son.getByRole('button', { name: '填写信息' })
    if (await next.isVisible()) await next.click()
    await son.getByLabel(/用途/).fill('陪妈妈下棋')
    await son.getByLabel('人数').fill('2')
    await son.getByRole('button', { name: '确认预约' }).click()
    await son.getByText('为 赵丽 办理').waitFor()
    expect(await axeProblems(son)).toEqual([])

    // The lobby screen, paired by its code, shows one 到馆签到 QR for the whole center, its link carrying the rotating code.
    const lobby = await newPage(browser, { width: 1920, height: 1080 })
    await pairScreenPage(lobby, server.baseUrl, manager, 'lobby')
    const arrive = lobby.getByRole('region', { name: '到馆签到' })
    // The code is read from the QR's own link (data-url), as a phone's camera reads it from the picture.
    const qr = arrive.getByRole('figure').filter({ has: lobby.getByRole('img', { name: '到馆签到' }) })
    await qr.waitFor({ timeout: 20_000 })
    await expect.poll(() => qr.getAttribute('data-url'), { timeout: 15_000 }).toContain('t=')
    await arrive.getByText('预约了功能室或报名了活动？').waitFor()
    // It fits beside the rest, landscape and portrait: the rooms and today's list are still there, nothing off screen.
    for (const size of [{ width: 1920, height: 1080 }, { width: 1080, height: 1920 }]) {
      await lobby.setViewportSize(size)
      await expect.poll(() => inView(lobby, qr, size), { timeout: 10_000 }).toBe(true)
      for (const heading of ['正在进行 / 即将开始', '今日活动']) {
        expect(await inView(lobby, lobby.getByRole('heading', { name: heading }), size), heading).toBe(true)
      }
      await screenshot(lobby, `kiosk-lobby-arrival-code-${size.width}x${size.height}`)
    }
    expect(await axeProblems(lobby)).toEqual([])
    const scanned = (await qr.getAttribute('data-url'))!
    expect(scanned.startsWith(`${server.baseUrl}/m/centers/${manager.me.centerId}/check-in?t=`)).toBe(true)

    // He scans it with her beside him and checks her in: 为谁签到 → 赵丽, then her booking of today there.
    await son.goto(scanned)
    await son.getByRole('heading', { level: 1, name: '到馆签到' }).waitFor()
    await son.getByRole('radio', { name: '赵丽' }).check()
    await son.getByRole('button', { name: '签到：益智棋类室' }).click()
    await son.getByRole('status').filter({ hasText: '签到成功' }).waitFor()
    expect(await axeProblems(son)).toEqual([])
    await screenshot(son, 'phone-journey-checked-in-390x844')
    // 长辈版: the same page, larger, still whole across the phone and axe clean.
    await son.getByRole('banner').getByRole('button', { name: '长辈版' }).click()
    await son.waitForFunction(() => document.documentElement.classList.contains('m-elder'))
    await son.getByRole('status').filter({ hasText: '签到成功' }).waitFor()
    expect(await scrollsSideways(son)).toBe(false)
    expect(await axeProblems(son)).toEqual([])
    await screenshot(son, 'phone-journey-checked-in-elder-390x844')

    // Her own 我的预约 has it, checked in, saying who booked it.
    const mom = await momContext.newPage()
    await mom.goto(`${server.baseUrl}/m/bookings`)
    await mom.getByText('由 周志强 代办').waitFor()
    const hers = (await (await momContext.request.get(`${server.baseUrl}/api/residents/me/bookings`)).json()).items as { purpose: string; checkedInAt: string | null; actedByName?: string }[]
    const booked = hers.filter((b) => b.purpose === '陪妈妈下棋')
    expect(booked).toMatchObject([{ actedByName: '周志强' }])
    expect(booked[0]!.checkedInAt).not.toBeNull()
    await Promise.all([sonContext.close(), momContext.close(), lobby.close()])
  })
})
