import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ImportPreview } from '@linli/contracts'
import { newStaff, newWorld, signIn } from './support/factories'
import { csvOf, importClient, residentRows } from './support/import-files'
import { useTestApp } from './support/test-app'

type Rows = (string | number | null)[][]
const ROOMS = ['房间名称', '类型', '容量', '楼层', '预约方式']
const RESIDENTS = ['姓名', '手机号', '家庭', '组织', '登记日期']
const ACTIVITIES = ['活动名称', '类别', '房间', '时间规则', '开始日期', '名额']

/** A workbook with these sheets, in this order. */
async function workbookOf(sheets: Record<string, Rows>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name)
    for (const row of rows) sheet.addRow(row.map((v) => v ?? undefined))
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** A center as issue 16 describes it: 12 rooms, 200 residents, 20 weekly activities held in those rooms. */
const centerSheets = (prefix: string): Record<string, Rows> => ({
  房间: [ROOMS, ...Array.from({ length: 12 }, (_, i) => [`${prefix}活动室${i + 1}`, '多功能活动室', 40, 1 + (i % 3), '居民可预约'])],
  居民: [RESIDENTS, ...residentRows(200, prefix === '甲' ? '1370000' : '1360000')],
  活动: [ACTIVITIES, ...Array.from({ length: 20 }, (_, i) => [
    `${prefix}活动${i + 1}`, '文体活动', `${prefix}活动室${(i % 12) + 1}`, i < 12 ? '每周二 09:00-11:00' : '每周四 14:00-16:00', '2026-12-01', 20,
  ])],
})

describe('importing a whole center from one workbook (中心整表)', () => {
  const ctx = useTestApp()
  let w: Awaited<ReturnType<typeof newWorld>>
  const api = () => importClient(ctx.app)
  const upload = (body: Buffer, cookie = w.as.staff, centerId = w.centerA) => api().upload(cookie, `centers/${centerId}/imports/center`, body)
  const previewOf = async (body: Buffer) => {
    const res = await upload(body)
    expect(res.statusCode, res.body).toBe(201)
    return res.json() as ImportPreview
  }
  const roomsNamed = (prefix: string) => ctx.db.selectFrom('rooms').select(['id', 'name']).where('center_id', '=', w.centerA).where('name', 'like', `${prefix}活动室%`).execute()
  const activitiesNamed = (prefix: string) =>
    ctx.db.selectFrom('activities').select(['title', 'room_id', 'rrule']).where('center_id', '=', w.centerA).where('title', 'like', `${prefix}活动%`).execute()
  const residentsRegistered = (phonePrefix: string) =>
    ctx.db.selectFrom('center_residents').innerJoin('residents', 'residents.id', 'center_residents.resident_id')
      .select('residents.phone').where('center_residents.center_id', '=', w.centerA).where('residents.phone', 'like', `${phonePrefix}%`).execute()

  beforeAll(async () => { w = await newWorld(ctx.app, ctx.db) })

  it('offers a template with every sheet and an example row each, which previews cleanly as downloaded', async () => {
    const res = await api().template(w.as.staff, 'center', 'xlsx')
    expect(res.statusCode, res.body).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['房间', '居民', '志愿服务队', '志愿者', '活动'])
    for (const sheet of workbook.worksheets) expect(sheet.rowCount, sheet.name).toBe(2)
    expect(workbook.getWorksheet('活动')!.getRow(2).getCell(3).value).toBe(workbook.getWorksheet('房间')!.getRow(2).getCell(1).value)
    expect((await api().template(w.as.staff, 'center', 'csv')).json()).toMatchObject({ code: 'import_workbook_only' })

    const preview = await previewOf(res.rawPayload)
    expect(preview.errors).toEqual([])
    expect(preview.sheets!.map((s) => [s.sheet, s.summary.created])).toEqual([['房间', 1], ['居民', 1], ['志愿服务队', 1], ['志愿者', 1], ['活动', 1]])
  })

  it('previews 12 rooms, 200 residents and 20 weekly activities in the new rooms together, writes nothing, then commits them in one step', async () => {
    const preview = await previewOf(await workbookOf(centerSheets('甲')))
    expect(preview.errors).toEqual([])
    expect(preview.kind).toBe('center')
    expect(preview.summary).toMatchObject({ rows: 232, created: 232, failed: 0 })
    expect(preview.sheets!.map((s) => [s.sheet, s.summary.created])).toEqual([['房间', 12], ['居民', 200], ['活动', 20]])
    expect(await roomsNamed('甲')).toEqual([])

    const res = await api().commit(w.as.staff, preview.id)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ status: 'committed', summary: { created: 232 } })
    const rooms = await roomsNamed('甲')
    expect(rooms).toHaveLength(12)
    expect(await residentsRegistered('1370000')).toHaveLength(200)
    const activities = await activitiesNamed('甲')
    expect(activities).toHaveLength(20)
    const roomOf = new Map(rooms.map((r) => [r.id, r.name]))
    const first = activities.find((a) => a.title === '甲活动1')!
    expect(roomOf.get(first.room_id ?? '')).toBe('甲活动室1')
    expect(first.rrule).toContain('BYDAY=TU')
  })

  it('reads the same workbook again as all unchanged, and committing it writes nothing new', async () => {
    const preview = await previewOf(await workbookOf(centerSheets('甲')))
    expect(preview.errors).toEqual([])
    expect(preview.summary).toMatchObject({ rows: 232, created: 0, updated: 0, unchanged: 232 })
    expect((await api().commit(w.as.staff, preview.id)).statusCode).toBe(200)
    expect(await roomsNamed('甲')).toHaveLength(12)
    expect(await activitiesNamed('甲')).toHaveLength(20)
  })

  it('shows errors by sheet, row and column, and an error in one sheet commits nothing from any sheet', async () => {
    const sheets = centerSheets('乙')
    sheets['活动']![5]![2] = '没有的房间'
    const preview = await previewOf(await workbookOf(sheets))
    expect(preview.errors).toEqual([{ sheet: '活动', row: 6, column: '房间', message: '本中心没有名为“没有的房间”的房间' }])
    expect(preview.sheets!.find((s) => s.sheet === '活动')!.summary.failed).toBe(1)
    expect((await api().commit(w.as.staff, preview.id)).json()).toMatchObject({ code: 'import_has_errors' })
    expect(await roomsNamed('乙')).toEqual([])
    expect(await residentsRegistered('1360000')).toEqual([])
  })

  it('refuses the whole workbook when a later sheet no longer passes at commit, after earlier sheets were written in the same transaction', async () => {
    const preview = await previewOf(await workbookOf(centerSheets('乙')))
    expect(preview.errors).toEqual([])
    // Someone registers one of the file's numbers under another name between preview and commit.
    await ctx.db.insertInto('residents').values({ name: '另一个人', phone: '13600000007', password_hash: '', organisation_name: null }).execute()
    const res = await api().commit(w.as.staff, preview.id)
    expect(res.statusCode, res.body).toBe(409)
    expect(res.json()).toMatchObject({ code: 'import_changed' })
    expect(res.json().message).toContain('居民')
    expect(await roomsNamed('乙')).toEqual([])
    expect(await activitiesNamed('乙')).toEqual([])
  })

  it('skips sheets the workbook leaves out, and refuses a sheet with content under a name that is not one of its sheets', async () => {
    const onlyRooms = await previewOf(await workbookOf({ 房间: [ROOMS, ['丙活动室', '会议室', 10, 1, '居民可预约']], Sheet2: [] }))
    expect(onlyRooms.sheets!.map((s) => s.sheet)).toEqual(['房间'])
    const res = await upload(await workbookOf({ 房间: [ROOMS, ['丙活动室', '会议室', 10, 1, '居民可预约']], 房屋: [ROOMS, ['丁活动室', '会议室', 10, 1, '居民可预约']] }))
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'import_unknown_sheet' })
    expect(res.json().message).toContain('房屋')
    const csv = await upload(csvOf([ROOMS, ['丙活动室', '会议室', 10, 1, '居民可预约']]))
    expect(csv.statusCode).toBe(415)
  })

  it('refuses another center\'s staff, for the upload and for the commit', async () => {
    const file = await workbookOf({ 房间: [ROOMS, ['戊活动室', '会议室', 10, 1, '居民可预约']] })
    expect((await upload(file, w.as.staff, w.centerB)).statusCode).toBe(403)
    const preview = await previewOf(file)
    const foreign = (await signIn(ctx.app, (await newStaff(ctx.db, 'center_staff', { centerId: w.centerB })).username)).cookie
    expect((await api().commit(foreign, preview.id)).statusCode).toBe(403)
    expect(await roomsNamed('戊')).toEqual([])
  })
})
