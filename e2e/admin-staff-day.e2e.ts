import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifacts, hasChromium, launchBrowser, newPage } from './support/browser'
import { type RunningServer, startServer } from './support/server'
import { shanghaiDate, staffFetch } from './support/staff-api'
import { axeFindings, signInAdmin, watchConsole } from './support/admin-session'

/** A wall-clock `YYYY-MM-DDTHH:mm` in Shanghai, the demo centers' zone. */
const shanghai = (ms: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .format(new Date(ms)).replace(' ', 'T')
const offsite = { category: 'lecture', organiserKind: 'center', organiserName: '凤凰台党群服务中心', roomId: null, location: '社区广场', status: 'published' }

/** A dialog's button is on screen: its box lies inside the viewport, not below or beside it. */
async function onScreen(page: Page, name: string) {
  const box = (await page.getByRole('dialog').getByRole('button', { name, exact: true }).boundingBox())!
  const { width, height } = page.viewportSize()!
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height
}

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('a center staff member’s day in admin', () => {
  let server: RunningServer
  let browser: Browser
  let staff: Awaited<ReturnType<typeof staffFetch>>
  const tomorrow = shanghaiDate(1)

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
    staff = await staffFetch(server.baseUrl, 'staff')
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  async function activity(title: string, startsLocal: string, endsLocal: string, capacity: number | null = 20) {
    const res = await staff.call('POST', `/api/centers/${staff.me.centerId}/activities`, { ...offsite, title, startsLocal, endsLocal, capacity })
    expect(res.status).toBe(201)
    const date = startsLocal.slice(0, 10)
    const listed = await staff.call('GET', `/api/centers/${staff.me.centerId}/occurrences?from=${date}&to=${date}`)
    return { id: res.body.id as string, occurrenceId: listed.body.items.find((o: { activityId: string }) => o.activityId === res.body.id).id as string }
  }

  it('lands staff on 今日, with the day’s activities, their sign-up figures and a link to each list; district admins keep the centers list', async () => {
    // Starting within the hour, as the participation test does, so it is "later today". From 23:40 in
    // Shanghai no start is left today: then it began a quarter of an hour ago and is listed as going on.
    const soon = Math.ceil((Date.now() + 5 * 60_000) / 900_000) * 900_000
    const lateEvening = shanghai(soon).slice(0, 10) !== shanghaiDate(0)
    const start = lateEvening ? Math.floor(Date.now() / 900_000) * 900_000 - 900_000 : soon
    const talk = await activity('e2e 今日讲座', shanghai(start), shanghai(start + 60 * 60_000))
    for (const phone of ['13800000001', '13800000002']) expect((await staff.call('POST', `/api/occurrences/${talk.occurrenceId}/roster`, { phone })).status).toBe(201)

    const page = await newPage(browser, { width: 1366, height: 768 })
    const warnings = watchConsole(page)
    await signInAdmin(page, server.baseUrl, 'staff')
    await page.waitForURL(/\/admin\/today/)
    await page.getByRole('heading', { name: '今日', level: 1 }).waitFor()
    const later = page.getByRole('region', { name: lateEvening ? /正在进行/ : /今天稍后/ })
    const row = later.getByRole('row', { name: /e2e 今日讲座/ })
    await row.waitFor()
    await expect.poll(() => row.textContent()).toContain('2 / 20')
    expect(await axeFindings(page)).toEqual([])
    await page.screenshot({ path: `${artifacts}admin-today-staff-1366x768.png` })
    await row.getByRole('link', { name: '打开“e2e 今日讲座”的报名与签到' }).click()
    await page.waitForURL(new RegExp(`/admin/calendar/occurrences/${talk.occurrenceId}`))
    await page.getByRole('heading', { name: /e2e 今日讲座/ }).waitFor()
    expect(warnings).toEqual([])

    const admin = await newPage(browser, { width: 1366, height: 768 })
    await signInAdmin(admin, server.baseUrl, 'district')
    await admin.waitForURL(/\/admin\/centers/)
    // Every menu entry is reached with Tab (before, none was) and opened with Enter.
    const focused = (name: string) => admin.getByRole('menuitem', { name }).evaluate((el) => el === document.activeElement)
    for (let i = 0; i < 10 && !(await focused('中心管理')); i++) await admin.keyboard.press('Tab')
    expect(await focused('中心管理')).toBe(true)
    await admin.keyboard.press('Shift+Tab')
    expect(await focused('今日')).toBe(true)
    await admin.keyboard.press('Enter')
    await admin.waitForURL(/\/admin\/today/)
    await admin.getByRole('heading', { name: '今日', level: 1 }).waitFor()
    await admin.getByRole('combobox', { name: '中心' }).waitFor()
    await admin.getByRole('region', { name: /正在进行/ }).waitFor()
    expect(await axeFindings(admin)).toEqual([])
  })

  it('says when check-in opens when staff tick someone in too early', async () => {
    const lecture = await activity('e2e 明日讲座', `${tomorrow}T10:00`, `${tomorrow}T11:00`)
    expect((await staff.call('POST', `/api/occurrences/${lecture.occurrenceId}/roster`, { phone: '13800000001' })).status).toBe(201)
    const page = await newPage(browser, { width: 1366, height: 768 })
    await signInAdmin(page, server.baseUrl, 'staff')
    await page.goto(`${server.baseUrl}/admin/calendar/occurrences/${lecture.occurrenceId}?center=${staff.me.centerId}&date=${tomorrow}`)
    await page.getByRole('checkbox', { name: '签到 王秀英' }).locator('xpath=..').click()
    const [, month, day] = tomorrow.split('-').map(Number)
    // Before: "还没到签到时间，开始前一段时间才能签到" — it did not say when.
    await page.getByText(`还没到签到时间：${month}月${day}日 09:30 开始签到（开始前 30 分钟）。`).waitFor()
    expect(await axeFindings(page)).toEqual([])
  })

  it('moves the end with the start, keeps the editor’s buttons on a 1366×768 screen, and edits a one-off activity as one activity', async () => {
    const once = await activity('e2e 单次活动', `${tomorrow}T09:00`, `${tomorrow}T10:30`, null)
    const page = await newPage(browser, { width: 1366, height: 768 })
    await signInAdmin(page, server.baseUrl, 'manager')
    await page.goto(`${server.baseUrl}/admin/calendar?view=day&date=${tomorrow}`)
    await page.getByText('e2e 单次活动').filter({ visible: true }).first().click()
    await page.getByRole('button', { name: '编辑活动' }).click()
    const editor = page.getByRole('dialog', { name: '编辑活动' })
    await editor.getByRole('combobox', { name: '开始时间' }).waitFor()
    expect(await editor.getByText('修改会应用到所有日期').count()).toBe(0)
    expect(await onScreen(page, '保存')).toBe(true)
    expect(await axeFindings(page)).toEqual([])

    await editor.getByRole('combobox', { name: '开始时间' }).click()
    await page.getByRole('option', { name: '14:00', exact: true }).filter({ visible: true }).click()
    await editor.getByRole('button', { name: '保存', exact: true }).click()
    await editor.waitFor({ state: 'hidden' })
    const saved = await staff.call('GET', `/api/activities/${once.id}`)
    expect([saved.body.startsLocal, saved.body.endsLocal]).toEqual([`${tomorrow}T14:00`, `${tomorrow}T15:30`])

    // A series says it changes every date, and its buttons stay on screen too.
    await page.getByText('太极拳晨练').filter({ visible: true }).first().click()
    await page.getByRole('button', { name: '编辑整个系列' }).click()
    const series = page.getByRole('dialog', { name: '编辑整个系列' })
    await series.getByText('修改会应用到所有日期，单独调整过的日期除外。').waitFor()
    expect(await onScreen(page, '保存')).toBe(true)
    expect(await onScreen(page, '取消')).toBe(true)
    await page.screenshot({ path: `${artifacts}admin-series-editor-1366x768.png` })
    expect(await axeFindings(page)).toEqual([])

    // At 200 % zoom (683×384 CSS pixels) the day and the editor still fit: one column, buttons in view.
    const zoomed = await newPage(browser, { width: 683, height: 384 })
    await signInAdmin(zoomed, server.baseUrl, 'manager')
    await zoomed.getByRole('region', { name: /正在进行/ }).waitFor()
    expect(await axeFindings(zoomed)).toEqual([])
    await zoomed.goto(`${server.baseUrl}/admin/calendar`)
    await zoomed.getByRole('button', { name: '新建活动' }).click()
    await zoomed.getByRole('dialog', { name: '新建活动' }).getByRole('textbox', { name: '活动名称' }).waitFor()
    expect(await onScreen(zoomed, '保存')).toBe(true)
    await zoomed.screenshot({ path: `${artifacts}admin-activity-editor-200pct.png` })
  })
})
