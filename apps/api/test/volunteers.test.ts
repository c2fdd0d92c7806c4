import { describe, expect, it } from 'vitest'
import type { Leaderboard, MyVolunteering, VolunteerMember, VolunteerTeam } from '@linli/contracts'
import type { App } from '../src/app-instance'
import type { Database } from '../src/db/database'
import { countRows, newResident, newWorld } from './support/factories'
import { useTestApp } from './support/test-app'

/**
 * A center whose rule is 10 points per hour and stars at 10, 30 and 60 points, with a team and
 * three residents; the clock stands at Friday 2026-11-20 10:00 in Shanghai.
 */
async function newVolunteerWorld(app: App, db: Database, policy: object = {}) {
  const w = await newWorld(app, db)
  await db.updateTable('centers').set({ participation_policy: JSON.stringify({ pointsPerHour: 10, starThresholds: [10, 30, 60], ...policy }) }).where('id', '=', w.centerA).execute()
  const call = (method: string, url: string, payload?: object, cookie = w.as.staff) =>
    app.inject({ method: method as 'GET', url, headers: { cookie }, ...(payload && { payload }) })
  const team = (await call('POST', `/api/centers/${w.centerA}/volunteer-teams`, { name: '银龄志愿服务队', description: '陪伴独居老人' })).json() as VolunteerTeam
  const alice = await newResident(db, '王秀兰')
  const bob = await newResident(db, '刘建国')
  const carol = await newResident(db, '张丽')
  const join = (body: object, teamId = team.id) => call('POST', `/api/volunteer-teams/${teamId}/members`, body)
  const serve = (memberId: string, servedAt: string, minutes: number) =>
    call('POST', `/api/centers/${w.centerA}/volunteer-service`, { memberId, servedAt, minutes })
  return { ...w, call, team, alice, bob, carol, join, serve }
}

describe('volunteer teams and members', () => {
  const ctx = useTestApp()

  it('creates, renames, describes and deactivates a team, refusing a second team of the same name', async () => {
    const w = await newVolunteerWorld(ctx.app, ctx.db)
    expect(w.team).toMatchObject({ name: '银龄志愿服务队', description: '陪伴独居老人', active: true, memberCount: 0, totalMinutes: 0, totalPoints: 0 })
    const dup = await w.call('POST', `/api/centers/${w.centerA}/volunteer-teams`, { name: '银龄志愿服务队' })
    expect(dup.statusCode).toBe(409)
    expect(dup.json()).toMatchObject({ code: 'duplicate_name' })
    const renamed = await w.call('PATCH', `/api/volunteer-teams/${w.team.id}`, { name: '银龄守护队', description: '每周探访' })
    expect(renamed.json()).toMatchObject({ name: '银龄守护队', description: '每周探访', active: true })
    const off = await w.call('PATCH', `/api/volunteer-teams/${w.team.id}`, { active: false })
    expect(off.json()).toMatchObject({ active: false })
    // A deactivated team takes no new members.
    const join = await w.join({ residentId: w.alice.id })
    expect(join.statusCode).toBe(409)
    expect(join.json()).toMatchObject({ code: 'team_inactive' })
    const audit = await ctx.db.selectFrom('audit_log').select('action').where('entity', '=', 'volunteer_team').where('entity_id', '=', w.team.id).orderBy('at').execute()
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update'])
  })

  it('joins residents by id or by the phone of their account, once per team', async () => {
    const w = await newVolunteerWorld(ctx.app, ctx.db)
    const byId = await w.join({ residentId: w.alice.id })
    expect(byId.statusCode).toBe(201)
    expect(byId.json()).toMatchObject({ residentId: w.alice.id, name: '王秀兰', phone: w.alice.phone, teamName: '银龄志愿服务队', publicAlias: null, leaderboardConsent: false, active: true, stars: 0 })
    const byPhone = await w.join({ phone: w.bob.phone, publicAlias: '热心刘叔', leaderboardConsent: true })
    expect(byPhone.statusCode).toBe(201)
    expect(byPhone.json()).toMatchObject({ residentId: w.bob.id, publicAlias: '热心刘叔', leaderboardConsent: true })
    const again = await w.join({ phone: w.alice.phone })
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({ code: 'already_member' })
    const team = (await w.call('GET', `/api/centers/${w.centerA}/volunteer-teams`)).json().items[0] as VolunteerTeam
    expect(team.memberCount).toBe(2)
  })

  it('refuses a phone without an account with a clear 400 and writes nothing', async () => {
    const w = await newVolunteerWorld(ctx.app, ctx.db)
    const members = await countRows(ctx.db, 'volunteer_members')
    const audits = await countRows(ctx.db, 'audit_log')
    const res = await w.join({ phone: '13912345678', publicAlias: '新人' })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'unknown_resident', message: expect.stringContaining('phone number') })
    expect((await w.join({ publicAlias: '无名' })).json()).toMatchObject({ statusCode: 400, code: 'resident_required' })
    expect((await w.join({ residentId: '00000000-0000-4000-8000-000000000000' })).json()).toMatchObject({ statusCode: 400, code: 'unknown_resident' })
    expect(await countRows(ctx.db, 'volunteer_members')).toBe(members)
    expect(await countRows(ctx.db, 'audit_log')).toBe(audits)
  })

  it('lets a member appear on the leaderboard only under an alias that is neither their name nor a phone number', async () => {
    const w = await newVolunteerWorld(ctx.app, ctx.db)
    expect((await w.join({ residentId: w.alice.id, leaderboardConsent: true })).json()).toMatchObject({ statusCode: 400, code: 'alias_required' })
    expect((await w.join({ residentId: w.alice.id, publicAlias: '王秀兰', leaderboardConsent: true })).json()).toMatchObject({ statusCode: 400, code: 'alias_reveals_identity' })
    expect((await w.join({ residentId: w.alice.id, publicAlias: `兰${w.alice.phone.slice(0, 7)}` })).json()).toMatchObject({ statusCode: 400, code: 'alias_reveals_identity' })
    const member = (await w.join({ residentId: w.alice.id, publicAlias: '兰姐' })).json() as VolunteerMember
    expect(member.leaderboardConsent).toBe(false)
    expect((await w.call('PATCH', `/api/volunteer-members/${member.id}`, { leaderboardConsent: true })).json()).toMatchObject({ leaderboardConsent: true, publicAlias: '兰姐' })
    // Taking the alias away while consenting would leave the screen nothing to show.
    expect((await w.call('PATCH', `/api/volunteer-members/${member.id}`, { publicAlias: null })).json()).toMatchObject({ statusCode: 400, code: 'alias_required' })
    expect((await w.call('PATCH', `/api/volunteer-members/${member.id}`, { publicAlias: null, leaderboardConsent: false })).json()).toMatchObject({ publicAlias: null, leaderboardConsent: false })
    // The database holds the same line should a writer forget it.
    await expect(ctx.db.updateTable('volunteer_members').set({ leaderboard_consent: true }).where('id', '=', member.id).execute()).rejects.toMatchObject({ code: '23514' })
  })
})

describe('volunteer service, points and stars', () => {
  const ctx = useTestApp()

  it('fixes points when service is recorded and rates stars by the thresholds', async () => {
    const w = await newVolunteerWorld(ctx.app, ctx.db)
    const alice = (await w.join({ residentId: w.alice.id, publicAlias: '兰姐', leaderboardConsent: true })).json() as VolunteerMember
    // 90 min at 10 points an hour = 15; 45 min = 7.5, rounded to 8: 23 points, one star (10 <= 23 < 30).
    const first = await w.serve(alice.id, '2026-11-18T09:00:00+08:00', 90)
    expect(first.statusCode).toBe(201)
    expect(first.json()).toMatchObject({ minutes: 90, points: 15, memberName: '王秀兰', teamName: '银龄志愿服务队', fromCheckIn: false, servedAt: '2026-11-18T09:00:00+08:00' })
    expect((await w.serve(alice.id, '2026-11-19T14:00:00+08:00', 45)).json()).toMatchObject({ points: 8 })
    const member = async () => ((await w.call('GET', `/api/centers/${w.centerA}/volunteer-members`)).json().items as VolunteerMember[]).find((m) => m.id === alice.id)!
    expect(await member()).toMatchObject({ totalMinutes: 135, totalPoints: 23, stars: 1 })
    // The center doubles its rate: what was recorded keeps its points, new service earns 20 an hour.
    await ctx.db.updateTable('centers').set({ participation_policy: JSON.stringify({ pointsPerHour: 20, starThresholds: [10, 30, 60] }) }).where('id', '=', w.centerA).execute()
    const third = (await w.serve(alice.id, '2026-11-20T08:00:00+08:00', 30)).json()
    expect(third).toMatchObject({ points: 10 })
    expect(await member()).toMatchObject({ totalMinutes: 165, totalPoints: 33, stars: 2 })
    expect((await w.call('GET', `/api/volunteer-teams/${w.team.id}/members`)).json().items).toMatchObject([{ id: alice.id, totalPoints: 33, stars: 2 }])
    expect((await w.call('GET', `/api/centers/${w.centerA}/volunteer-teams`)).json().items).toMatchObject([{ memberCount: 1, totalMinutes: 165, totalPoints: 33 }])

    const mine = (await w.call('GET', '/api/residents/me/volunteering', undefined, w.alice.cookie)).json() as MyVolunteering
    expect(mine.memberships).toEqual([expect.objectContaining({ teamName: '银龄志愿服务队', totalMinutes: 165, hours: 2.8, totalPoints: 33, stars: 2, nextStarPoints: 60, publicAlias: '兰姐' })])
    expect(mine.recentService.map((s) => s.points)).toEqual([10, 8, 15])

    // Undo the last record: the totals and the star level follow.
    expect((await w.call('DELETE', `/api/volunteer-service/${third.id}`)).statusCode).toBe(204)
    expect(await member()).toMatchObject({ totalMinutes: 135, totalPoints: 23, stars: 1 })
    const audit = await ctx.db.selectFrom('audit_log').select('action').where('entity', '=', 'volunteer_service').where('entity_id', '=', third.id).orderBy('at').execute()
    expect(audit.map((a) => a.action)).toEqual(['create', 'delete'])
  })

  it('lists service by days in the center\'s time zone, newest first', async () => {
    const w = await newVolunteerWorld(ctx.app, ctx.db)
    const m = (await w.join({ residentId: w.bob.id })).json() as VolunteerMember
    await w.serve(m.id, '2026-11-19T23:30:00+08:00', 30) // the 19th in Shanghai, the 19th in UTC
    await w.serve(m.id, '2026-11-20T00:30:00+08:00', 60) // the 20th in Shanghai, still the 19th in UTC
    await w.serve(m.id, '2026-10-01T09:00:00+08:00', 120)
    const list = async (qs: string) => ((await w.call('GET', `/api/centers/${w.centerA}/volunteer-service${qs}`)).json().items as { minutes: number }[]).map((s) => s.minutes)
    expect(await list('?from=2026-11-20&to=2026-11-20')).toEqual([60])
    expect(await list('?from=2026-11-19&to=2026-11-19')).toEqual([30])
    // By default the last 30 days, up to today.
    expect(await list('')).toEqual([60, 30])
    expect(await list(`?from=2026-09-01&memberId=${m.id}`)).toEqual([60, 30, 120])
    expect((await w.call('GET', `/api/centers/${w.centerA}/volunteer-service?from=2026-11-20&to=2026-11-01`)).json()).toMatchObject({ statusCode: 400, code: 'invalid_range' })
    expect((await w.call('GET', `/api/centers/${w.centerA}/volunteer-service?from=2026-02-30`)).json()).toMatchObject({ statusCode: 400, code: 'validation_failed', details: [{ path: 'querystring/from' }] })
  })

  it('refuses service in the future, for another center\'s member, or on another center\'s activity, writing nothing', async () => {
    const w = await newVolunteerWorld(ctx.app, ctx.db)
    const m = (await w.join({ residentId: w.bob.id })).json() as VolunteerMember
    const otherTeam = (await w.call('POST', `/api/centers/${w.centerB}/volunteer-teams`, { name: '外区队' }, w.as.admin)).json()
    expect(otherTeam.statusCode).toBe(403) // an admin of district A has no say in district B
    const before = await countRows(ctx.db, 'volunteer_service')
    expect((await w.serve(m.id, '2026-11-20T11:00:00+08:00', 30)).json()).toMatchObject({ statusCode: 400, code: 'served_in_future' })
    const foreign = await w.call('POST', `/api/centers/${w.centerA}/volunteer-service`, { memberId: '00000000-0000-4000-8000-000000000000', servedAt: '2026-11-19T09:00:00+08:00', minutes: 30 })
    expect(foreign.json()).toMatchObject({ statusCode: 400, code: 'unknown_member' })
    const onOther = await w.call('POST', `/api/centers/${w.centerA}/volunteer-service`, { memberId: m.id, servedAt: '2026-11-19T09:00:00+08:00', minutes: 30, occurrenceId: '00000000-0000-4000-8000-000000000000' })
    expect(onOther.json()).toMatchObject({ statusCode: 400, code: 'unknown_occurrence' })
    expect((await w.serve(m.id, '2026-11-19T09:00:00+08:00', 1441)).statusCode).toBe(400)
    expect(await countRows(ctx.db, 'volunteer_service')).toBe(before)
  })
})

describe('the lobby leaderboard', () => {
  const ctx = useTestApp()

  it('is disabled and empty until the center opts in', async () => {
    const w = await newVolunteerWorld(ctx.app, ctx.db, { kioskLeaderboard: false })
    const m = (await w.join({ residentId: w.alice.id, publicAlias: '兰姐', leaderboardConsent: true })).json()
    await w.serve(m.id, '2026-11-19T09:00:00+08:00', 60)
    const res = await ctx.app.inject(`/api/centers/${w.centerA}/leaderboard`)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ centerId: w.centerA, enabled: false, members: [], teams: [] })
  })

  it('lets volunteers choose their own alias and withdraw from the leaderboard, and nobody else\'s', async () => {
    const w = await newVolunteerWorld(ctx.app, ctx.db, { kioskLeaderboard: true })
    const m = (await w.join({ residentId: w.alice.id })).json() as VolunteerMember
    await w.serve(m.id, '2026-11-19T09:00:00+08:00', 60)
    const board = async () => ((await ctx.app.inject(`/api/centers/${w.centerA}/leaderboard`)).json() as Leaderboard).members.map((x) => x.alias)
    const mine = (body: object, cookie = w.alice.cookie) => w.call('PATCH', `/api/residents/me/volunteering/${m.id}`, body, cookie)
    expect(await board()).toEqual([])

    const revealing = await mine({ publicAlias: '王秀兰阿姨', leaderboardConsent: true })
    expect(revealing.json()).toMatchObject({ statusCode: 400, code: 'alias_reveals_identity' })
    expect(await board()).toEqual([])

    const joined = await mine({ publicAlias: '兰姐', leaderboardConsent: true })
    expect(joined.statusCode).toBe(200)
    expect((joined.json() as MyVolunteering).memberships).toEqual([expect.objectContaining({ memberId: m.id, publicAlias: '兰姐', leaderboardConsent: true })])
    expect(await board()).toEqual(['兰姐'])
    // Another resident cannot see or change this membership.
    expect((await mine({ leaderboardConsent: false }, w.bob.cookie)).statusCode).toBe(404)
    expect(await board()).toEqual(['兰姐'])

    expect((await mine({ leaderboardConsent: false })).statusCode).toBe(200)
    expect(await board()).toEqual([])
  })

  it('ranks consenting active members by points under their alias only, never a name or phone', async () => {
    const w = await newVolunteerWorld(ctx.app, ctx.db, { kioskLeaderboard: true })
    const alice = (await w.join({ residentId: w.alice.id, publicAlias: '兰姐', leaderboardConsent: true })).json()
    const bob = (await w.join({ residentId: w.bob.id, publicAlias: '老刘' })).json() // an alias, but no consent
    const carol = (await w.join({ residentId: w.carol.id, publicAlias: '丽丽', leaderboardConsent: true })).json()
    const second = (await w.call('POST', `/api/centers/${w.centerA}/volunteer-teams`, { name: '四点半课堂辅导队' })).json()
    const carolTutor = (await w.join({ residentId: w.carol.id, publicAlias: '丽老师', leaderboardConsent: true }, second.id)).json()
    await w.serve(alice.id, '2026-11-18T09:00:00+08:00', 120) // 20 points
    await w.serve(bob.id, '2026-11-18T09:00:00+08:00', 600) // 100 points, but not shown
    await w.serve(carol.id, '2026-11-18T09:00:00+08:00', 240) // 40 points
    await w.serve(carolTutor.id, '2026-11-19T16:30:00+08:00', 30) // 5 points
    const inactive = (await w.join({ phone: (await newResident(ctx.db, '赵敏')).phone, publicAlias: '敏敏', leaderboardConsent: true })).json()
    await w.call('PATCH', `/api/volunteer-members/${inactive.id}`, { active: false })

    const res = await ctx.app.inject(`/api/centers/${w.centerA}/leaderboard`)
    const board = res.json() as Leaderboard
    expect(board.enabled).toBe(true)
    expect(board.members).toEqual([
      { alias: '丽丽', teamName: '银龄志愿服务队', points: 40, stars: 2 },
      { alias: '兰姐', teamName: '银龄志愿服务队', points: 20, stars: 1 },
      { alias: '丽老师', teamName: '四点半课堂辅导队', points: 5, stars: 0 },
    ])
    // Teams count active members and all the hours their members gave, consenting or not.
    expect(board.teams).toEqual([
      { name: '银龄志愿服务队', memberCount: 3, hours: 16, points: 160 },
      { name: '四点半课堂辅导队', memberCount: 1, hours: 0.5, points: 5 },
    ])
    for (const who of [w.alice, w.bob, w.carol]) {
      expect(res.body).not.toContain(who.name)
      expect(res.body).not.toContain(who.phone)
    }
    expect(res.body).not.toMatch(/residentId|phone|"name":"(王|刘|张)/)

    // A deactivated team leaves the screen with its members.
    await w.call('PATCH', `/api/volunteer-teams/${second.id}`, { active: false })
    const after = (await ctx.app.inject(`/api/centers/${w.centerA}/leaderboard`)).json() as Leaderboard
    expect(after.members.map((m) => m.alias)).toEqual(['丽丽', '兰姐'])
    expect(after.teams.map((t) => t.name)).toEqual(['银龄志愿服务队'])
  })

  it('answers 404 for a center that does not exist', async () => {
    const res = await ctx.app.inject('/api/centers/00000000-0000-4000-8000-000000000000/leaderboard')
    expect(res.json()).toMatchObject({ statusCode: 404, code: 'not_found' })
  })
})
