import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser, newPage, screenshot } from './support/browser'
import { type RunningServer, startServer } from './support/server'
import { type StaffApi, shanghaiDate, staffFetch } from './support/staff-api'
import { residentFetch } from './support/resident-api'
import { signInAdmin, watchConsole } from './support/admin-session'
import { adminRoutePatterns, axeWalk } from './support/axe-walk'

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
// One server and one signed-in district admin walk the whole admin app, a part per test, so a slow
// part has its own time and a failing one does not hide what the others find.
describe.skipIf(!hasChromium)('every admin page and main dialog passes axe (serious + critical = 0)', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page
  let manager: StaffApi
  let warnings: string[]
  const { check, visit, dialog, button, tab, radio, visited, failuresSinceLast } = axeWalk(() => page, () => server.baseUrl)

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
    page = await newPage(browser, { width: 1366, height: 768 })
    manager = await staffFetch(server.baseUrl, 'manager')
    warnings = watchConsole(page)
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('signs in, then 今日, 中心, 房间, 活动日历 with its views and roster', async () => {
    // Something for the audit log to show, written the way staff would.
    expect((await manager.call('POST', `/api/centers/${manager.me.centerId}/rooms`, { name: 'e2e 无障碍检查室', kind: 'meeting_room', capacity: 12, floor: 1, access: 'staff', requiresApproval: false, active: true, amenities: [] })).status).toBe(201)
    await page.goto(`${server.baseUrl}/admin/login`)
    await page.getByLabel('用户名').waitFor()
    await check('page /login')
    await signInAdmin(page, server.baseUrl, 'district')

    await visit('today', () => page.getByRole('region', { name: /正在进行/ }).waitFor())
    await visit('centers', () => page.getByRole('cell', { name: '凤凰台党群服务中心' }).waitFor())
    await dialog('新建中心', () => button('新建中心').click(), '新建中心')
    await dialog('编辑中心', () => page.getByRole('row', { name: /凤凰台党群服务中心/ }).getByRole('button', { name: '编辑' }).click(), '编辑中心')

    await visit('rooms', () => page.getByRole('cell', { name: '多功能厅' }).waitFor())
    await dialog('新建房间', () => button('新建房间').click(), '新建房间')
    await dialog('编辑房间', () => page.getByRole('row', { name: /多功能厅/ }).getByRole('button', { name: '编辑' }).click(), '编辑房间')

    await visit('calendar', () => page.getByText('太极拳晨练').first().waitFor())
    await dialog('新建活动', () => button('新建活动').click(), '新建活动')
    // A daily activity of the demo: its drawer, this date's editor and the whole series.
    // The drawer keeps the title in the page once closed, so only the calendar's visible copy is clicked.
    const event = page.getByText('太极拳晨练').filter({ visible: true }).first()
    await dialog('活动详情', () => event.click(), /太极拳晨练/)
    await event.click()
    await dialog('调整这一次', () => button('编辑此次').click(), '调整这一次')
    await event.click()
    await dialog('编辑整个系列', () => button('编辑整个系列').click(), '编辑整个系列')
    await radio('视图', '月')
    await check('page /calendar · 月')
    await radio('视图', '日')
    await check('page /calendar · 日')
    await radio('视图', '周')
    await event.click()
    await button('报名与签到').click()
    // The drawer's heading names the activity too: wait for the roster page itself.
    await page.waitForURL(/\/admin\/calendar\/occurrences\//)
    await page.getByRole('heading', { name: /太极拳晨练/ }).waitFor()
    await check('page roster (报名与签到)')

    expect(failuresSinceLast()).toEqual([])
  }, 420_000)

  it('预约审批 with its dialogs and tabs', async () => {
    await visit('bookings', () => page.getByRole('button', { name: '拒绝', exact: true }).first().waitFor())
    await dialog('拒绝预约', () => button('拒绝').click(), '拒绝预约')
    await dialog('预约记录', () => page.getByTitle('查看预约记录').first().click(), /的预约记录/)
    await dialog('代客预约', () => button('代客预约').click(), '代客预约')
    await button('代客预约').click()
    await page.getByRole('combobox', { name: '房间' }).click()
    await page.getByRole('option').first().click()
    await check('dialog 代客预约 · 选了房间')
    await page.getByRole('dialog', { name: '代客预约' }).getByText('组织 / 团体').click()
    await page.getByRole('switch', { name: '每周重复' }).locator('xpath=..').click()
    await check('dialog 代客预约 · 组织每周')
    await page.keyboard.press('Escape')
    await tab('今日')
    await tab('全部')
    await tab('预约规则')

    expect(failuresSinceLast()).toEqual([])
  }, 420_000)

  it('参与, 居民, 志愿者, 民情诉求, 居民提议 and 闭馆安排 with their dialogs', async () => {
    await visit('participation', () => page.getByRole('button', { name: /党员/ }).waitFor())
    await dialog('新建目标群体', () => button('新建群体').click(), '新建目标群体')
    await dialog('添加成员', () => button('添加成员').click(), /添加成员/)
    await tab('参与规则')

    await visit('residents', () => page.getByText('手机号只显示前 3 位和后 4 位').waitFor())
    await dialog('登记居民', () => button('登记居民').click(), '登记居民')
    // A resident the center knows by their bookings; the dialog makes them a live sign-in code.
    await dialog('登录二维码', () => page.getByRole('button', { name: /^登录二维码 / }).first().click(), /的登录二维码$/)
    // 家人代办: the first two residents the manager's center knows are linked at its desk, so the dialog lists a link beside its form.
    const known = (await manager.call('GET', `/api/centers/${manager.me.centerId}/residents`)).body.items as { id: string }[]
    if (known.length >= 2) await manager.call('POST', `/api/centers/${manager.me.centerId}/residents/${known[0]!.id}/family-links`, { otherResidentId: known[1]!.id, direction: 'acts_for' })
    await dialog('家人代办', () => page.getByRole('button', { name: /^家人代办 / }).first().click(), /的家人代办$/)

    await visit('volunteers', () => page.getByRole('tab', { name: '服务队' }).waitFor())
    await dialog('新建服务队', () => button('新建服务队').click(), '新建服务队')
    await tab('志愿者')
    await dialog('添加队员', () => button('添加队员').click(), '添加队员')
    await tab('服务记录')
    await dialog('补录服务记录', () => button('补录服务').click(), '补录服务记录')
    await tab('排行榜预览')

    await visit('service-requests', () => page.getByRole('button', { name: '转办', exact: true }).first().waitFor())
    await dialog('转办诉求', () => button('转办').click(), '转办诉求')
    await dialog('办结诉求', () => button('办结').click(), '办结诉求')

    // 居民提议: a demo resident's proposal to the manager's center, the queue, its drawer and the accept form.
    const wang = await residentFetch(server.baseUrl, '13800000001')
    const proposed = await wang('POST', `/api/centers/${manager.me.centerId}/proposals`, { title: 'e2e 书法交流', description: '互相切磋', audiences: ['seniors'], preferredDates: [shanghaiDate(7)], expectedPeople: 12 })
    expect(proposed.status).toBe(201)
    await visit(`proposals?center=${manager.me.centerId}`, () => button('查看 e2e 书法交流').waitFor(), 'page /proposals')
    await dialog('提议详情', () => button('查看 e2e 书法交流').click(), 'e2e 书法交流')
    await dialog('采纳提议', async () => {
      await button('查看 e2e 书法交流').click()
      await page.getByRole('dialog', { name: 'e2e 书法交流' }).getByRole('button', { name: '采纳', exact: true }).click()
    }, 'e2e 书法交流')

    // 闭馆安排: a closure made through the API, the page with it and the holidays, 新增闭馆 and its step listing what it covers.
    const closureDay = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10)
    const closures = `/api/centers/${manager.me.centerId}`
    expect((await manager.call('POST', `${closures}/closures`, { startDate: closureDay, endDate: closureDay, startTime: '19:00', endTime: '21:00', reason: 'e2e 闭馆：设备检修', decision: 'keep' })).status).toBe(201)
    expect((await manager.call('PUT', `${closures}/holidays`, { followsNationalHolidays: true })).status).toBe(200)
    await visit(`closures?center=${manager.me.centerId}`, () => page.getByRole('cell', { name: 'e2e 闭馆：设备检修', exact: true }).waitFor(), 'page /closures')
    await dialog('新增闭馆', () => button('新增闭馆').click(), '新增闭馆')
    await dialog('新增闭馆：受影响的预约和活动', async () => {
      await button('新增闭馆').click()
      const box = page.getByRole('dialog', { name: '新增闭馆' })
      await box.getByRole('textbox', { name: '原因（居民可见）' }).fill('e2e 暂停开放')
      await box.getByRole('button', { name: '下一步' }).click()
      await box.getByRole('button', { name: '保存' }).waitFor()
    }, '新增闭馆')

    expect(failuresSinceLast()).toEqual([])
  }, 420_000)

  it('大屏, 公告, 通知记录, 人员, 审计, 数据报表 and its print sheet, 修改密码', async () => {
    await visit('screens', () => page.getByRole('heading', { name: '大屏管理' }).waitFor())

    await visit('announcements', () => page.getByRole('heading', { name: '公告与紧急通知' }).waitFor())
    await dialog('新建公告', () => button('新建公告').click(), '新建公告')
    await dialog('发布紧急通知', () => button('发布紧急通知').click(), '发布紧急通知')

    await visit('notifications', () => page.getByRole('region', { name: '发送状态（全系统）' }).getByText('站内 · 已开通').waitFor())

    await visit('staff', () => page.getByRole('cell', { name: '李娜' }).waitFor())
    await dialog('新增人员', () => button('新增人员').click(), '新增人员')
    await dialog('编辑人员', () => page.getByRole('row', { name: /李娜/ }).getByRole('button', { name: '编辑' }).click(), '编辑人员')
    await dialog('重置密码', () => page.getByRole('row', { name: /李娜/ }).getByRole('button', { name: '重置密码' }).click(), /重置“李娜”的密码/)

    await visit('audit', () => page.getByRole('button', { name: '展开当前行' }).first().waitFor())
    await page.getByRole('button', { name: '展开当前行' }).first().click()
    await check('page /audit · 展开一条')

    await visit('reports', () => page.getByRole('heading', { name: '数据报表' }).waitFor())
    await radio('统计时段', '上月')
    await page.getByRole('table').first().waitFor()
    await check('page /reports · 中心 · 上月')
    const printHref = await page.getByRole('link', { name: /打印月报/ }).getAttribute('href')
    await radio('报表范围', '区域对比')
    await page.getByRole('table').first().waitFor()
    await check('page /reports · 区域对比')
    await visit(printHref!.replace('/admin/', ''), () => page.getByRole('heading', { level: 1 }).waitFor(), 'page /reports/print')

    await page.goto(`${server.baseUrl}/admin/centers`)
    await dialog('修改密码', async () => {
      await page.getByRole('button', { name: '账号' }).click()
      await page.getByRole('menuitem', { name: '修改密码' }).click()
    }, '修改密码')

    expect(failuresSinceLast()).toEqual([])
  }, 420_000)

  it('家庭与组织, 活动纪实, 共建单位, 共建清单, 联席会议, 季度考核, 全区日历 and 全区大屏', async () => {
    const center = `?center=${manager.me.centerId}`
    await visit(`households${center}`, () => page.getByRole('tab', { name: '家庭' }).waitFor())
    await dialog('新建家庭', () => button('新建家庭').click(), '新建家庭')
    await tab('组织')
    await dialog('新建组织', () => button('新建组织').click(), '新建组织')

    await visit(`records${center}`, () => page.getByText('党员志愿者清理楼道').first().waitFor())
    await dialog('新建活动纪实', () => button('新建纪实').click(), '新建活动纪实')

    await visit('co-building', () => page.getByText('市第七人民医院').first().waitFor())
    await dialog('新增共建单位', () => button('新增单位').click(), '新增共建单位')

    await visit(`co-building/lists${center}`, () => page.getByRole('tab', { name: /资源清单/ }).waitFor())
    await dialog('登记资源', () => button('登记资源').click(), '登记资源')
    await tab('需求清单')
    await dialog('发布需求', () => button('发布需求').click(), '发布需求')
    await tab('项目清单')
    await dialog('新建项目', () => button('新建项目').click(), '新建项目')

    await visit('co-building/meetings', () => page.getByText('凤凰台街道共建单位联席会议').first().waitFor())
    await dialog('新增联席会议', () => button('新增会议').click(), '新增联席会议')
    await dialog('联席会议详情', () => page.getByRole('button', { name: '凤凰台街道共建单位联席会议' }).first().click(), '凤凰台街道共建单位联席会议')

    await visit('assessment', () => page.getByRole('cell', { name: '凤凰台党群服务中心' }).first().waitFor())
    await visit('district/calendar', () => page.getByText('太极拳晨练').first().waitFor())
    await visit('district/screens', () => page.getByRole('heading', { name: '全区大屏状态' }).waitFor())

    await screenshot(page, 'admin-axe-last-1366x768')
    expect(failuresSinceLast()).toEqual([])
    // Deprecation notices and Vue warnings must not reach a production console either.
    expect(warnings).toEqual([])
  }, 420_000)

  it('has walked through every page of the admin router', () => {
    const missed = adminRoutePatterns().filter((route) => ![...visited].some((path) => route.test(path)))
    expect(missed.map(String)).toEqual([])
  })
})
