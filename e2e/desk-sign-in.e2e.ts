import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeProblems, hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { axeFindings, signInAdmin, watchConsole } from './support/admin-session'
import { phoneContext } from './support/phone'
import { type RunningServer, startServer } from './support/server'

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('the service desk registers a resident and hands them a one-time sign-in QR (issue 14 §2)', () => {
  let server: RunningServer
  let browser: Browser
  let desk: Page

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
    desk = await newPage(browser, { width: 1366, height: 768 })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  /** What the signed-in phone's session says it is, as the phone pages ask it. */
  const whoAmI = (page: Page) => page.evaluate(async () => {
    const res = await fetch('/api/residents/me')
    return res.ok ? ((await res.json()) as { name: string }).name : res.status
  })

  it('registers 孙凤英 at the desk, shows and prints her QR, signs in the phone that opens it, and refuses it a second time', async () => {
    const warnings = watchConsole(desk)
    await signInAdmin(desk, server.baseUrl, 'staff')
    await desk.getByRole('menuitem', { name: '居民', exact: true }).click()
    await desk.getByRole('heading', { name: '居民', exact: true }).waitFor()
    await desk.getByText('手机号只显示前 3 位和后 4 位').waitFor()
    expect(await axeFindings(desk)).toEqual([])

    // The dialog checks what was typed before sending it.
    await desk.getByRole('button', { name: '登记居民' }).click()
    const dialog = desk.getByRole('dialog', { name: '登记居民' })
    await dialog.waitFor()
    await dialog.getByRole('button', { name: '登记居民' }).click()
    await dialog.getByText('请输入姓名').waitFor()
    await dialog.getByText('请输入手机号').waitFor()
    await dialog.getByLabel('手机号').fill('1380013')
    await dialog.getByLabel('姓名').click()
    await dialog.getByText('请输入 11 位手机号（以 1 开头）').waitFor()
    expect(await axeFindings(desk)).toEqual([])

    const phone = `137${String(Date.now()).slice(-8)}`
    await dialog.getByLabel('姓名').fill('孙凤英')
    await dialog.getByLabel('手机号').fill(`${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`)
    await dialog.getByLabel('住址 / 户').fill('5号楼1单元302')
    await dialog.getByRole('button', { name: '登记居民' }).click()
    await desk.getByText('已登记“孙凤英”').waitFor()
    await dialog.waitFor({ state: 'hidden' })
    const row = desk.getByRole('row', { name: /孙凤英/ })
    await row.getByText(`${phone.slice(0, 3)}****${phone.slice(-4)}`).waitFor()
    await row.getByText('5号楼1单元302').waitFor()

    // The same number again: the desk is told to find her instead, and is taken to her.
    await desk.getByRole('button', { name: '登记居民' }).click()
    await dialog.getByLabel('姓名').fill('孙凤英')
    await dialog.getByLabel('手机号').fill(phone)
    await dialog.getByRole('button', { name: '登记居民' }).click()
    await dialog.getByRole('button', { name: '在名单中查找' }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await desk.getByLabel('按姓名或手机号后几位搜索').inputValue()).toBe(phone)
    // She was listed before the search too: wait for the list to narrow to her (header row + hers).
    await expect.poll(() => desk.getByRole('row').count(), { timeout: 15_000 }).toBe(2)
    await desk.getByRole('row', { name: /孙凤英/ }).waitFor()

    // 登录二维码: the link the QR carries is the one the API just made.
    const made = desk.waitForResponse((r) => r.url().includes('/sign-in-links') && r.request().method() === 'POST')
    await desk.getByRole('button', { name: '登录二维码 孙凤英' }).click()
    const link = (await (await made).json()) as { path: string }
    const qrDialog = desk.getByRole('dialog', { name: '“孙凤英”的登录二维码' })
    await qrDialog.getByRole('img', { name: '“孙凤英”的登录二维码' }).waitFor()
    await qrDialog.getByText('10 分钟内有效，仅可使用一次').waitFor()
    await qrDialog.getByRole('timer').waitFor()
    expect(link.path).toMatch(/^\/m\/login\?t=[A-Za-z0-9_-]{43}$/)
    expect(await axeFindings(desk)).toEqual([])

    // Printed, the slip holds the QR, her name and the validity, and nothing of the page behind.
    await desk.emulateMedia({ media: 'print' })
    expect(await desk.locator('#app').isVisible()).toBe(false)
    expect(await qrDialog.getByRole('img').isVisible()).toBe(true)
    expect(await qrDialog.getByText('孙凤英', { exact: true }).isVisible()).toBe(true)
    expect(await qrDialog.getByText('10 分钟内有效，仅可使用一次').isVisible()).toBe(true)
    expect(await qrDialog.getByRole('button', { name: '打印' }).isVisible()).toBe(false)
    await screenshot(desk, 'desk-sign-in-print')
    await desk.emulateMedia({ media: 'screen' })

    // Her phone opens the link: signed in as her, the key gone from the address bar.
    const phoneA = await (await phoneContext(browser)).newPage()
    await phoneA.goto(`${server.baseUrl}${link.path}`)
    await phoneA.waitForURL((url) => url.pathname === '/m/bookings')
    expect(phoneA.url()).not.toContain('t=')
    expect(await whoAmI(phoneA)).toBe('孙凤英')
    expect(await axeProblems(phoneA)).toEqual([])

    // A second phone (a photo of the slip) gets nothing, and is told why in Chinese.
    const phoneB = await (await phoneContext(browser)).newPage()
    await phoneB.goto(`${server.baseUrl}${link.path}`)
    const refused = phoneB.getByRole('alert')
    await refused.getByText('这个登录二维码已经用过了，请到服务台重新生成一个。').waitFor()
    expect(phoneB.url()).not.toContain('t=')
    expect(await whoAmI(phoneB)).toBe(401)
    await phoneB.getByRole('button', { name: '获取验证码' }).waitFor()
    expect(await axeProblems(phoneB)).toEqual([])
    await screenshot(phoneB, 'desk-sign-in-used')

    // 重新生成 makes a new code and the dialog keeps showing it.
    const again = desk.waitForResponse((r) => r.url().includes('/sign-in-links') && r.request().method() === 'POST')
    await qrDialog.getByRole('button', { name: '重新生成' }).click()
    expect((await again).status()).toBe(201)
    expect(warnings).toEqual([])
  }, 180_000)
})
