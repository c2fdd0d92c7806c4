import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { ImportPreview } from '@linli/contracts'
import { countRows, newStaff, newWorld, signIn } from './support/factories'
import { XLSX, csvOf, importClient, residentRows, xlsxOf } from './support/import-files'
import { useTestApp } from './support/test-app'

const newStaffCookie = async (ctx: { app: Parameters<typeof signIn>[0]; db: Parameters<typeof newStaff>[0] }, centerId: string) =>
  (await signIn(ctx.app, (await newStaff(ctx.db, 'center_staff', { centerId })).username)).cookie
const ROOM_HEADER = ['房间名称', '类型', '容量', '楼层', '预约方式', '需要审批', '设施', '说明', '启用']
const RESIDENT_HEADER = ['姓名', '手机号', '家庭', '组织', '登记日期']
const rooms = (n: number) => Array.from({ length: n }, (_, i) => [`活动室${i + 1}`, i === 0 ? '党员活动室' : '多功能活动室', 20 + i, 1 + (i % 3), '居民可预约', '否', '投影仪、音响', '', '是'])

describe('spreadsheet imports: templates, preview, commit', () => {
  const ctx = useTestApp()
  let w: Awaited<ReturnType<typeof newWorld>>
  const api = () => importClient(ctx.app)

  it('builds the world', async () => {
    w = await newWorld(ctx.app, ctx.db)
  })

  it('offers each template in XLSX and CSV with Chinese headers and an example row that imports as it is', async () => {
    const xlsx = await api().template(w.as.staff, 'rooms', 'xlsx')
    expect(xlsx.statusCode).toBe(200)
    expect(xlsx.headers['content-type']).toBe(XLSX)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).values).toEqual([undefined, ...ROOM_HEADER])
    expect(sheet.getRow(2).getCell(1).value).toBe('党员活动室')
    expect(sheet.getRow(2).getCell(3).value).toBe(30)
    const csv = await api().template(w.as.staff, 'residents', 'csv')
    expect(csv.body.startsWith('\ufeff"姓名","手机号","家庭","组织","登记日期"')).toBe(true)
    for (const kind of ['volunteers', 'volunteer-teams', 'centers']) expect((await api().template(w.as.staff, kind, 'csv')).statusCode).toBe(200)
    expect((await ctx.app.inject({ method: 'GET', url: '/api/imports/templates/rooms' })).statusCode).toBe(401)
  })

  let roomsFile: Buffer
  let residentsFile: Buffer
  it('imports a center from the templates: 12 rooms and 200 residents, previewed first, then written in one step each', async () => {
    roomsFile = await xlsxOf([ROOM_HEADER, ...rooms(12)])
    const preview: ImportPreview = (await api().upload(w.as.staff, `centers/${w.centerA}/imports/rooms`, roomsFile)).json()
    expect(preview.summary).toEqual({ rows: 12, created: 12, updated: 0, unchanged: 0, failed: 0, emptyRows: 0 })
    expect(preview.errors).toEqual([])
    expect(preview.rows[0]).toEqual({ row: 2, cells: ['活动室1', '党员活动室', '20', '1', '居民可预约', '否', '投影仪、音响', '', '是'], outcome: 'created' })
    expect(await countRows(ctx.db, 'rooms')).toBe(0)

    const committed = await api().commit(w.as.staff, preview.id)
    expect(committed.statusCode).toBe(200)
    expect(committed.json().status).toBe('committed')
    const list = (await ctx.app.inject({ method: 'GET', url: `/api/centers/${w.centerA}/rooms` })).json().items
    expect(list).toHaveLength(12)
    expect(list.find((r: { name: string }) => r.name === '活动室1')).toMatchObject({ kind: 'party_activity', capacity: 20, floor: 1, access: 'resident', amenities: ['投影仪', '音响'] })

    residentsFile = csvOf([RESIDENT_HEADER, ...residentRows(200)])
    const residents: ImportPreview = (await api().upload(w.as.staff, `centers/${w.centerA}/imports/residents`, residentsFile, 'text/csv')).json()
    expect(residents.summary).toMatchObject({ rows: 200, created: 200, failed: 0 })
    expect((await api().commit(w.as.staff, residents.id)).json().summary.created).toBe(200)
    const found = (await ctx.app.inject({ method: 'GET', url: `/api/centers/${w.centerA}/residents?q=居民17`, headers: { cookie: w.as.staff } })).json()
    expect(found.items.map((r: { name: string }) => r.name)).toContain('居民17')
    expect(await countRows(ctx.db, 'households')).toBe(100)
    const households = (await ctx.app.inject({ method: 'GET', url: `/api/centers/${w.centerA}/households`, headers: { cookie: w.as.staff } })).json()
    expect(households.items.find((h: { name: string }) => h.name === '幸福里 1 号').members).toHaveLength(2)
    const organisations = await ctx.db.selectFrom('organisations').innerJoin('organisation_members as m', 'm.organisation_id', 'organisations.id').select('organisations.name').where('center_id', '=', w.centerA).execute()
    expect(organisations).toHaveLength(20)
  })

  it('imports the same files again as unchanged rows and writes nothing new', async () => {
    const again: ImportPreview = (await api().upload(w.as.staff, `centers/${w.centerA}/imports/rooms`, roomsFile)).json()
    expect(again.summary).toMatchObject({ created: 0, updated: 0, unchanged: 12 })
    await api().commit(w.as.staff, again.id)
    const residents: ImportPreview = (await api().upload(w.as.staff, `centers/${w.centerA}/imports/residents`, residentsFile, 'text/csv')).json()
    expect(residents.summary).toMatchObject({ created: 0, updated: 0, unchanged: 200 })
    await api().commit(w.as.staff, residents.id)
    expect(await countRows(ctx.db, 'rooms')).toBe(12)
    expect(await countRows(ctx.db, 'residents')).toBe(200)
    expect(await countRows(ctx.db, 'center_residents')).toBe(200)
    expect(await countRows(ctx.db, 'household_members')).toBe(200)
  })

  it('reports a changed row as updated and changes only what the file says', async () => {
    const changed = rooms(12)
    changed[3]![2] = 99
    const preview: ImportPreview = (await api().upload(w.as.staff, `centers/${w.centerA}/imports/rooms`, await xlsxOf([ROOM_HEADER, ...changed]))).json()
    expect(preview.summary).toMatchObject({ updated: 1, unchanged: 11 })
    expect(preview.rows.find((r) => r.row === 5)!.outcome).toBe('updated')
    await api().commit(w.as.staff, preview.id)
    const room = await ctx.db.selectFrom('rooms').select('capacity').where('name', '=', '活动室4').executeTakeFirstOrThrow()
    expect(room.capacity).toBe(99)
  })

  it('shows every bad row by row number and column in Chinese, and refuses to commit any of them', async () => {
    const file = await xlsxOf([
      RESIDENT_HEADER,
      ['张三', '+86 139 0000 0001', null, null, '2026年3月1日'],
      ['李四', '12345', null, null, null],
      ['王五', '139-0000-0001', null, null, null],
      [null, null, null, null, null],
      ['赵六', '13900000002', null, null, '三月一日'],
      ['', '13900000003', null, null, null],
      ['居民1', '13700000001', null, null, null],
    ])
    const before = await countRows(ctx.db, 'residents')
    const preview: ImportPreview = (await api().upload(w.as.staff, `centers/${w.centerA}/imports/residents`, file)).json()
    expect(preview.errors).toEqual([
      { row: 3, column: '手机号', message: '手机号无效：“12345”，应为 11 位手机号，如 13800138000' },
      { row: 4, column: '手机号', message: '手机号 13900000001 与第 2 行重复，同一文件中每人只能出现一次' },
      { row: 6, column: '登记日期', message: '登记日期无法识别：“三月一日”，请写成 2026-03-01' },
      { row: 7, column: '姓名', message: '姓名不能为空' },
      { row: 8, column: '姓名', message: '手机号 13700000001 已登记为“居民2”，与表中“居民1”不一致；如要改名请在居民页修改' },
    ])
    expect(preview.summary).toMatchObject({ rows: 6, created: 1, failed: 5, emptyRows: 1 })
    const commit = await api().commit(w.as.staff, preview.id)
    expect(commit.statusCode).toBe(409)
    expect(commit.json().code).toBe('import_has_errors')
    expect(await countRows(ctx.db, 'residents')).toBe(before)
  })

  it('reads formula cells and typed formulas as text, never their results', async () => {
    const file = await xlsxOf([ROOM_HEADER, ['=1+1', '书吧', 10, 1, '开放使用', null, null, '=HYPERLINK("http://x")', null]], { formulas: true })
    const preview: ImportPreview = (await api().upload(w.as.staff, `centers/${w.centerA}/imports/rooms`, file)).json()
    expect(preview.rows[0]!.cells.slice(0, 2)).toEqual(['=1+1', '书吧'])
    await api().commit(w.as.staff, preview.id)
    const room = await ctx.db.selectFrom('rooms').select(['name', 'description']).where('kind', '=', 'book_bar').executeTakeFirstOrThrow()
    expect(room).toEqual({ name: '=1+1', description: '=HYPERLINK("http://x")' })
  })

  it('reports merged cells by the rows and column they cover', async () => {
    const file = await xlsxOf([RESIDENT_HEADER, ['甲', '13600000001', '同一户', null, null], ['乙', '13600000002', null, null, null]], { merges: ['C2:C3'] })
    const preview: ImportPreview = (await api().upload(w.as.staff, `centers/${w.centerA}/imports/residents`, file)).json()
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual([[2, '家庭'], [3, '家庭']])
    expect(preview.errors[0]!.message).toContain('合并单元格')
  })

  it('reports an unknown room kind with what may be written instead', async () => {
    const preview: ImportPreview = (await api().upload(w.as.staff, `centers/${w.centerA}/imports/rooms`, csvOf([ROOM_HEADER, ['新房间', '游泳池', 10, 1, '居民可预约']]), 'text/csv')).json()
    expect(preview.errors).toHaveLength(1)
    expect(preview.errors[0]).toMatchObject({ row: 2, column: '类型' })
    expect(preview.errors[0]!.message).toMatch(/^未知的类型“游泳池”，可填：党员活动室、多功能活动室/)
  })

  it('commits a batch once, for staff of its center only, before it expires', async () => {
    const preview: ImportPreview = (await api().upload(w.as.staff, `centers/${w.centerA}/imports/rooms`, csvOf([ROOM_HEADER, ['会议室A', '会议室', 12, 2, '仅工作人员']]), 'text/csv')).json()
    const foreign = (await newStaffCookie(ctx, w.centerB))
    expect((await api().commit(foreign, preview.id)).statusCode).toBe(403)
    expect((await ctx.app.inject({ method: 'GET', url: `/api/imports/${preview.id}`, headers: { cookie: foreign } })).statusCode).toBe(403)
    expect((await ctx.app.inject({ method: 'GET', url: '/api/imports/00000000-0000-4000-8000-000000000000', headers: { cookie: w.as.staff } })).statusCode).toBe(404)
    expect((await ctx.app.inject({ method: 'GET', url: `/api/imports/${preview.id}`, headers: { cookie: w.as.manager } })).json().summary.created).toBe(1)
    expect((await api().commit(w.as.manager, preview.id)).statusCode).toBe(200)
    const twice = await api().commit(w.as.staff, preview.id)
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'import_committed'])

    const late: ImportPreview = (await api().upload(w.as.staff, `centers/${w.centerA}/imports/rooms`, csvOf([ROOM_HEADER, ['会议室B', '会议室', 12, 2, '仅工作人员']]), 'text/csv')).json()
    const now = ctx.now
    ctx.now = new Date(now.getTime() + 61 * 60_000)
    const expired = await api().commit(w.as.staff, late.id)
    ctx.now = now
    expect([expired.statusCode, expired.json().code]).toEqual([410, 'import_expired'])
    expect(await ctx.db.selectFrom('rooms').select('id').where('name', '=', '会议室B').executeTakeFirst()).toBeUndefined()
  })

  it('writes nothing when a row stopped passing between preview and commit', async () => {
    const file = csvOf([RESIDENT_HEADER, ['新人甲', '13500000001', null, null, null], ['新人乙', '13500000002', null, null, null]])
    const preview: ImportPreview = (await api().upload(w.as.staff, `centers/${w.centerA}/imports/residents`, file, 'text/csv')).json()
    expect(preview.summary.created).toBe(2)
    // Meanwhile the second number signs up under another name.
    await ctx.db.insertInto('residents').values({ name: '别人', phone: '13500000002', password_hash: 'x' }).execute()
    const before = await countRows(ctx.db, 'residents')
    const commit = await api().commit(w.as.staff, preview.id)
    expect(commit.statusCode).toBe(409)
    expect(commit.json()).toMatchObject({ code: 'import_changed', details: [{ path: '第3行/姓名' }] })
    expect(await countRows(ctx.db, 'residents')).toBe(before)
    expect(await ctx.db.selectFrom('residents').select('id').where('phone', '=', '13500000001').executeTakeFirst()).toBeUndefined()
  })

  it('imports volunteer teams and their members, making accounts and teams it does not find', async () => {
    const teams: ImportPreview = (await api().upload(w.as.staff, `centers/${w.centerA}/imports/volunteer-teams`, csvOf([['团队名称', '简介'], ['银龄志愿服务队', '陪伴老人']]), 'text/csv')).json()
    await api().commit(w.as.staff, teams.id)
    const header = ['姓名', '手机号', '志愿服务队', '公开昵称', '同意上榜', '加入日期', '在队']
    const file = csvOf([header, ['居民1', '13700000000', '银龄志愿服务队', '热心人', '是', '2026-01-05', '是'], ['新志愿者', '13400000001', '环保队', null, '否', null, null], ['无昵称', '13400000002', '环保队', null, '是', null, null]])
    const preview: ImportPreview = (await api().upload(w.as.staff, `centers/${w.centerA}/imports/volunteers`, file, 'text/csv')).json()
    expect(preview.errors).toEqual([{ row: 4, column: '公开昵称', message: '同意上榜的志愿者需要填写公开昵称' }])
    const fixed = csvOf([header, ['居民1', '13700000000', '银龄志愿服务队', '热心人', '是', '2026-01-05', '是'], ['新志愿者', '13400000001', '环保队', null, '否', null, null]])
    const ok: ImportPreview = (await api().upload(w.as.staff, `centers/${w.centerA}/imports/volunteers`, fixed, 'text/csv')).json()
    expect(ok.summary).toMatchObject({ created: 2, failed: 0 })
    await api().commit(w.as.staff, ok.id)
    const list = (await ctx.app.inject({ method: 'GET', url: `/api/centers/${w.centerA}/volunteer-teams`, headers: { cookie: w.as.staff } })).json().items
    expect(list.map((t: { name: string; memberCount: number }) => [t.name, t.memberCount]).sort()).toEqual([['环保队', 1], ['银龄志愿服务队', 1]])
    const again: ImportPreview = (await api().upload(w.as.staff, `centers/${w.centerA}/imports/volunteers`, fixed, 'text/csv')).json()
    expect(again.summary).toMatchObject({ unchanged: 2 })
  })

  it('lets a district admin import the centers of their region, and nobody else', async () => {
    const header = ['中心名称', '所属区域', '地址', '面积（平方米）', '联系人', '联系电话']
    const subName = (await ctx.db.selectFrom('regions').select('name').where('id', '=', w.subA.id).executeTakeFirstOrThrow()).name
    const file = csvOf([header, ['新建党群服务中心', subName, '郑州市金水区 1 号', '3000', '张主任', '0371-66668888'], ['别处中心', '不存在的街道', '地址', 100, null, null]])
    const preview: ImportPreview = (await api().upload(w.as.admin, `regions/${w.districtA.id}/imports/centers`, file, 'text/csv')).json()
    expect(preview.errors).toEqual([{ row: 3, column: '所属区域', message: '在您管理的区域中找不到“不存在的街道”，请填写区、街道或社区的全称' }])
    const ok: ImportPreview = (await api().upload(w.as.admin, `regions/${w.districtA.id}/imports/centers`, csvOf([header, ['新建党群服务中心', subName, '郑州市金水区 1 号', '3000㎡', '张主任', '0371-66668888']]), 'text/csv')).json()
    expect(ok.summary.created).toBe(1)
    await api().commit(w.as.admin, ok.id)
    const centers = (await ctx.app.inject({ method: 'GET', url: `/api/centers?regionId=${w.districtA.id}` })).json().items
    expect(centers.find((c: { name: string }) => c.name === '新建党群服务中心')).toMatchObject({ areaM2: 3000, regionId: w.subA.id })
    expect((await api().upload(w.as.admin, `regions/${w.districtB.id}/imports/centers`, file, 'text/csv')).statusCode).toBe(403)
    expect((await api().upload(w.as.manager, `regions/${w.districtA.id}/imports/centers`, file, 'text/csv')).statusCode).toBe(403)
    expect((await api().upload(w.as.admin, `centers/${w.centerA}/imports/centers`, file, 'text/csv')).statusCode).toBe(404)
  })

  it('refuses another center, an unknown center and the signed-out, as the rooms pages do', async () => {
    const file = csvOf([ROOM_HEADER, ['外人房间', '会议室', 12, 2, '仅工作人员']])
    const foreign = await api().upload(w.as.staff, `centers/${w.centerB}/imports/rooms`, file, 'text/csv')
    expect(foreign.statusCode).toBe(403)
    expect((await api().upload(w.as.admin, `centers/${w.centerB}/imports/rooms`, file, 'text/csv')).statusCode).toBe(403)
    expect((await api().upload(w.as.staff, 'centers/00000000-0000-4000-8000-000000000000/imports/rooms', file, 'text/csv')).statusCode).toBe(404)
    expect((await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/imports/rooms`, headers: { 'content-type': 'text/csv' }, payload: file })).statusCode).toBe(401)
    expect((await api().upload(w.as.staff, `centers/${w.centerA}/imports/bookings`, file, 'text/csv')).statusCode).toBe(400)
    expect(await ctx.db.selectFrom('rooms').select('id').where('name', '=', '外人房间').executeTakeFirst()).toBeUndefined()
  })
})
