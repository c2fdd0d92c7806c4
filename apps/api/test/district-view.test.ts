import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { DistrictCalendar, DistrictScreen, RegionReport, ResidentGroup } from '@linli/contracts'
import { localToInstant } from '@linli/schedule'
import { completePairing, startPairing, touchScreen } from '../src/modules/screens/screens.repository'
import { newCenter, newResident, newRoom, newStaff, newSubdistrict, newWorld, signIn } from './support/factories'
import { reportFactories } from './support/report-world'
import { useTestApp } from './support/test-app'

/*
 * The district view: one calendar and one screen list across a region's centers, and the region
 * report's category breakdown and target-audience participation rate. District A has subdistrict
 * A (center A) and subdistrict A2 (center A2, placed in a community of A2); district B has center B.
 */
describe('district view: calendar, screens and region figures across the centers in scope', () => {
  const ctx = useTestApp()
  let w: Awaited<ReturnType<typeof newWorld>> & { subA2: string; centerA2: string; adminB: string; lecture: string; children: string }
  const get = (url: string, cookie: string) => ctx.app.inject({ method: 'GET', url, headers: { cookie } })
  const calendar = async (query: string, cookie = w.as.admin) => {
    const res = await get(`/api/regions/${w.districtA.id}/calendar?${query}`, cookie)
    expect(res.statusCode, res.body).toBe(200)
    return res.json() as DistrictCalendar
  }

  it('builds two districts with centers, activities, bookings and screens', async () => {
    const base = await newWorld(ctx.app, ctx.db)
    const subA2 = await newSubdistrict(ctx.db, base.districtA.id, '经八路街道')
    const community = (await ctx.db.insertInto('regions').values({ parent_id: subA2.id, level: 'community', name: '黄河社区' }).returning('id').executeTakeFirstOrThrow()).id
    const centerA2 = await newCenter(ctx.db, community, '经八路街道党群服务中心')
    const adminB = await newStaff(ctx.db, 'district_admin', { regionId: base.districtB.id })
    const a = reportFactories(ctx.db, base.centerA, 'Asia/Shanghai')
    const a2 = reportFactories(ctx.db, centerA2, 'Asia/Shanghai')
    const b = reportFactories(ctx.db, base.centerB, 'Asia/Shanghai')
    const lecture = await a.activity('银龄健康讲座', 'lecture', null)
    await ctx.db.updateTable('activities').set({ audiences: sql`array['seniors', 'residents']` as never }).where('id', '=', lecture.id).execute()
    await lecture.occurrence('2026-11-23T09:00', '10:00')
    await lecture.occurrence('2026-11-30T09:00', '10:00', 'cancelled')
    const children = await a2.activity('四点半课堂', 'children', null)
    await ctx.db.updateTable('activities').set({ audiences: sql`array['children']` as never }).where('id', '=', children.id).execute()
    await children.occurrence('2026-11-24T16:30', '18:00')
    await (await a.activity('筹备会', 'meeting', null, 'draft')).occurrence('2026-11-23T14:00', '15:00')
    await (await b.activity('外区讲座', 'lecture', null)).occurrence('2026-11-23T09:00', '10:00')
    for (const [centerId, day] of [[base.centerA, '2026-11-25'], [base.centerB, '2026-11-25']] as const) {
      const room = (await newRoom(ctx.db, centerId)).id
      await sql`insert into bookings (room_id, center_id, walk_in_name, walk_in_phone, purpose, headcount, starts_at, ends_at, status)
        values (${room}, ${centerId}, '王秀英', '13800000009', '合唱排练', 12, ${localToInstant(`${day}T09:00`, 'Asia/Shanghai')}, ${localToInstant(`${day}T11:00`, 'Asia/Shanghai')}, 'approved')`.execute(ctx.db)
    }
    const staffId = (await ctx.db.selectFrom('staff').select('id').limit(1).executeTakeFirstOrThrow()).id
    for (const [centerId, name] of [[base.centerA, '大厅屏'], [centerA2, '门口屏'], [base.centerB, '外区屏']] as const) {
      const p = await startPairing(ctx.db, ctx.app.clock())
      const screen = await completePairing(ctx.db, p.pairingId, centerId, { code: p.code, name, layout: 'lobby', language: 'zh-CN' }, staffId)
      if (name === '大厅屏') await touchScreen(ctx.db, screen.id, ctx.app.clock(), '1.4.2')
    }
    w = { ...base, subA2: subA2.id, centerA2, adminB: (await signIn(ctx.app, adminB.username)).cookie, lecture: lecture.id, children: children.id }
  })

  it("shows the district admin every center's published occurrences in the days asked, with center and subdistrict", async () => {
    const c = await calendar('from=2026-11-23&to=2026-11-30')
    expect(c.items.map((o) => [o.title, o.centerName, o.subdistrictName, o.status, o.startsAt])).toEqual([
      ['银龄健康讲座', expect.any(String), expect.any(String), 'scheduled', '2026-11-23T09:00:00+08:00'],
      ['四点半课堂', '经八路街道党群服务中心', '经八路街道', 'scheduled', '2026-11-24T16:30:00+08:00'],
      ['银龄健康讲座', expect.any(String), expect.any(String), 'cancelled', '2026-11-30T09:00:00+08:00'],
    ])
    expect(new Set(c.items.map((o) => o.centerId))).toEqual(new Set([w.centerA, w.centerA2]))
    expect(c.bookings).toEqual([])
    expect(c.truncated).toBe(false)
    // A day outside the range holds nothing.
    expect((await calendar('from=2026-11-26&to=2026-11-29')).items).toEqual([])
  })

  it('adds the bookings of the centers in scope when asked, without who booked', async () => {
    const c = await calendar('from=2026-11-23&to=2026-11-29&bookings=true')
    expect(c.bookings.map((b) => [b.centerId, b.purpose, b.headcount, b.status, b.startsAt])).toEqual([
      [w.centerA, '合唱排练', 12, 'approved', '2026-11-25T09:00:00+08:00'],
    ])
    expect(JSON.stringify(c.bookings)).not.toContain('王秀英')
  })

  it('filters by subdistrict, category and audience', async () => {
    expect((await calendar(`from=2026-11-23&to=2026-11-30&subdistrictId=${w.subA2}`)).items.map((o) => o.title)).toEqual(['四点半课堂'])
    expect((await calendar(`from=2026-11-23&to=2026-11-30&subdistrictId=${w.subA.id}&bookings=true`)).bookings).toHaveLength(1)
    expect((await calendar('from=2026-11-23&to=2026-11-30&category=children')).items.map((o) => o.title)).toEqual(['四点半课堂'])
    expect((await calendar('from=2026-11-23&to=2026-11-30&audience=seniors')).items.map((o) => o.status)).toEqual(['scheduled', 'cancelled'])
    expect((await calendar('from=2026-11-23&to=2026-11-30&audience=women')).items).toEqual([])
  })

  it('refuses an inverted or too long range and unknown values, naming the problem', async () => {
    const bad = async (query: string) => {
      const res = await get(`/api/regions/${w.districtA.id}/calendar?${query}`, w.as.admin)
      expect(res.statusCode, res.body).toBe(400)
      return res.json().code as string
    }
    expect(await bad('from=2026-11-30&to=2026-11-23')).toBe('invalid_range')
    // 42 days at most: 1 November to 12 December.
    expect(await bad('from=2026-11-01&to=2026-12-13')).toBe('calendar_range_too_long')
    expect(await calendar('from=2026-11-01&to=2026-12-12')).toMatchObject({ from: '2026-11-01' })
    expect(await bad('from=2026-11-23&to=2026-11-23&category=dancing')).toBe('validation_failed')
    expect(await bad('from=2026-11-23&to=2026-11-23&audience=aliens')).toBe('validation_failed')
    expect(await bad('from=2026-11-23&to=2026-11-31')).toBe('validation_failed')
    expect(await bad('to=2026-11-23')).toBe('validation_failed')
    expect(await bad('from=2026-11-23&to=2026-11-23&bookings=maybe')).toBe('validation_failed')
    expect(await bad('from=2026-11-23&to=2026-11-23&subdistrictId=not-an-id')).toBe('validation_failed')
    // The ends of the calendar answer, never fail.
    for (const days of ['from=9999-12-30&to=9999-12-31', 'from=0001-01-01&to=0001-01-02']) {
      const res = await get(`/api/regions/${w.districtA.id}/calendar?${days}&bookings=true`, w.as.admin)
      expect(res.statusCode, res.body).toBeLessThan(500)
    }
  })

  it("answers another district's subdistrict or region exactly as an unknown one, so nothing leaks", async () => {
    const sub = (id: string) => get(`/api/regions/${w.districtA.id}/calendar?from=2026-11-23&to=2026-11-23&subdistrictId=${id}`, w.as.admin)
    const [foreignSub, unknownSub] = [await sub(w.subB.id), await sub(randomUUID())]
    expect([foreignSub.statusCode, foreignSub.json().code]).toEqual([400, 'unknown_subdistrict'])
    expect(foreignSub.body).toBe(unknownSub.body)
    const screensOf = (region: string, cookie = w.as.admin) => get(`/api/regions/${region}/screens`, cookie)
    const [foreign, unknown] = [await get(`/api/regions/${w.districtB.id}/calendar?from=2026-11-23&to=2026-11-23`, w.as.admin), await get(`/api/regions/${randomUUID()}/calendar?from=2026-11-23&to=2026-11-23`, w.as.admin)]
    expect(foreign.statusCode).toBe(404)
    expect(foreign.body).toBe(unknown.body)
    expect((await screensOf(w.districtB.id)).body).toBe((await screensOf(randomUUID())).body)
    // District B's admin is as blind to district A.
    expect((await get(`/api/regions/${w.districtA.id}/calendar?from=2026-11-23&to=2026-11-23`, w.adminB)).statusCode).toBe(404)
    expect((await screensOf(w.districtA.id, w.adminB)).statusCode).toBe(404)
  })

  it("refuses center staff, even for their own center's subdistrict", async () => {
    for (const cookie of [w.as.manager, w.as.staff]) {
      expect((await get(`/api/regions/${w.subA.id}/calendar?from=2026-11-23&to=2026-11-23`, cookie)).statusCode).toBe(403)
      expect((await get(`/api/regions/${w.subA.id}/screens`, cookie)).statusCode).toBe(403)
    }
    expect((await ctx.app.inject({ url: `/api/regions/${w.districtA.id}/screens` })).statusCode).toBe(401)
  })

  it("lists every screen of the region's centers with health, by center, and none of another district's", async () => {
    const res = await get(`/api/regions/${w.districtA.id}/screens`, w.as.admin)
    expect(res.statusCode, res.body).toBe(200)
    const items = res.json().items as DistrictScreen[]
    expect(items.map((s) => [s.name, s.centerId, s.online, s.appVersion, s.lastSeenAt !== null])).toEqual(expect.arrayContaining([
      ['大厅屏', w.centerA, true, '1.4.2', true],
      ['门口屏', w.centerA2, false, null, false],
    ]))
    expect(items).toHaveLength(2)
    expect(items.find((s) => s.name === '门口屏')).toMatchObject({ centerName: '经八路街道党群服务中心', subdistrictId: w.subA2, subdistrictName: '经八路街道' })
    const sub = (await get(`/api/regions/${w.districtA.id}/screens?subdistrictId=${w.subA2}`, w.as.admin)).json().items as DistrictScreen[]
    expect(sub.map((s) => s.name)).toEqual(['门口屏'])
    // Ten minutes later nothing has been heard from it: offline, last seen kept.
    ctx.now = new Date(ctx.now.getTime() + 600_000)
    const later = (await get(`/api/regions/${w.districtA.id}/screens`, w.as.admin)).json().items as DistrictScreen[]
    expect(later.find((s) => s.name === '大厅屏')).toMatchObject({ online: false, stale: true, appVersion: '1.4.2' })
    ctx.now = new Date('2026-11-20T02:00:00Z')
  })

  it('tags a target group with the audience it stands for', async () => {
    const created = await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/groups`, headers: { cookie: w.as.staff }, payload: { name: '银龄之家', audience: 'seniors' } })
    expect(created.statusCode, created.body).toBe(201)
    expect((created.json() as ResidentGroup).audience).toBe('seniors')
    const cleared = await ctx.app.inject({ method: 'PATCH', url: `/api/groups/${created.json().id}`, headers: { cookie: w.as.staff }, payload: { audience: null } })
    expect((cleared.json() as ResidentGroup).audience).toBeNull()
    const wrong = await ctx.app.inject({ method: 'PATCH', url: `/api/groups/${created.json().id}`, headers: { cookie: w.as.staff }, payload: { audience: 'elders' } })
    expect(wrong.statusCode).toBe(400)
    await ctx.db.deleteFrom('resident_groups').where('id', '=', created.json().id).execute()
  })

  it("gives the region report the centers' category breakdown and a target audience's participation rate", async () => {
    const [r1, r2, r3, r4, r5] = await Promise.all(['张', '李', '赵', '钱', '孙'].map((n) => newResident(ctx.db, `${n}阿姨`)))
    const a = reportFactories(ctx.db, w.centerA, 'Asia/Shanghai')
    const a2 = reportFactories(ctx.db, w.centerA2, 'Asia/Shanghai')
    const b = reportFactories(ctx.db, w.centerB, 'Asia/Shanghai')
    const oA = await (await a.activity('党课', 'lecture', null)).occurrence('2026-11-10T09:00', '10:00')
    await a.checkIn(oA, r1!.id)
    await a.walkIns(oA, 3)
    const oA2 = await (await a2.activity('讲堂', 'lecture', null)).occurrence('2026-11-12T09:00', '10:00')
    await a2.checkIn(oA2, r1!.id)
    await a2.checkIn(oA2, r3!.id)
    await a2.checkIn(await (await a2.activity('科学小实验', 'children', null)).occurrence('2026-11-13T16:30', '17:30'), r3!.id)
    const oB = await (await b.activity('外区讲座', 'lecture', null)).occurrence('2026-11-10T09:00', '10:00')
    await b.checkIn(oB, r4!.id)
    // Seniors: r1 and r2 at A (r5 joined after the period), r2 and r3 at A2; B's group is another district's.
    const tag = (id: string) => ctx.db.updateTable('resident_groups').set({ audience: 'seniors' }).where('id', '=', id).execute()
    await tag(await a.group('银龄之家', [[r1!.id, '2026-10-01T09:00'], [r2!.id, '2026-10-01T09:00'], [r5!.id, '2026-12-05T09:00']]))
    await tag(await a2.group('老年协会', [[r2!.id, '2026-10-01T09:00'], [r3!.id, '2026-11-01T09:00']]))
    await tag(await b.group('外区老人', [[r4!.id, '2026-10-01T09:00']]))
    await a.group('合唱团', [[r4!.id, '2026-10-01T09:00']])

    const res = await get(`/api/regions/${w.districtA.id}/reports?from=2026-11-01&to=2026-11-30`, w.as.admin)
    expect(res.statusCode, res.body).toBe(200)
    const r = res.json() as RegionReport
    // lecture: oA (r1 + 3 walk-ins) and oA2 (r1, r3): 2 held, 6 person-times, people {r1, r3} + 3 = 5 (r1 once across centers).
    expect(r.participation).toEqual([
      { month: '2026-11', category: 'children', activitiesHeld: 1, people: 1, personTimes: 1 },
      { month: '2026-11', category: 'lecture', activitiesHeld: 2, people: 5, personTimes: 6 },
    ])
    // Members {r1, r2, r3} (r2 in both groups counts once, r5 joined later); r1 and r3 came: 2 / 3.
    expect(r.audiences.find((x) => x.audience === 'seniors')).toEqual({ audience: 'seniors', groups: 2, members: 3, attended: 2, rate: 0.6667 })
    expect(r.audiences.find((x) => x.audience === 'children')).toEqual({ audience: 'children', groups: 0, members: 0, attended: 0, rate: null })
    expect(r.audiences).toHaveLength(8)
    // The subdistrict's report counts only its own center's group: r1 of {r1, r2}.
    const sub = (await get(`/api/regions/${w.subA.id}/reports?from=2026-11-01&to=2026-11-30`, w.as.admin)).json() as RegionReport
    expect(sub.audiences.find((x) => x.audience === 'seniors')).toEqual({ audience: 'seniors', groups: 1, members: 2, attended: 1, rate: 0.5 })
    expect(sub.participation).toEqual([{ month: '2026-11', category: 'lecture', activitiesHeld: 1, people: 4, personTimes: 4 }])
  })
})
