import { beforeAll, describe, expect, it } from 'vitest'
import type { ImportPreview, Occurrence } from '@linli/contracts'
import { newBookingWorld } from './support/booking-world'
import { newRoom } from './support/factories'
import { XLSX, importClient, xlsxOf } from './support/import-files'
import { activityColumns, activityImportRow } from '../src/spreadsheets/columns/activities'
import { findActivityRow, toActivity } from '../src/modules/activities/activities.repository'
import { useTestApp } from './support/test-app'

const HEADER = ['活动名称', '类别', '房间', '时间规则', '开始日期', '结束日期', '名额', '说明']
const csv = (rows: (string | number)[][]) =>
  `\uFEFF${[HEADER, ...rows].map((r) => r.map((c) => `"${String(c).replaceAll('"', '""')}"`).join(',')).join('\r\n')}\r\n`

/** Twenty series a center runs, in the words its staff use, each in its own room. */
const RULES = [
  '每周二 09:00-11:00', '每周一、三、五 14:00-15:30', '工作日 16:30-18:00', '每两周周六 10:00-11:30', '每月第二个周五 19:00-21:00',
  '每月最后一个周日 下午2点-4点', '每月15日 09:00-10:00', '每天 06:30-07:30', '每周一至周五 上午8点半-9点半', '每周四 晚上7点-9点',
  '每周六、日 09:00-12:00', '每月第一个周六 上午9:30-11:30', '每周三 １４：００－１６：００', '每两周周日 15:00-17:00', '每月1日、15日 10:00-11:00',
  '每周二、四 18:30-20:00', '每月倒数第二个周一 14:00-16:00', '每周五 15:00-16:00，至2027-03-31', '每季度第一个周二 14:00-16:00', '每周六 下午3点-5点',
]
const twentyRows = RULES.map((rule, i) => [`活动${i + 1}`, '文体活动', `活动室${i + 1}`, rule, '2026-12-01', i === 7 ? '2027-02-28' : '', 20, `第 ${i + 1} 项`])

describe('importing activities from a spreadsheet', () => {
  const ctx = useTestApp()
  let w: Awaited<ReturnType<typeof newBookingWorld>>

  beforeAll(async () => {
    w = await newBookingWorld(ctx.app, ctx.db)
    for (let i = 1; i <= 20; i++) await newRoom(ctx.db, w.centerA, { name: `活动室${i}`, capacity: 30 })
    await newRoom(ctx.db, w.centerB, { name: '别处的活动室', capacity: 30 })
  })

  const upload = (body: string | Buffer, centerId = w.centerA, type = 'text/csv') =>
    importClient(ctx.app).upload(w.as.staff, `centers/${centerId}/imports/activities`, body, type)
  const commit = (id: string) => importClient(ctx.app).commit(w.as.staff, id)
  const previewOf = async (body: string | Buffer, type = 'text/csv') => {
    const res = await upload(body, w.centerA, type)
    expect(res.statusCode, res.body).toBe(201)
    return res.json() as ImportPreview
  }
  const preview = (rows: (string | number)[][]) => previewOf(csv(rows))
  const activitiesOfCenter = () =>
    ctx.db.selectFrom('activities').select(['id', 'title', 'rrule', 'starts_local', 'ends_local', 'capacity']).where('center_id', '=', w.centerA).orderBy('title').execute()
  const occurrencesOf = async (from: string, to: string) => {
    const res = await ctx.app.inject({ url: `/api/centers/${w.centerA}/occurrences?from=${from}&to=${to}`, headers: { cookie: w.as.staff } })
    return res.json().items as Occurrence[]
  }

  it('previews twenty recurring activities from a workbook, writes nothing, then creates them and their dates in one commit', async () => {
    const checked = await previewOf(await xlsxOf([HEADER, ...twentyRows]), XLSX)
    expect(checked.errors).toEqual([])
    expect(checked.summary).toMatchObject({ rows: 20, created: 20, failed: 0 })
    expect(await activitiesOfCenter()).toEqual([])

    const res = await commit(checked.id)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ status: 'committed', summary: { created: 20 } })
    const stored = await activitiesOfCenter()
    expect(stored).toHaveLength(20)
    const byTitle = new Map(stored.map((a) => [a.title, a]))
    // Each series starts on its first date on or after 开始日期, as the create path stores it.
    expect(byTitle.get('活动5')).toMatchObject({ rrule: 'FREQ=MONTHLY;BYDAY=2FR', capacity: 20 })
    expect(String(byTitle.get('活动5')!.starts_local)).toMatch(/^2026-12-11[ T]19:00/)
    expect(byTitle.get('活动8')!.rrule).toBe('FREQ=DAILY;UNTIL=20270228')
    expect(byTitle.get('活动13')!.rrule).toBe('FREQ=WEEKLY;BYDAY=WE')

    const december = await occurrencesOf('2026-12-01', '2026-12-31')
    const starts = (title: string) => december.filter((o) => o.title === title).map((o) => o.startsAt)
    expect(starts('活动5')).toEqual(['2026-12-11T19:00:00+08:00'])
    expect(starts('活动6')).toEqual(['2026-12-27T14:00:00+08:00'])
    expect(starts('活动1')).toEqual(['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29'].map((d) => `${d}T09:00:00+08:00`))
    expect(december.find((o) => o.title === '活动9')).toMatchObject({ startsAt: '2026-12-01T08:30:00+08:00', endsAt: '2026-12-01T09:30:00+08:00' })
    expect(new Set(december.map((o) => o.title)).size).toBe(20)
  })

  it('answers a second import of the same file with every row unchanged, and commits nothing new', async () => {
    const before = await activitiesOfCenter()
    const checked = await preview(twentyRows)
    expect(checked.summary).toMatchObject({ rows: 20, created: 0, unchanged: 20, failed: 0 })
    expect((await commit(checked.id)).statusCode).toBe(200)
    expect(await activitiesOfCenter()).toEqual(before)
  })

  it('reads its own export back unchanged: stored rules are written in the words they were read from', async () => {
    const activities = await Promise.all((await activitiesOfCenter()).map(async (a) => toActivity((await findActivityRow(ctx.db, a.id))!)))
    const rows = activities.map(activityImportRow)
    const byTitle = new Map(rows.map((r) => [r.title, r]))
    expect(byTitle.get('活动8')).toMatchObject({ rule: { rrule: 'FREQ=DAILY', start: '06:30', end: '07:30' }, startDate: '2026-12-01', endDate: '2027-02-28' })
    const cells = rows.map((r) => activityColumns.map((c) => String(c.format(r[c.key as keyof typeof r] as never) ?? '')))
    expect(cells.map((c) => c[3])).toEqual(expect.arrayContaining(['每周二 09:00-11:00', '每月第二个周五 19:00-21:00', '每周一至周五 16:30-18:00', '每两周周六 10:00-11:30']))
    const body = `\uFEFF${[activityColumns.map((c) => c.header), ...cells].map((r) => r.map((c) => `"${c}"`).join(',')).join('\r\n')}\r\n`
    const checked = await previewOf(body)
    expect(checked.errors).toEqual([])
    expect(checked.summary).toMatchObject({ rows: 20, created: 0, unchanged: 20 })
  })

  it('refuses a known activity whose row now says something else, naming what differs', async () => {
    const changed = twentyRows.map((r, i) => (i === 0 ? [r[0]!, r[1]!, r[2]!, '每周二 10:00-11:00', r[4]!, r[5]!, r[6]!, r[7]!] : r))
    const checked = await preview(changed)
    expect(checked.errors).toEqual([expect.objectContaining({ row: 2, column: null, message: expect.stringContaining('时间规则或日期') })])
  })

  it('shows every problem by row and column in Chinese, and commits nothing', async () => {
    const checked = await preview([
      ['读书会', '文体活动', '会议室', '每周八 09:00-10:00', '2026-12-01', '', '', ''],
      ['合唱团', '文体活动', '会议室', '每周二 09:00', '2026-12-01', '', '', ''],
      ['太极拳', '文体活动', '会议室', '每周二 11:00-09:00', '2026-12-01', '', '', ''],
      ['书法课', '文体活动', '不存在的房间', '每周二 09:00-10:00', '2026-12-01', '', '', ''],
      ['舞蹈课', '文体活动', '会议室', '每周三 09:00-10:00', '2026-12-01', '', 50, ''],
      ['象棋课', '文体活动', '会议室', '每周四 09:00-10:00', '2027-03-01', '2027-01-01', '', ''],
      ['围棋课', '文体活动', '会议室', '每周五 09:00-10:00', '', '', '', ''],
      ['英语角', '文体活动', '会议室', '每周六 14:00-15:00', '2026-12-01', '', '', ''],
      ['英语角', '文体活动', '会议室', '每周日 14:00-15:00', '2026-12-01', '', '', ''],
    ])
    const at = (row: number) => checked.errors.filter((e) => e.row === row).map((e) => [e.column, e.message])
    expect(at(2)).toEqual([['时间规则', expect.stringContaining('“八 09:00-10:00”无法理解')]])
    expect(at(3)).toEqual([['时间规则', expect.stringContaining('没有写结束时间')]])
    expect(at(4)).toEqual([['时间规则', expect.stringContaining('结束时间 09:00 不晚于开始时间 11:00')]])
    expect(at(5)).toEqual([['房间', '本中心没有名为“不存在的房间”的房间']])
    expect(at(6)).toEqual([['名额', '名额 50 超过房间“会议室”的容量 20 人']])
    expect(at(7)).toEqual([['结束日期', '结束日期 2027-01-01 早于开始日期 2027-03-01']])
    expect(at(8)).toEqual([['开始日期', expect.stringContaining('周期活动需要开始日期')]])
    expect(at(9)).toEqual([])
    expect(at(10)).toEqual([['活动名称', expect.stringContaining('在第 9 行已有')]])
    expect(checked.summary).toMatchObject({ rows: 9, created: 1, failed: 8 })
    const res = await commit(checked.id)
    expect(res.statusCode).toBe(409)
    expect(await ctx.db.selectFrom('activities').select('id').where('title', 'in', ['英语角', '读书会']).execute()).toEqual([])
  })

  it('refuses dates that collide with a booking, another activity or another row of the file', async () => {
    const booked = await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-24', '09:00', '11:00'))
    expect(booked.statusCode, booked.body).toBe(201)
    const checked = await preview([
      ['晨读', '文体活动', '会议室', '每周二 09:30-10:30', '2026-11-20', '2026-12-31', '', ''],
      ['插花', '文体活动', '活动室1', '单次 2026-12-15 10:00-12:00', '', '', '', ''],
      ['剪纸', '文体活动', '党员活动室', '每周一 14:00-16:00', '2026-12-01', '2026-12-31', '', ''],
      ['编织', '文体活动', '党员活动室', '单次 2026-12-14 15:00-17:00', '', '', '', ''],
    ])
    const at = (row: number) => checked.errors.filter((e) => e.row === row).map((e) => [e.column, e.message])
    expect(at(2)).toEqual([['时间规则', '与已有的预约在“会议室”时间冲突：2026-11-24 09:30-10:30']])
    expect(at(3)).toEqual([['时间规则', '与活动“活动1”在“活动室1”时间冲突：2026-12-15 10:00-12:00']])
    expect(at(4)).toEqual([])
    expect(at(5)).toEqual([['时间规则', '与第 4 行“剪纸”在同一房间时间冲突：2026-12-14 15:00-17:00']])
    expect((await commit(checked.id)).statusCode).toBe(409)
    expect(await ctx.db.selectFrom('activities').select('id').where('title', 'in', ['晨读', '剪纸']).execute()).toEqual([])
  })

  it('reads its own template back: the example row is an activity to create', async () => {
    await newRoom(ctx.db, w.centerA, { name: '多功能活动室', capacity: 60 })
    const template = await importClient(ctx.app).template(w.as.staff, 'activities', 'xlsx')
    expect(template.statusCode).toBe(200)
    const checked = await previewOf(template.rawPayload, XLSX)
    expect(checked.columns.map((c) => c.header)).toEqual([...HEADER.slice(0, 7), '主办方', '说明'])
    expect(checked.errors).toEqual([])
    expect(checked.rows).toEqual([expect.objectContaining({ outcome: 'created', cells: expect.arrayContaining(['每周二 09:00-11:00']) })])
  })

  it('refuses a file of more activities than a center runs, before checking any date', async () => {
    const rows = Array.from({ length: 501 }, (_, i) => [`读书会${i}`, '文体活动', '活动室1', '每天 09:00-10:00', '2026-12-01', '', '', ''])
    const res = await upload(csv(rows))
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'import_too_many_rows', message: '活动表最多 500 行，这个文件有 501 行，请分成几个文件导入' })
  })

  it('does not resolve a room of another center, and keeps staff to their own center', async () => {
    const checked = await preview([['读书会', '文体活动', '别处的活动室', '每周二 19:00-20:00', '2026-12-01', '', '', '']])
    expect(checked.errors).toEqual([{ row: 2, column: '房间', message: '本中心没有名为“别处的活动室”的房间' }])
    const res = await upload(csv([['读书会', '文体活动', '别处的活动室', '每周二 19:00-20:00', '2026-12-01', '', '', '']]), w.centerB)
    expect(res.statusCode).toBe(403)
  })
})
