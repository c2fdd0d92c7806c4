import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { Booking, DeskResident, Room, RosterEntry, ServiceRequest, VolunteerMember } from '@linli/contracts'
import { localDateOf } from '@linli/schedule'
import { withinLimit } from '../src/modules/list-exports/send-export'
import { roomColumns } from '../src/spreadsheets/columns/rooms'
import { volunteerColumns } from '../src/spreadsheets/columns/volunteers'
import type { Columns } from '../src/spreadsheets/columns/column'
import { readSheetText } from '../src/spreadsheets/read'
import { newParticipationWorld } from './support/participation-world'
import { parseCsv } from './support/scope-specs'
import { useTestApp } from './support/test-app'

type Res = Awaited<ReturnType<ReturnType<typeof useTestApp>['app']['inject']>>

/** A CSV answer as text cells, the formula-safe apostrophe taken off as a spreadsheet shows it. */
const csvCells = (res: Res) => parseCsv(res.body).map((r) => r.map((c) => c.replace(/^'(?=[=+\-@\t\r])/, '')))
const xlsxCells = async (res: Res) => (await readSheetText(new Uint8Array(res.rawPayload))).map((r) => r.map((c) => c))
/** The cells of one column, by its header. */
const column = (cells: string[][], header: string) => {
  const i = cells[0]!.indexOf(header)
  expect(i, header).toBeGreaterThanOrEqual(0)
  return cells.slice(1).map((r) => r[i] ?? '')
}
/** Reads each cell back with its column's own import parser: what a re-import would make of the file. */
const parsed = (columns: Columns, cells: string[][]) =>
  cells.slice(1).map((r) => Object.fromEntries(columns.map((c, i) => {
    const text = (r[i] ?? '').trim()
    const v = text ? c.parse(text) : { value: null }
    return [c.key, 'value' in v ? v.value : `ERROR ${v.error}`]
  })))

describe('list exports: every admin list as CSV and XLSX with its filters', () => {
  const ctx = useTestApp()

  async function world() {
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const get = (url: string, cookie = w.as.staff) => ctx.app.inject({ url, headers: { cookie } })
    const walkIn = (roomId: string, startsLocal: string, endsLocal: string, purpose: string) => ctx.app.inject({
      method: 'POST', url: `/api/rooms/${roomId}/staff-bookings`, headers: { cookie: w.as.staff },
      payload: { startsLocal, endsLocal, purpose, headcount: 4, walkIn: { name: '赵先生', phone: '13600000000' } },
    })
    return { ...w, get, walkIn }
  }

  it('exports bookings with the list filters: the same rows in the same order, in CSV and XLSX alike, formulas as text', async () => {
    const w = await world()
    for (const [day, purpose] of [['2026-11-21', '=HYPERLINK("http://x","点我")'], ['2026-11-23', '+读书会'], ['2026-11-30', '调解']] as const) {
      expect((await w.walkIn(w.room.id, `${day}T10:00`, `${day}T11:00`, purpose)).statusCode).toBe(201)
    }
    expect((await w.book(w.alice.cookie, w.hall.id, w.slot('2026-11-24', '14:00', '15:00'))).statusCode).toBe(201)
    const filters = 'status=approved&from=2026-11-20&to=2026-11-26'
    const list = (await w.get(`/api/centers/${w.centerA}/bookings?${filters}`)).json().items as Booking[]
    expect(list.map((b) => b.purpose)).toEqual(['=HYPERLINK("http://x","点我")', '+读书会'])

    const csv = await w.get(`/api/centers/${w.centerA}/bookings/export?${filters}&format=csv`)
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-type']).toContain('text/csv')
    expect(csv.body.startsWith('\ufeff"房间"')).toBe(true)
    // Neutralised in the file itself: no cell starts a formula.
    expect(csv.body).not.toMatch(/(^|,)"[=+\-@]/m)
    const cells = csvCells(csv)
    expect(column(cells, '编号')).toEqual(list.map((b) => b.id))
    expect(column(cells, '用途')).toEqual(list.map((b) => b.purpose))
    expect(column(cells, '状态')).toEqual(['已通过', '已通过'])
    expect(column(cells, '日期')).toEqual(['2026-11-21', '2026-11-23'])
    expect(column(cells, '开始时间')).toEqual(['10:00', '10:00'])

    const xlsx = await w.get(`/api/centers/${w.centerA}/bookings/export?${filters}&format=xlsx`)
    expect(xlsx.headers['content-type']).toContain('spreadsheetml')
    expect(await xlsxCells(xlsx)).toEqual(cells)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    const purposeCol = cells[0]!.indexOf('用途') + 1
    expect(workbook.worksheets[0]!.getRow(2).getCell(purposeCol).type).toBe(ExcelJS.ValueType.String)

    // A filter the list has (the room needing approval, pending) narrows the file the same way.
    const pending = csvCells(await w.get(`/api/centers/${w.centerA}/bookings/export?status=requested&roomId=${w.hall.id}&format=csv`))
    expect(column(pending, '房间')).toEqual(['多功能厅'])
    expect(column(pending, '预约人')).toEqual(['王阿姨'])
  })

  it('names the file for the center, the list and the day (RFC 5987 for Chinese), with an ASCII fallback', async () => {
    const w = await world()
    const center = await ctx.db.selectFrom('centers').select('name').where('id', '=', w.centerA).executeTakeFirstOrThrow()
    const res = await w.get(`/api/centers/${w.centerA}/bookings/export?format=xlsx`)
    const disposition = String(res.headers['content-disposition'])
    expect(disposition).toContain('filename="linli-bookings-2026-11-20.xlsx"')
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(`${center.name}-预约-2026-11-20.xlsx`)}`)
  })

  it("answers another center's export as its list: refused, with nothing of it", async () => {
    const w = await world()
    const lists = ['bookings', 'service-requests', 'volunteer-members', 'residents', 'rooms']
    for (const list of lists) {
      const listed = await w.get(`/api/centers/${w.centerB}/${list}${list === 'rooms' ? '?includeInactive=true' : ''}`, w.as.manager)
      const exported = await w.get(`/api/centers/${w.centerB}/${list}/export?format=csv`, w.as.manager)
      if (list !== 'rooms') expect(exported.statusCode, list).toBe(listed.statusCode)
      expect(exported.statusCode, list).toBe(403)
      expect(exported.json().code, list).toBe('forbidden')
    }
    expect((await w.get(`/api/centers/${w.centerA}/bookings/export?format=csv`, w.alice.cookie)).statusCode).toBe(401)
    expect((await w.get(`/api/centers/${w.centerA}/bookings/export?format=pdf`)).statusCode).toBe(400)
    expect((await w.get(`/api/centers/${w.centerA}/bookings/export`)).statusCode).toBe(400)
  })

  it("exports an activity date's sign-up list as the roster has it, to the center's staff only", async () => {
    const w = await world()
    const { occurrenceId } = await w.activity({ capacity: 1 })
    await w.registered(w.alice.cookie, occurrenceId)
    await w.registered(w.bob.cookie, occurrenceId)
    const roster = (await w.roster(occurrenceId)).json().entries as RosterEntry[]
    const res = await w.get(`/api/occurrences/${occurrenceId}/roster/export?format=xlsx`)
    expect(res.statusCode).toBe(200)
    const cells = await xlsxCells(res)
    expect(column(cells, '编号')).toEqual(roster.map((e) => e.id))
    expect(column(cells, '姓名')).toEqual(['王阿姨', '刘大爷'])
    expect(column(cells, '手机号')).toEqual(roster.map((e) => e.residentPhone))
    expect(column(cells, '状态')).toEqual(['已报名', '候补'])
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('健康讲座-2026-11-23-报名'))
    const other = await newParticipationWorld(ctx.app, ctx.db)
    expect((await w.get(`/api/occurrences/${occurrenceId}/roster/export?format=csv`, other.as.staff)).statusCode).toBe(403)
  })

  it('exports service requests filtered by category and days, every matching one rather than a page', async () => {
    const w = await world()
    const log = (body: object) => ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/service-requests`, headers: { cookie: w.as.staff }, payload: body })
    for (const description of ['@SUM(1)咨询医保', '咨询社保转移', '咨询退休']) expect((await log({ category: 'social_security', description })).statusCode).toBe(201)
    expect((await log({ category: 'policy', description: '咨询老年证' })).statusCode).toBe(201)
    const list = (await w.get(`/api/centers/${w.centerA}/service-requests?category=social_security&from=2026-11-20&to=2026-11-20&limit=500`)).json() as { items: ServiceRequest[] }
    const cells = csvCells(await w.get(`/api/centers/${w.centerA}/service-requests/export?category=social_security&from=2026-11-20&to=2026-11-20&format=csv`))
    expect(column(cells, '编号')).toEqual(list.items.map((r) => r.id))
    expect(column(cells, '类别')).toEqual(['社保医保', '社保医保', '社保医保'])
    expect(column(cells, '诉求内容')).toContain('@SUM(1)咨询医保')
    expect(column(cells, '受理时间')).toEqual(list.items.map(() => '2026-11-20 10:00'))
    // limit and offset are the page's, not the file's.
    expect((await w.get(`/api/centers/${w.centerA}/service-requests/export?limit=1&format=csv`)).statusCode).toBe(400)
  })

  it('exports the audit log (CSV and XLSX) with its filters, for managers only; the old CSV link writes the same file', async () => {
    const w = await world()
    expect((await ctx.app.inject({ method: 'PATCH', url: `/api/rooms/${w.room.id}`, headers: { cookie: w.as.manager }, payload: { description: '=1+2' } })).statusCode).toBe(200)
    const list = (await w.get(`/api/audit?centerId=${w.centerA}&entity=room`, w.as.manager)).json().items as { entityId: string; action: string }[]
    expect(list.length).toBeGreaterThan(0)
    const csv = await w.get(`/api/audit/export?centerId=${w.centerA}&entity=room&format=csv`, w.as.manager)
    const cells = csvCells(csv)
    expect(column(cells, '对象编号')).toEqual(list.map((e) => e.entityId))
    expect(column(cells, '操作')).toEqual(list.map((e) => e.action))
    expect(csv.body).not.toMatch(/(^|,)"[=+\-@]/m)
    expect(await xlsxCells(await w.get(`/api/audit/export?centerId=${w.centerA}&entity=room&format=xlsx`, w.as.manager))).toEqual(cells)
    const old = await w.get(`/api/audit.csv?centerId=${w.centerA}&entity=room`, w.as.manager)
    expect(csvCells(old)).toEqual(cells)
    expect((await w.get(`/api/audit/export?format=csv`)).statusCode).toBe(403)
    expect((await w.get(`/api/audit/export?centerId=${w.centerB}&format=csv`, w.as.manager)).statusCode).toBe(403)
  })

  it('exports rooms in the rooms import columns, each cell reading back as the room it came from', async () => {
    const w = await world()
    await ctx.db.updateTable('rooms').set({ active: false, amenities: ['投影仪', '音响'], description: '-二楼东侧' }).where('id', '=', w.open.id).execute()
    const list = (await w.get(`/api/centers/${w.centerA}/rooms?includeInactive=true`)).json().items as Room[]
    const cells = csvCells(await w.get(`/api/centers/${w.centerA}/rooms/export?includeInactive=true&format=csv`))
    expect(cells[0]).toEqual(roomColumns.map((c) => c.header))
    expect(parsed(roomColumns, cells)).toEqual(list.map((r) => ({
      name: r.name, kind: r.kind, capacity: r.capacity, floor: r.floor, access: r.access, requiresApproval: r.requiresApproval,
      amenities: r.amenities.length ? r.amenities : null, description: r.description || null, active: r.active,
    })))
    const active = csvCells(await w.get(`/api/centers/${w.centerA}/rooms/export?format=csv`))
    expect(column(active, '房间名称')).not.toContain('书吧')
    // Public as the list is, but its file is the center's staff's.
    expect((await ctx.app.inject(`/api/centers/${w.centerA}/rooms/export?format=csv`)).statusCode).toBe(401)
  })

  it('exports residents found as the list finds them, numbers masked as the list shows them to every role', async () => {
    const w = await world()
    const register = (name: string, phone: string) => ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/residents`, headers: { cookie: w.as.staff }, payload: { name, phone, household: '3号楼' } })
    expect((await register('=王建国', '13712345678')).statusCode).toBe(201)
    expect((await register('李秀兰', '13787654321')).statusCode).toBe(201)
    for (const cookie of [w.as.staff, w.as.manager, w.as.admin]) {
      const list = (await w.get(`/api/centers/${w.centerA}/residents?q=王`, cookie)).json().items as DeskResident[]
      const cells = csvCells(await w.get(`/api/centers/${w.centerA}/residents/export?q=${encodeURIComponent('王')}&format=csv`, cookie))
      expect(column(cells, '姓名')).toEqual(list.map((r) => r.name))
      expect(column(cells, '手机号')).toEqual(list.map((r) => r.maskedPhone))
      expect(column(cells, '手机号')).toContain('137****5678')
      expect(column(cells, '姓名')).not.toContain('李秀兰')
    }
  })

  it('exports residents with full numbers for managers (fullPhones=true), a file the residents import reads back as unchanged, and logs it', async () => {
    const w = await world()
    const register = (name: string, phone: string) => ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/residents`, headers: { cookie: w.as.staff }, payload: { name, phone, household: '3号楼' } })
    expect((await register('=钱建国', '13911112222')).statusCode).toBe(201)
    const xiulan = await register('钱秀兰', '13933334444')
    expect(xiulan.statusCode).toBe(201)
    // 家庭 is the household the import reads, not the desk's address (3号楼), which it would make into a new household.
    expect((await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/households`, headers: { cookie: w.as.staff }, payload: { name: '钱家', memberIds: [xiulan.json().id] } })).statusCode).toBe(201)
    const audited = () => ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'export_full_phones').execute()
    const full = (format: string, cookie: string, center = w.centerA) => w.get(`/api/centers/${center}/residents/export?q=${encodeURIComponent('钱')}&fullPhones=true&format=${format}`, cookie)

    // Staff keep the masked file and are told why; nothing is logged.
    const refused = await full('csv', w.as.staff)
    expect(refused.statusCode).toBe(403)
    expect(refused.json().code).toBe('full_phones_managers_only')
    expect(refused.json().message).toContain('完整手机号')
    // Another center's manager is refused as for the list itself.
    const elsewhere = await full('csv', w.as.manager, w.centerB)
    expect(elsewhere.statusCode).toBe(403)
    expect(elsewhere.json().code).toBe('forbidden')
    expect(await audited()).toEqual([])
    // Without the option, managers get the masked file too.
    expect(column(csvCells(await w.get(`/api/centers/${w.centerA}/residents/export?q=${encodeURIComponent('钱')}&format=csv`, w.as.manager)), '手机号').sort()).toEqual(['139****2222', '139****4444'])

    const manager = await ctx.db.selectFrom('staff').select('id').where('username', '=', w.usernames.manager).executeTakeFirstOrThrow()
    for (const [format, type] of [['csv', 'text/csv'], ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']] as const) {
      const file = await full(format, w.as.manager)
      expect(file.statusCode, format).toBe(200)
      const cells = format === 'csv' ? csvCells(file) : await xlsxCells(file)
      expect(column(cells, '手机号').sort(), format).toEqual(['13911112222', '13933334444'])
      expect(column(cells, '家庭').sort(), format).toEqual(['', '钱家'])
      const preview = await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/imports/residents`, headers: { cookie: w.as.manager, 'content-type': type }, payload: file.rawPayload })
      expect(preview.statusCode, format).toBe(201)
      expect(preview.json().summary, format).toEqual({ rows: 2, created: 0, updated: 0, unchanged: 2, failed: 0, emptyRows: 0 })
    }
    const entries = (await audited()).sort((x, y) => String((x.after as { format: string }).format).localeCompare(String((y.after as { format: string }).format)))
    expect(entries.map((e) => ({ actor: e.actor_id, center: e.center_id, after: e.after }))).toEqual(['csv', 'xlsx'].map((format) => ({
      actor: manager.id, center: w.centerA, after: { exportedResidents: 2, format, search: '钱' },
    })))
  })

  it('exports volunteers filtered by team in the volunteers import columns, reading back as they are', async () => {
    const w = await world()
    const team = async (name: string) => (await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/volunteer-teams`, headers: { cookie: w.as.staff }, payload: { name } })).json().id as string
    const [silver, green] = [await team('银龄志愿服务队'), await team('环保志愿服务队')]
    const join = (teamId: string, residentId: string) => ctx.app.inject({ method: 'POST', url: `/api/volunteer-teams/${teamId}/members`, headers: { cookie: w.as.staff }, payload: { residentId } })
    expect((await join(silver, w.alice.id)).statusCode).toBe(201)
    expect((await join(green, w.bob.id)).statusCode).toBe(201)
    const list = (await w.get(`/api/centers/${w.centerA}/volunteer-members?teamId=${silver}`)).json().items as VolunteerMember[]
    const cells = await xlsxCells(await w.get(`/api/centers/${w.centerA}/volunteer-members/export?teamId=${silver}&format=xlsx`))
    expect(cells[0]).toEqual(volunteerColumns.map((c) => c.header))
    expect(parsed(volunteerColumns, cells)).toEqual(list.map((m) => ({
      name: m.name, phone: m.phone, team: '银龄志愿服务队', publicAlias: m.publicAlias, leaderboardConsent: m.leaderboardConsent, joinedOn: localDateOf(new Date(m.joinedAt), 'Asia/Shanghai'), active: true,
    })))
  })

  it('exports rooms and volunteers as files the imports read back as unchanged rows', async () => {
    const w = await world()
    await ctx.db.updateTable('rooms').set({ amenities: ['投影仪', '音响'], description: '=二楼东侧' }).where('id', '=', w.room.id).execute()
    const team = (await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/volunteer-teams`, headers: { cookie: w.as.staff }, payload: { name: '银龄志愿服务队' } })).json().id as string
    expect((await ctx.app.inject({ method: 'POST', url: `/api/volunteer-teams/${team}/members`, headers: { cookie: w.as.staff }, payload: { residentId: w.alice.id } })).statusCode).toBe(201)
    const upload = (kind: string, body: Buffer, type: string) =>
      ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/imports/${kind}`, headers: { cookie: w.as.staff, 'content-type': type }, payload: body })
    for (const [list, kind, format, type] of [
      ['rooms', 'rooms', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['rooms', 'rooms', 'csv', 'text/csv'],
      ['volunteer-members', 'volunteers', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ] as const) {
      const file = await w.get(`/api/centers/${w.centerA}/${list}/export?includeInactive=true&format=${format}`)
      const preview = await upload(kind, file.rawPayload, type)
      expect(preview.statusCode, `${kind} ${format}`).toBe(201)
      const rows = csvCells(await w.get(`/api/centers/${w.centerA}/${list}/export?includeInactive=true&format=csv`)).length - 1
      expect(preview.json().summary, `${kind} ${format}`).toEqual({ rows, created: 0, updated: 0, unchanged: rows, failed: 0, emptyRows: 0 })
    }
  })

  it('refuses a file over the row limit with 400 export_too_large rather than cutting it short', () => {
    expect(withinLimit([1, 2], 2)).toEqual([1, 2])
    expect(() => withinLimit([1, 2, 3], 2)).toThrow(expect.objectContaining({ statusCode: 400, code: 'export_too_large' }))
  })
})
