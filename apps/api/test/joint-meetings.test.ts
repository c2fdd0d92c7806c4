import { describe, expect, it } from 'vitest'
import type { JointMeeting, JointMeetingSummary } from '@linli/contracts'
import type { App } from '../src/app-instance'
import type { Database } from '../src/db/database'
import { countJointMeetings } from '../src/modules/joint-meetings/joint-figures.repository'
import { newUnit } from './support/co-building-list-fixtures'
import { countRows, newStaff, newWorld, signIn } from './support/factories'
import { useTestApp } from './support/test-app'

/** Center A with a paired unit and one of its subdistrict; the clock stands at 2026-11-20 10:00 in Shanghai. */
async function newMeetings(app: App, db: Database) {
  const w = await newWorld(app, db)
  const bank = await newUnit(db, w.subA.id, { name: '郑州银行' })
  const school = await newUnit(db, w.districtB.id, { name: '实验小学', centerId: w.centerA })
  const foreign = await newUnit(db, w.subB.id, { name: '外区企业' })
  const call = (method: string, url: string, payload?: object, cookie = w.as.staff) =>
    app.inject({ method: method as 'GET', url, headers: { cookie }, ...(payload && { payload }) })
  const record = (body: object = {}, cookie = w.as.staff) => call('POST', '/api/joint-meetings', {
    centerId: w.centerA, title: '第四季度联席会议', startsLocal: '2026-11-18T15:00', location: '二楼会议室', minutes: '通报共建项目进展', unitIds: [bank.id, school.id], ...body,
  }, cookie)
  return { ...w, bank, school, foreign, call, record }
}

const counts = (db: Database) => Promise.all((['joint_meetings', 'joint_meeting_attendees', 'joint_meeting_problems'] as const).map((t) => countRows(db, t)))

describe('joint meetings (联席会议)', () => {
  const ctx = useTestApp()

  it('records a meeting with attendance and problems, follows each problem from raised to solved, and counts them', async () => {
    const m = await newMeetings(ctx.app, ctx.db)
    const created = await m.record()
    expect(created.statusCode).toBe(201)
    const meeting = created.json() as JointMeeting
    expect(meeting).toMatchObject({ centerId: m.centerA, startsAt: '2026-11-18T15:00:00+08:00', startsLocal: '2026-11-18T15:00', timeZone: 'Asia/Shanghai', problems: [] })
    expect(meeting.attendees.map((a) => a.name).sort()).toEqual(['实验小学', '郑州银行'])
    expect(meeting.units.map((u) => u.name).sort()).toEqual(['实验小学', '郑州银行'])

    let after = meeting
    for (const description of ['小区停车难', '老旧小区加装电梯', '夜间照明不足'])
      after = (await m.call('POST', `/api/joint-meetings/${meeting.id}/problems`, { description })).json() as JointMeeting
    expect(after.problems.map((p) => [p.description, p.status])).toEqual([['小区停车难', 'raised'], ['老旧小区加装电梯', 'raised'], ['夜间照明不足', 'raised']])
    const [parking, lift] = after.problems as [JointMeeting['problems'][0], JointMeeting['problems'][0]]
    const act = (id: string, body: object) => m.call('POST', `/api/joint-meetings/${meeting.id}/problems/${id}/actions`, body)

    expect((await act(parking.id, { action: 'solve', resolution: '错峰停车', solvedOn: '2026-11-19' })).json()).toMatchObject({ statusCode: 409, code: 'invalid_transition' })
    const assigned = (await act(parking.id, { action: 'assign', unitId: m.bank.id, owner: '王经理' })).json() as JointMeeting
    expect(assigned.problems[0]).toMatchObject({ status: 'assigned', assignedUnitId: m.bank.id, assigneeName: '郑州银行', owner: '王经理' })
    const solved = (await act(parking.id, { action: 'solve', resolution: '银行停车场夜间向居民开放', solvedOn: '2026-11-19' })).json() as JointMeeting
    expect(solved.problems[0]).toMatchObject({ status: 'solved', resolution: '银行停车场夜间向居民开放', solvedOn: '2026-11-19' })
    expect((await act(parking.id, { action: 'assign', centerId: m.centerA })).json()).toMatchObject({ statusCode: 409, code: 'invalid_transition' })
    expect((await act(lift.id, { action: 'assign', centerId: m.centerA, owner: '社区主任' })).json().problems[1]).toMatchObject({ status: 'assigned', assignedCenterId: m.centerA })

    const list = (await m.call('GET', `/api/centers/${m.centerA}/joint-meetings`)).json() as { items: JointMeetingSummary[] }
    expect(list.items).toEqual([expect.objectContaining({ id: meeting.id, attendeeCount: 2, problemCount: 3, solvedCount: 1 })])
    expect(await countJointMeetings(ctx.db, { regionIds: [m.districtA.id] }, { from: '2026-11-01', to: '2026-11-30' })).toEqual({ held: 1, problemsRaised: 3, problemsSolved: 1 })
    expect(await countJointMeetings(ctx.db, { centerIds: [m.centerA] }, { from: '2026-11-19', to: '2026-11-30' })).toEqual({ held: 0, problemsRaised: 0, problemsSolved: 1 })
    expect(await countJointMeetings(ctx.db, { regionIds: [m.districtB.id] }, { from: '2026-11-01', to: '2026-11-30' })).toEqual({ held: 0, problemsRaised: 0, problemsSolved: 0 })

    const edited = (await m.call('PATCH', `/api/joint-meetings/${meeting.id}`, { minutes: '会议纪要：三个问题', unitIds: [m.bank.id] })).json() as JointMeeting
    expect(edited).toMatchObject({ minutes: '会议纪要：三个问题', attendees: [{ id: m.bank.id, name: '郑州银行' }] })
    const audit = await ctx.db.selectFrom('audit_log').select('action').where('entity', '=', 'joint_meeting').where('entity_id', '=', meeting.id).orderBy('at').execute()
    expect(audit.map((a) => a.action)).toContain('solve_problem')
  })

  it('refuses another district\'s units and centers, empty titles, a future solving day and a skipped time, writing nothing', async () => {
    const m = await newMeetings(ctx.app, ctx.db)
    const meeting = (await m.record()).json() as JointMeeting
    const problem = ((await m.call('POST', `/api/joint-meetings/${meeting.id}/problems`, { description: '停车难' })).json() as JointMeeting).problems[0]!
    const before = await counts(ctx.db)
    expect((await m.record({ unitIds: [m.bank.id, m.foreign.id] })).json()).toMatchObject({ statusCode: 400, code: 'unit_not_here' })
    expect((await m.record({ title: '  ' })).statusCode).toBe(400)
    expect((await m.record({ startsLocal: '2026-02-30T10:00' })).statusCode).toBe(400)
    expect((await m.record({ centerId: m.centerB })).statusCode).toBe(403)
    expect((await m.record({ regionId: m.subA.id })).json()).toMatchObject({ statusCode: 400, code: 'owner_required' })
    expect((await m.call('POST', `/api/joint-meetings/${meeting.id}/problems`, { description: '' })).statusCode).toBe(400)
    expect((await m.call('PATCH', `/api/joint-meetings/${meeting.id}`, { unitIds: [m.foreign.id] })).json()).toMatchObject({ statusCode: 400, code: 'unit_not_here' })
    const act = (body: object) => m.call('POST', `/api/joint-meetings/${meeting.id}/problems/${problem.id}/actions`, body)
    expect((await act({ action: 'assign', unitId: m.foreign.id })).json()).toMatchObject({ statusCode: 400, code: 'unit_not_here' })
    expect((await act({ action: 'assign', centerId: m.centerB })).json()).toMatchObject({ statusCode: 400, code: 'assignee_not_here' })
    expect((await act({ action: 'assign' })).json()).toMatchObject({ statusCode: 400, code: 'assignee_required' })
    expect((await act({ action: 'assign', unitId: m.bank.id })).statusCode).toBe(200)
    expect((await act({ action: 'solve', resolution: '已解决', solvedOn: '2026-11-21' })).json()).toMatchObject({ statusCode: 400, code: 'solved_in_future' })
    expect((await act({ action: 'solve', resolution: ' ', solvedOn: '2026-11-20' })).statusCode).toBe(400)
    expect(await counts(ctx.db)).toEqual(before)
    const read = (await m.call('GET', `/api/joint-meetings/${meeting.id}`)).json() as JointMeeting
    expect(read.attendees).toHaveLength(2)
    expect(read.problems[0]).toMatchObject({ status: 'assigned', resolution: null })
  })

  it('keeps a center\'s meetings to its staff and a region\'s to its admins', async () => {
    const m = await newMeetings(ctx.app, ctx.db)
    const meeting = (await m.record()).json() as JointMeeting
    const staffB = (await signIn(ctx.app, (await newStaff(ctx.db, 'center_staff', { centerId: m.centerB })).username)).cookie
    const adminB = (await signIn(ctx.app, (await newStaff(ctx.db, 'district_admin', { regionId: m.districtB.id })).username)).cookie
    expect((await m.call('GET', `/api/joint-meetings/${meeting.id}`, undefined, staffB)).statusCode).toBe(403)
    expect((await m.call('GET', `/api/joint-meetings/${meeting.id}`, undefined, adminB)).statusCode).toBe(403)
    expect((await m.call('DELETE', `/api/joint-meetings/${meeting.id}`, undefined, staffB)).statusCode).toBe(403)
    expect((await m.call('GET', `/api/joint-meetings/${meeting.id}`, undefined, m.as.admin)).statusCode).toBe(200)

    const region = await m.record({ centerId: undefined, regionId: m.subA.id, title: '街道联席会议', unitIds: [m.bank.id] }, m.as.admin)
    expect(region.statusCode).toBe(201)
    expect(region.json()).toMatchObject({ regionId: m.subA.id, startsAt: '2026-11-18T15:00:00+08:00' })
    expect((await m.record({ centerId: undefined, regionId: m.subA.id, unitIds: [] })).statusCode).toBe(403)
    expect((await m.call('GET', `/api/joint-meetings/${region.json().id}`)).statusCode).toBe(403)
    expect((await m.call('GET', `/api/regions/${m.districtA.id}/joint-meetings`)).statusCode).toBe(403)
    const all = (await m.call('GET', `/api/regions/${m.districtA.id}/joint-meetings`, undefined, m.as.admin)).json() as { items: JointMeetingSummary[] }
    expect(all.items.map((i) => i.title).sort()).toEqual(['第四季度联席会议', '街道联席会议'])
    expect((await m.call('DELETE', `/api/joint-meetings/${meeting.id}`)).statusCode).toBe(204)
    const left = await ctx.db.selectFrom('joint_meeting_attendees').select('meeting_id').where('unit_id', '=', m.bank.id).execute()
    expect(left).toEqual([{ meeting_id: region.json().id }])
  })
})
