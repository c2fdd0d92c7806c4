import { readFileSync } from 'node:fs'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeFindings, signInAdmin, watchConsole } from './support/admin-session'
import { hasChromium, launchBrowser, newPage } from './support/browser'
import { type RunningServer, startServer } from './support/server'
import { shanghaiDate, staffFetch } from './support/staff-api'

const UNIT = 'e2e 绿城供电公司'
const CENTER = '凤凰台党群服务中心'
const ROOM = 'e2e 供电公司会议室'
const AGREEMENT = 'e2e 共建协议'
const RESOURCE = 'e2e 供电公司会议室每周二下午开放'
const NEED = 'e2e 老年人用电安全讲座'
const PROJECT = 'e2e 用电安全进社区'
const MEETING = 'e2e 共建联席会议'
const PROBLEM = 'e2e 小区路灯夜间不亮'

/** A one-page PDF, small and valid enough for any reader: the bytes a scanner would hand over. */
function smallPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

// Skipped only when Chromium is missing and REQUIRE_E2E is not set; support/browser.ts prints why.
describe.skipIf(!hasChromium)('党建云: a district administrator works with a co-building unit from signing to assessment (issue 18)', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page
  let centerId: string
  let regionId: string
  let warnings: string[]
  const findings: string[] = []
  let before: Record<string, number>

  const url = (path: string) => `${server.baseUrl}/admin/${path}`
  const message = (text: string | RegExp) => page.getByRole('alert').filter({ hasText: text }).first()
  /** Runs axe on what is on screen and keeps what it finds under `name`, so one run reports them all. */
  const axe = async (name: string) => {
    for (const f of await axeFindings(page)) findings.push(`${name}: ${f}`)
  }
  const shot = (name: string) => page.screenshot({ path: `/tmp/cobuild-${name}.png` })
  /**
   * Picks `option` in the Element Plus select labelled `label` inside `scope`, as a person does: open
   * it, click the option. The placeholder or chosen value lies over the input (pointer events and all),
   * so the click lands on it, as a user's would; earlier selects' lists stay in the page, hidden.
   */
  const choose = async (scope: Locator | Page, label: string, option: string, { multiple = false } = {}) => {
    const select = scope.getByRole('combobox', { name: label })
    await select.click({ force: true })
    const shown = page.getByRole('option', { name: option, exact: true }).filter({ visible: true })
    await shown.click()
    // A multiple select stays open; Escape in it closes only its list. Either way the list has gone
    // (faded out) before the next click, which it would otherwise catch.
    if (multiple) await select.press('Escape')
    await shown.waitFor({ state: 'hidden' })
  }
  /** Types a date (and time) into an Element Plus picker and closes its panel, as typing and Enter do. */
  const typeDate = async (scope: Locator, label: string, value: string) => {
    const input = scope.getByRole('combobox', { name: label }).or(scope.getByLabel(label)).first()
    // Clicked open first: Enter commits what was typed and closes the panel only while it is open.
    await input.click()
    await input.fill(value)
    await input.press('Enter')
    await expect.poll(() => input.inputValue()).toBe(value)
    // Enter closes the panel (an unnamed popup with a 上个月 button); it leaves the accessibility tree
    // once it has faded out. One still open after that long is closed with Escape, which the picker
    // keeps from reaching the dialog while its panel is open.
    const open = page.getByRole('button', { name: '上个月' })
    const closed = () => expect.poll(() => open.count(), { timeout: 3_000 }).toBe(0)
    await closed().catch(async () => {
      await input.press('Escape')
      await closed()
    })
  }
  /** The region report's 区域化党建 cards, as numbers by their label. */
  const regionFigures = async () => {
    await page.goto(url('reports?scope=region'))
    const section = page.getByRole('region', { name: '区域化党建' })
    await section.getByRole('group', { name: '联席会议' }).waitFor()
    const figures: Record<string, number> = {}
    for (const label of ['共建单位', '新签共建协议', '有效共建协议', '联席会议', '提出问题', '解决问题', '联合服务项目']) {
      const text = (await section.getByRole('group', { name: label, exact: true }).locator('p').textContent()) ?? ''
      figures[label] = Number(/\d+/.exec(text)?.[0] ?? NaN)
    }
    return figures
  }

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ smsCodes: false }), launchBrowser()])
    centerId = (await staffFetch(server.baseUrl, 'manager')).me.centerId
    regionId = ((await staffFetch(server.baseUrl, 'district')).me as unknown as { regionId: string }).regionId
    page = await newPage(browser, { width: 1366, height: 768 })
    warnings = watchConsole(page)
    await signInAdmin(page, server.baseUrl, 'district')
    before = await regionFigures()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('adds a unit working with a center and sees it listed; an empty name is refused and stores nothing', async () => {
    await page.goto(url('co-building'))
    await page.getByRole('heading', { name: '共建单位（驻区单位）' }).waitFor()
    const rows = page.getByRole('table').last().locator('tbody tr')
    await page.getByRole('cell', { name: '市第七人民医院' }).first().waitFor()
    const count = await rows.count()
    await shot('units')

    await page.getByRole('button', { name: '新增单位' }).click()
    let dialog = page.getByRole('dialog', { name: '新增共建单位' })
    await choose(dialog, '单位类型', '企业')
    await dialog.getByLabel('联系人', { exact: true }).fill('赵工')
    await dialog.getByRole('button', { name: '保存' }).click()
    await dialog.getByText('请填写单位名称').waitFor()
    await axe('新增共建单位 · 名称空')
    await shot('unit-dialog-error')
    await dialog.getByRole('button', { name: '取消' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await page.getByRole('button', { name: '刷新' }).click()
    await page.getByRole('cell', { name: '市第七人民医院' }).first().waitFor()
    expect(await rows.count()).toBe(count)
    expect(await page.getByText('赵工').count()).toBe(0)

    await page.getByRole('button', { name: '新增单位' }).click()
    dialog = page.getByRole('dialog', { name: '新增共建单位' })
    await dialog.getByLabel('单位名称', { exact: true }).fill(UNIT)
    await choose(dialog, '单位类型', '企业')
    await choose(dialog, '结对中心', CENTER, { multiple: true })
    await dialog.getByLabel('联系人', { exact: true }).fill('赵工')
    await dialog.getByLabel('联系电话').fill('13800138000')
    await dialog.getByLabel('地址').fill('金水区花园路 88 号')
    await dialog.getByRole('button', { name: '保存' }).click()
    await message(`已保存「${UNIT}」`).waitFor()
    const row = page.getByRole('row', { name: new RegExp(UNIT) })
    await row.waitFor()
    expect(await row.textContent()).toContain('企业')
    expect(await row.textContent()).toContain('赵工 13800138000')
    expect(await row.textContent()).toContain(CENTER)
  })

  it('signs an agreement with a PDF attachment and downloads the very PDF', async () => {
    await page.getByRole('row', { name: new RegExp(UNIT) }).getByRole('button', { name: '协议与共建对象' }).click()
    const drawer = page.getByRole('dialog', { name: UNIT })
    await drawer.getByText('还没有共建协议').waitFor()
    await drawer.getByRole('button', { name: '新增协议' }).click()
    const dialog = page.getByRole('dialog', { name: '新增共建协议' })
    await dialog.getByLabel('协议名称').fill(AGREEMENT)
    await dialog.getByLabel('协议内容').fill('供电公司为社区提供会议室和用电安全讲座，中心组织居民参加。')
    const today = shanghaiDate()
    const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4, 10)}`.replace(/-02-29$/, '-02-28')
    await typeDate(dialog, '开始日期', today)
    await typeDate(dialog, '结束日期', nextYear)
    await axe('新增共建协议')
    await shot('agreement-dialog')
    await dialog.getByRole('button', { name: '保存' }).click()
    await message(`已保存协议「${AGREEMENT}」`).waitFor()
    const row = drawer.getByRole('row', { name: new RegExp(AGREEMENT) })
    await row.getByText('生效', { exact: true }).waitFor()
    expect(await row.textContent()).toContain(`${today} ~ ${nextYear}`)

    const pdf = smallPdf()
    const chooser = page.waitForEvent('filechooser')
    await row.getByRole('button', { name: '上传附件' }).click()
    await (await chooser).setFiles({ name: '共建协议扫描件.pdf', mimeType: 'application/pdf', buffer: pdf })
    await message('附件已上传').waitFor()
    const link = row.getByRole('link', { name: '共建协议扫描件.pdf' })
    await link.waitFor()
    await row.getByRole('button', { name: '更换附件' }).waitFor()

    const download = page.waitForEvent('download')
    await link.click()
    const file = await (await download).path()
    expect(readFileSync(file).equals(pdf)).toBe(true)
    const res = await page.request.get(new URL((await link.getAttribute('href'))!, server.baseUrl).href)
    expect(res.status()).toBe(200)
    expect(res.headers()['content-type']).toMatch(/^application\/pdf/)
    expect((await res.body()).equals(pdf)).toBe(true)
    await axe('共建单位详情 · 协议与附件')
    await shot('unit-drawer')
  })

  it('offers one of the unit\'s rooms to the center, which lists it as provided by the unit', async () => {
    const drawer = page.getByRole('dialog', { name: UNIT })
    await drawer.getByRole('button', { name: '提供活动室' }).click()
    const dialog = page.getByRole('dialog', { name: '提供活动室' })
    await dialog.getByText(`显示「由 ${UNIT} 提供」`).waitFor()
    await dialog.getByLabel('活动室名称').fill(ROOM)
    await dialog.getByRole('button', { name: '保存' }).click()
    await message(`已提供活动室「${ROOM}」`).waitFor()
    await drawer.getByText(`${ROOM} · ${CENTER}`).waitFor()
    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'hidden' })
    await page.getByRole('row', { name: new RegExp(UNIT) }).getByRole('cell', { name: '1', exact: true }).first().waitFor()

    await page.goto(url(`rooms?center=${centerId}`))
    const room = page.getByRole('row', { name: new RegExp(ROOM) })
    await room.getByText(`由 ${UNIT} 提供`).waitFor()
  })

  it('posts a resource and a need in 共建清单, matches them into a project and takes it to 已完成', async () => {
    await page.goto(url(`co-building/lists?center=${centerId}`))
    await page.getByRole('tab', { name: /资源清单/ }).waitFor()
    await page.getByRole('button', { name: '登记资源' }).click()
    let dialog = page.getByRole('dialog', { name: '登记资源' })
    await choose(dialog, '驻区单位', UNIT)
    await choose(dialog, '资源类型', '场地房间')
    await dialog.getByLabel('内容', { exact: true }).fill(RESOURCE)
    await dialog.getByLabel('数量（可选）').fill('1 间')
    await dialog.getByRole('button', { name: '保存' }).click()
    await message('已保存').waitFor()
    const resource = page.getByRole('row', { name: new RegExp(RESOURCE) })
    await resource.getByText('可用', { exact: true }).waitFor()

    await page.getByRole('tab', { name: /需求清单/ }).click()
    await page.getByRole('button', { name: '发布需求' }).click()
    dialog = page.getByRole('dialog', { name: '发布需求' })
    await dialog.getByText(`登记在“${CENTER}”名下`).waitFor()
    await dialog.getByLabel('名称', { exact: true }).fill(NEED)
    await dialog.getByLabel('说明（可选）').fill('小区老人多，想请供电公司讲讲家用电器安全。')
    await dialog.getByRole('button', { name: '保存' }).click()
    const need = page.getByRole('row', { name: new RegExp(NEED) })
    await need.getByText('待对接', { exact: true }).waitFor()

    await page.getByRole('tab', { name: /项目清单/ }).click()
    await page.getByRole('button', { name: '新建项目' }).click()
    dialog = page.getByRole('dialog', { name: '新建项目' })
    await dialog.getByLabel('名称', { exact: true }).fill(PROJECT)
    await choose(dialog, '对接资源', `${UNIT}：${RESOURCE}`, { multiple: true })
    await choose(dialog, '对应需求', NEED, { multiple: true })
    await axe('新建项目 · 已选资源和需求')
    await shot('project-dialog')
    await dialog.getByRole('button', { name: '保存' }).click()
    const project = page.getByRole('row', { name: new RegExp(PROJECT) })
    await project.getByText('筹备中', { exact: true }).waitFor()
    expect(await project.textContent()).toContain(`${UNIT}：${RESOURCE}`)
    expect(await project.textContent()).toContain(NEED)

    await project.getByRole('button', { name: `改为进行中：${PROJECT}` }).click()
    await message(`“${PROJECT}”已改为进行中`).waitFor()
    await project.getByText('进行中', { exact: true }).waitFor()
    await project.getByRole('button', { name: `改为已完成：${PROJECT}` }).click()
    const confirm = page.getByRole('dialog', { name: '更改状态' })
    await confirm.getByText('改后不能再更改状态').waitFor()
    await axe('更改状态 · 确认')
    await confirm.getByRole('button', { name: '确定更改' }).click()
    await message(`“${PROJECT}”已改为已完成`).waitFor()
    await project.getByText('已完成', { exact: true }).waitFor()
    await shot('lists-projects')
    // 开始 and 完成 are today.
    const cells = (await project.getByRole('cell').allTextContents()).map((c) => c.trim())
    expect(cells.filter((c) => c === shanghaiDate()), cells.join(' | ')).toHaveLength(2)

    // Matching made the resource and the need 已对接; the need is then done.
    await page.getByRole('tab', { name: /需求清单/ }).click()
    await need.getByText('已对接', { exact: true }).waitFor()
    await need.getByRole('button', { name: `改为已完成：${NEED}` }).click()
    await page.getByRole('dialog', { name: '更改状态' }).getByRole('button', { name: '确定更改' }).click()
    await need.getByText('已完成', { exact: true }).waitFor()
    await page.getByRole('tab', { name: /资源清单/ }).click()
    await resource.getByText('已对接', { exact: true }).waitFor()
  })

  it('records a joint meeting with the units attending, and a problem raised, assigned and solved', async () => {
    await page.goto(url('co-building/meetings'))
    await page.getByRole('button', { name: '凤凰台街道共建单位联席会议' }).first().waitFor()
    await page.getByRole('button', { name: '新增会议' }).click()
    const dialog = page.getByRole('dialog', { name: '新增联席会议' })
    await choose(dialog, '召开单位', CENTER)
    await dialog.getByLabel('会议名称').fill(MEETING)
    await typeDate(dialog, '会议时间', `${shanghaiDate()} 09:30`)
    await dialog.getByLabel('地点').fill('凤凰台党群服务中心二楼会议室')
    await choose(dialog, '出席单位', UNIT, { multiple: true })
    await choose(dialog, '出席单位', '市第七人民医院', { multiple: true })
    await dialog.getByLabel('会议纪要').fill('一、通报本季度共建项目进展；二、商定下季度健康讲座和用电安全讲座安排。')
    await axe('新增联席会议 · 已填写')
    await shot('meeting-dialog')
    await dialog.getByRole('button', { name: '保存' }).click()
    await message(`已保存「${MEETING}」`).waitFor()
    const row = page.getByRole('row', { name: new RegExp(MEETING) })
    await row.waitFor()
    // 出席单位 2, 提出问题 0.
    expect((await row.getByRole('cell').allTextContents()).map((c) => c.trim())).toEqual(expect.arrayContaining(['2', '0']))

    await row.getByRole('button', { name: MEETING }).click()
    const drawer = page.getByRole('dialog', { name: MEETING })
    await drawer.getByText('还没有记录问题').waitFor()
    expect(await drawer.textContent()).toContain(UNIT)
    expect(await drawer.textContent()).toContain('市第七人民医院')
    await drawer.getByRole('button', { name: '记录问题' }).click()
    await drawer.getByText('请填写问题').waitFor()
    await drawer.getByLabel('记录问题').fill(PROBLEM)
    await drawer.getByRole('button', { name: '记录问题' }).click()
    await message('已记录问题').waitFor()
    const problem = drawer.getByRole('row', { name: new RegExp(PROBLEM) })
    await problem.getByText('已提出', { exact: true }).waitFor()

    await problem.getByRole('button', { name: '交办' }).click()
    let step = page.getByRole('dialog', { name: '交办问题' })
    await step.getByRole('button', { name: '交办' }).click()
    await step.getByText('请选择交办的单位或中心').waitFor()
    await choose(step, '选择共建单位', UNIT)
    await step.getByLabel('负责人（可选）').fill('赵工')
    await axe('交办问题')
    await step.getByRole('button', { name: '交办' }).click()
    await message(`已交办给 ${UNIT}`).waitFor()
    await problem.getByText('已交办', { exact: true }).waitFor()
    expect(await problem.textContent()).toContain(`${UNIT}（赵工）`)

    await problem.getByRole('button', { name: '标记解决' }).click()
    step = page.getByRole('dialog', { name: '标记问题已解决' })
    await step.getByLabel('解决情况').fill('供电公司更换了 12 盏路灯，夜间照明恢复。')
    await axe('标记问题已解决')
    await step.getByRole('button', { name: '标记解决' }).click()
    await message('已标记解决').waitFor()
    await problem.getByText('已解决', { exact: true }).waitFor()
    expect(await problem.textContent()).toContain(`${shanghaiDate()} 解决`)
    await axe('联席会议详情 · 问题已解决')
    await shot('meeting-drawer')
    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'hidden' })
    await row.getByText('1 / 1').waitFor()
    await shot('meetings')
  })

  it('shows what was recorded in the region report\'s 区域化党建 figures', async () => {
    const after = await regionFigures()
    expect(after).toEqual({
      ...before,
      共建单位: before['共建单位']! + 1,
      新签共建协议: before['新签共建协议']! + 1,
      有效共建协议: before['有效共建协议']! + 1,
      联席会议: before['联席会议']! + 1,
      提出问题: before['提出问题']! + 1,
      解决问题: before['解决问题']! + 1,
      联合服务项目: before['联合服务项目']! + 1,
    })
    // The page may fetch the report again as its filters settle: the picture is of the report, not its spinner.
    await expect.poll(() => page.getByRole('button', { name: '刷新' }).isEnabled()).toBe(true)
    await page.getByRole('region', { name: '区域化党建' }).scrollIntoViewIfNeeded()
    await shot('region-report')
  })

  it('in 季度考核 refuses weights not adding up to 100, ranks the two demo centers of 金水区, and freezes a closed quarter', async () => {
    await page.goto(url('assessment'))
    await page.getByRole('heading', { name: '季度考核' }).waitFor()
    const ranking = page.getByRole('region', { name: /排名/ })
    await ranking.getByRole('cell', { name: CENTER }).waitFor()
    const weight = page.getByRole('spinbutton', { name: '权重 开展活动（场）' })
    const sum = (n: number) => page.getByRole('status').filter({ hasText: `权重合计 ${n} / 100` })
    await sum(100).waitFor()

    await weight.fill('25')
    await weight.press('Tab')
    await sum(95).waitFor()
    expect(await page.getByRole('button', { name: '保存方案' }).isDisabled()).toBe(true)
    await axe('季度考核 · 权重合计不是 100')
    await shot('assessment-bad-weights')
    // The server refuses it as well, and keeps the scheme as it was.
    const refused = await page.request.put(`${server.baseUrl}/api/regions/${regionId}/assessment/scheme`, {
      data: { indicators: [{ indicator: 'activities_held', weight: 25, target: 20 }, { indicator: 'bookings', weight: 70, target: 10 }] },
    })
    expect(refused.status()).toBe(400)
    expect((await refused.json()).code).toBe('weights_not_hundred')

    // 25 + 25 + 15 + 10 + 25 = 100, with a target every demo center reaches for 发布活动纪实.
    const records = page.getByRole('spinbutton', { name: '权重 发布活动纪实（篇）' })
    await records.fill('25')
    await records.press('Tab')
    await page.getByRole('spinbutton', { name: '目标值 发布活动纪实（篇）' }).fill('1')
    await page.getByRole('spinbutton', { name: '目标值 发布活动纪实（篇）' }).press('Tab')
    await sum(100).waitFor()
    await page.getByRole('button', { name: '保存方案' }).click()
    await message('方案已保存').waitFor()
    await ranking.getByRole('columnheader', { name: '发布活动纪实（篇） · 25' }).waitFor()
    const rows = ranking.locator('tbody tr')
    await expect.poll(() => rows.count()).toBe(2)
    const table = await rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).slice(0, 3).map((td) => td.textContent!.trim())))
    expect(table.map((r) => r[1]).sort()).toEqual(['凤凰台党群服务中心', '经八路街道党群服务中心'].sort())
    for (const [rank, , score] of table) {
      expect(Number(rank)).toBeGreaterThanOrEqual(1)
      expect(Number(score)).toBeGreaterThanOrEqual(0)
      expect(Number(score)).toBeLessThanOrEqual(100)
    }
    // Ranked by score, highest first, ties sharing a rank.
    const scores = table.map((r) => Number(r[2]))
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
    expect(table[0]![0]).toBe('1')
    await shot('assessment')

    await page.getByRole('button', { name: '结束本季度' }).click()
    const confirm = page.getByRole('dialog', { name: '结束本季度' })
    await confirm.getByText('各中心分数将被冻结').waitFor()
    await axe('结束本季度 · 确认')
    await confirm.getByRole('button', { name: '确定结束' }).click()
    await message(/考核已结束/).waitFor()
    await ranking.getByText(/分数已冻结/).waitFor()
    expect(await page.getByRole('button', { name: '结束本季度' }).isDisabled()).toBe(true)
    const frozen = await rows.evaluateAll((trs) => trs.map((tr) => tr.textContent))

    // A changed target would change the scores: the editor says why it is locked and until when, in the
    // districts' clock, and offers nothing to change or save.
    await page.getByRole('status').filter({ hasText: /本季度（\d{4}-Q[1-4]）考核已于 \d{4}-\d\d-\d\d \d\d:\d\d 结束，分数已冻结。.*\d{4}-Q[1-4] 开始（\d{4}-\d\d-01）后方可调整/ }).waitFor()
    expect(await page.getByRole('spinbutton', { name: '目标值 发布活动纪实（篇）' }).isDisabled()).toBe(true)
    expect(await page.getByRole('button', { name: '保存方案' }).isDisabled()).toBe(true)
    await ranking.getByText(/已结束（\d{4}-\d\d-\d\d \d\d:\d\d，分数已冻结）/).waitFor()
    await axe('季度考核 · 已结束，方案锁定')
    await shot('assessment-closed')
    // The server refuses a changed scheme as well, and the ranking stays as it was.
    const late = await page.request.put(`${server.baseUrl}/api/regions/${regionId}/assessment/scheme`, {
      data: { indicators: [{ indicator: 'activities_held', weight: 50, target: 20 }, { indicator: 'records_published', weight: 50, target: 50 }] },
    })
    expect(late.status()).toBe(409)
    expect((await late.json()).code).toBe('quarter_closed')
    await page.reload()
    await ranking.getByText(/分数已冻结/).waitFor()
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.textContent))).toEqual(frozen)
    expect(await page.getByRole('spinbutton', { name: '目标值 发布活动纪实（篇）' }).inputValue()).toBe('1.00')
  })

  it('found nothing serious for axe and no console warnings on the way', () => {
    expect(findings).toEqual([])
    expect(warnings).toEqual([])
  })
})
