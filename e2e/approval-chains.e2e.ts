import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser, newPage } from './support/browser'
import { type RunningServer, startServer } from './support/server'
import { shanghaiDate, staffFetch } from './support/staff-api'
import { residentFetch } from './support/resident-api'
import { axeFindings } from './support/admin-session'

type Region = { id: string; parentId: string | null; level: string; name: string }
type Span = { startsAt: string; endsAt: string }

/** The first free hour in a room's opening on a day, as local 'YYYY-MM-DDTHH:mm' (busy and closed times are offset instants). */
function freeHour(date: string, day: { opening: { opens: string; closes: string }[]; busy: Span[]; closed?: Span[] }) {
  const taken = [...day.busy, ...(day.closed ?? [])].map((s) => [Date.parse(s.startsAt), Date.parse(s.endsAt)])
  for (const o of day.opening)
    for (let t = Date.parse(o.opens); t + 3_600_000 <= Date.parse(o.closes); t += 1_800_000)
      if (!taken.some(([a, b]) => t < b! + 30 * 60_000 && a! < t + 3_600_000 + 30 * 60_000)) {
        const local = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16)
        return { startsLocal: local(t), endsLocal: local(t + 3_600_000) }
      }
  throw new Error(`no free hour on ${date}`)
}

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('审批流程: a big request for the hall waits for the center, then the subdistrict admin approves it in 待我审批', () => {
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

  it('the subdistrict admin sees the request at step 2 of 2 and approves it', async () => {
    const manager = await staffFetch(server.baseUrl, 'manager')
    const district = await staffFetch(server.baseUrl, 'district')
    const centerId = manager.me.centerId
    // The subdistrict 凤凰台 lies in, and an admin scoped to it.
    const regions = (await district.call('GET', '/api/regions')).body.items as Region[]
    const center = (await manager.call('GET', `/api/centers/${centerId}`)).body as { regionId: string }
    let sub = regions.find((r) => r.id === center.regionId)
    while (sub && sub.level !== 'subdistrict') sub = regions.find((r) => r.id === sub!.parentId)
    if (!sub) throw new Error('the demo center lies in no subdistrict')
    const made = await district.call('POST', '/api/staff', { username: 'jiedao', displayName: '街道审批员', role: 'district_admin', regionId: sub.id, password: 'Fenghuang-sub-2026' })
    expect(made.status, JSON.stringify(made.body)).toBe(201)

    // The hall's kind needs the subdistrict for more than 100 people.
    const rooms = (await manager.call('GET', `/api/centers/${centerId}/rooms`)).body.items as { id: string; name: string }[]
    const hall = rooms.find((r) => r.name === '多功能厅')!
    const chain = await manager.call('PUT', `/api/centers/${centerId}/approval-chains`, {
      roomKind: 'multi_function',
      steps: [
        { approver: 'center_staff', deadlineHours: 24, onLapse: 'escalate' },
        { approver: 'subdistrict_admin', deadlineHours: 48, onLapse: 'expire', when: { headcountOver: 100 } },
      ],
    })
    expect(chain.status).toBe(200)

    // A resident asks for the hall for 150 people, and the subdistrict admin is signed in to admin.
    const date = shanghaiDate(3)
    const day = (await manager.call('GET', `/api/rooms/${hall.id}/availability?date=${date}`)).body.items[0]
    const resident = await residentFetch(server.baseUrl, '13800000003')
    const booked = await resident('POST', `/api/rooms/${hall.id}/bookings`, { ...freeHour(date, day), purpose: '社区合唱汇演', headcount: 150 })
    expect(booked.status, JSON.stringify(booked.body)).toBe(201)
    await page.goto(`${server.baseUrl}/admin/login`)
    await page.getByLabel('用户名').fill('jiedao')
    await page.getByLabel('密码', { exact: true }).fill('Fenghuang-sub-2026')
    await page.getByRole('button', { name: '登录' }).click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    const bookingsNav = page.getByRole('menuitem', { name: /预约审批/ })
    await bookingsNav.waitFor()
    expect(await bookingsNav.textContent()).not.toContain('待我审批')

    // The center's staff approve the first step: the request reaches the subdistrict admin, who is told
    // where they are, and the menu counts it.
    const first = await manager.call('POST', '/api/bookings/decisions', { ids: [booked.body.id], decision: 'approve' })
    expect(first.body.items[0]).toMatchObject({ status: 'requested', approval: { step: 2 } })
    const notice = page.getByRole('alert').filter({ hasText: '新的待审批预约' })
    await notice.getByText('有 1 项预约申请转到您这一步审批').waitFor()
    await bookingsNav.filter({ hasText: '1 项预约待我审批' }).waitFor()
    expect(await axeFindings(page)).toEqual([])
    await notice.click()
    await page.waitForURL((url) => url.pathname.endsWith('/admin/bookings') && url.searchParams.get('tab') === 'awaiting')
    const row = page.getByRole('row').filter({ hasText: '社区合唱汇演' })
    await row.waitFor()
    expect(await row.getByText(`第 2/2 步：街道管理员（${sub.name}）审批`).isVisible()).toBe(true)
    expect(await axeFindings(page)).toEqual([])
    await row.getByRole('button', { name: '通过' }).click()
    await page.getByText('已通过 1 项预约').waitFor()
    await row.waitFor({ state: 'detached' })
    const after = await manager.call('GET', `/api/bookings/${booked.body.id}`)
    expect(after.body.status).toBe('approved')
  })
})
