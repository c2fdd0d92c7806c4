import { describe, expect, it } from 'vitest'
import type { RegionReport } from '@linli/contracts'
import { newCenter, newResident, newStaff, newWorld } from './support/factories'
import { useTestApp } from './support/test-app'

describe("a region report's platform figures", () => {
  const ctx = useTestApp()

  it('counts registered residents once, staff of centers and regions, records published in the period and their views', async () => {
    const { app, db } = ctx
    const w = await newWorld(app, db)
    const centerA2 = await newCenter(db, w.subA.id)
    const at = (iso: string) => new Date(iso)
    const [r1, r2, r3, r4] = await Promise.all(['王秀英', '刘建国', '赵丽', '孙强'].map((n) => newResident(db, n)))
    const register = (centerId: string, residentId: string, when: string) =>
      db.insertInto('center_residents').values({ center_id: centerId, resident_id: residentId, registered_at: at(when) }).execute()
    await register(w.centerA, r1!.id, '2026-09-01T02:00:00Z')
    await register(centerA2, r1!.id, '2026-10-02T02:00:00Z') // the same resident at two centers: one person
    await register(w.centerA, r2!.id, '2026-10-20T02:00:00Z')
    await register(w.centerA, r3!.id, '2026-11-03T02:00:00Z') // after October
    await register(w.centerB, r4!.id, '2026-09-01T02:00:00Z') // another district
    await db.updateTable('residents').set({ active: false }).where('id', '=', r2!.id).execute()
    // newWorld made a district admin, a manager and a staff member in district A; one more center's staff, one subdistrict admin.
    await newStaff(db, 'center_staff', { centerId: centerA2 })
    await newStaff(db, 'district_admin', { regionId: w.subA.id })
    await newStaff(db, 'center_staff', { centerId: w.centerB })

    const record = async (centerId: string, status: 'draft' | 'published' | 'unpublished', publishedAt: string | null, views: [string, number][]) => {
      const now = at('2026-09-01T00:00:00Z')
      const { id } = await db.insertInto('activity_records').values({
        center_id: centerId, title: '活动纪实', consent: true, consent_at: now, created_at: now, updated_at: now,
      }).returning('id').executeTakeFirstOrThrow()
      await db.insertInto('record_photos').values({ id: crypto.randomUUID(), record_id: id, position: 0, width: 4, height: 3, created_at: now }).execute()
      if (status !== 'draft') await db.updateTable('activity_records').set({ status, published_at: at(publishedAt!) }).where('id', '=', id).execute()
      for (const [day, n] of views) await db.insertInto('record_view_days').values({ record_id: id, day, views: n }).execute()
    }
    await record(w.centerA, 'published', '2026-10-05T02:00:00Z', [['2026-10-05', 7], ['2026-11-01', 4]])
    await record(centerA2, 'published', '2026-10-31T15:00:00Z', []) // 23:00 on 31 October in Shanghai
    await record(w.centerA, 'published', '2026-09-20T02:00:00Z', [['2026-10-01', 3]]) // published before, viewed in October
    await record(w.centerA, 'unpublished', '2026-10-06T02:00:00Z', [['2026-10-06', 2]])
    await record(w.centerA, 'draft', null, [])
    await record(w.centerB, 'published', '2026-10-05T02:00:00Z', [['2026-10-05', 50]])

    const res = await app.inject({ method: 'GET', url: `/api/regions/${w.districtA.id}/reports?from=2026-10-01&to=2026-10-31`, headers: { cookie: w.as.admin } })
    expect(res.statusCode, res.body).toBe(200)
    // residents: r1 (two centers, once); r2 inactive, r3 registered after, r4 another district → 1.
    // staff: admin, manager, staff (newWorld) + centerA2's staff + the subdistrict's admin → 5.
    // records: the two published in October and still public → 2; views on October's days: 7 + 3 + 2 → 12.
    expect((res.json() as RegionReport).platform).toEqual({ residents: 1, staff: 5, recordsPublished: 2, recordViews: 12 })
  })

  it('counts co-building: units in the region, agreements signed in the period and in force at its end, joint meetings, problems and joint services', async () => {
    const { app, db } = ctx
    const w = await newWorld(app, db)
    const at = (iso: string) => new Date(iso)
    const now = at('2026-09-01T00:00:00Z')
    const unit = async (regionId: string, name: string, active = true) =>
      (await db.insertInto('co_building_units').values({ region_id: regionId, name, kind: 'hospital', active }).returning('id').executeTakeFirstOrThrow()).id
    const hospital = await unit(w.subA.id, '区人民医院')
    const school = await unit(w.districtA.id, '实验小学')
    await unit(w.districtA.id, '停用的单位', false)
    const elsewhere = await unit(w.districtB.id, '别区的单位')
    const agreement = (unitId: string, startsOn: string, endsOn: string, partner: { center_id: string } | { region_id: string }) =>
      db.insertInto('co_building_agreements').values({ unit_id: unitId, ...partner, title: '共建协议', starts_on: startsOn, ends_on: endsOn, created_at: now, updated_at: now }).execute()
    await db.insertInto('co_building_partners').values([{ unit_id: hospital, center_id: w.centerA }, { unit_id: school, region_id: w.districtA.id }, { unit_id: elsewhere, center_id: w.centerB }]).execute()
    await agreement(hospital, '2026-10-10', '2027-10-09', { center_id: w.centerA }) // signed in October, in force
    await agreement(school, '2025-01-01', '2026-12-31', { region_id: w.districtA.id }) // in force, signed before
    await agreement(school, '2024-01-01', '2025-12-31', { region_id: w.districtA.id }) // ended
    await agreement(elsewhere, '2026-10-10', '2027-10-09', { center_id: w.centerB }) // another district
    const meeting = async (owner: { center_id: string } | { region_id: string }, startsAt: string) =>
      (await db.insertInto('joint_meetings').values({ ...owner, title: '联席会议', starts_at: at(startsAt), time_zone: 'Asia/Shanghai', created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow()).id
    const october = await meeting({ region_id: w.subA.id }, '2026-10-15T01:00:00Z')
    const september = await meeting({ center_id: w.centerA }, '2026-09-15T01:00:00Z')
    await meeting({ center_id: w.centerB }, '2026-10-15T01:00:00Z')
    const problem = (meetingId: string, solvedOn?: string) => db.insertInto('joint_meeting_problems').values({
      meeting_id: meetingId, description: '楼道照明', created_at: now, updated_at: now,
      ...(solvedOn ? { status: 'solved', assigned_unit_id: hospital, owner: '后勤科', resolution: '已更换灯具', solved_on: solvedOn } : {}),
    }).execute()
    await problem(october)
    await problem(october, '2026-10-20')
    await problem(september, '2026-10-03') // raised in September, solved in October
    await db.insertInto('co_building_projects').values([
      { center_id: w.centerA, title: '义诊进社区', status: 'completed', started_on: '2026-09-01', completed_on: '2026-10-12', created_at: now, updated_at: now },
      { region_id: w.districtA.id, title: '四点半课堂', status: 'active', started_on: '2026-10-01', created_at: now, updated_at: now },
      { center_id: w.centerB, title: '别区项目', status: 'completed', started_on: '2026-09-01', completed_on: '2026-10-12', created_at: now, updated_at: now },
    ]).execute()

    const res = await app.inject({ method: 'GET', url: `/api/regions/${w.districtA.id}/reports?from=2026-10-01&to=2026-10-31`, headers: { cookie: w.as.admin } })
    expect(res.statusCode, res.body).toBe(200)
    expect((res.json() as RegionReport).coBuilding).toEqual({
      units: 2, agreementsSigned: 1, agreementsInForce: 2, jointMeetings: 1, problemsRaised: 2, problemsSolved: 2, jointServices: 1,
    })
  })
})
