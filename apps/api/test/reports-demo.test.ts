import { describe, expect, it } from 'vitest'
import type { CenterReport, RegionReport } from '@linli/contracts'
import { seedDemo } from '../src/seed/demo-seed'
import { signIn } from './support/factories'
import { useTestApp } from './support/test-app'

describe('the demo seed gives the dashboards real figures', () => {
  const ctx = useTestApp()

  it('fills three months and this month to date with activities, attendance, bookings, volunteers and 民情', async () => {
    expect(await seedDemo(ctx.db, ctx.now)).toBe(true)
    const { cookie } = await signIn(ctx.app, 'district')
    const center = await ctx.db.selectFrom('centers').select('id').where('name', '=', '凤凰台党群服务中心').executeTakeFirstOrThrow()
    const group = await ctx.db.selectFrom('resident_groups').select('id').where('center_id', '=', center.id).where('name', '=', '党员').executeTakeFirstOrThrow()
    // The clock of the tests is 20 Nov 2026: history from 1 Aug.
    const res = await ctx.app.inject({ url: `/api/centers/${center.id}/reports?from=2026-08-01&to=2026-11-20&groupId=${group.id}`, headers: { cookie } })
    expect(res.statusCode, res.body).toBe(200)
    const r = res.json() as CenterReport
    expect(r.months).toEqual(['2026-08', '2026-09', '2026-10', '2026-11'])
    for (const month of r.months) expect(r.participation.filter((p) => p.month === month).length).toBeGreaterThan(4)
    expect(r.totals.activitiesHeld).toBeGreaterThan(200)
    expect(r.totals.personTimes).toBeGreaterThan(r.totals.people)
    expect(r.totals.people).toBeGreaterThan(40)
    // Party members come to nearly every party day: over four months almost all of them attended.
    expect(r.totals.participationRate).toBeGreaterThanOrEqual(0.9)
    expect(r.targetGroup).toMatchObject({ name: '党员', members: 15 })
    expect(r.totals.noShows).toBeGreaterThan(0)
    expect(r.totals.lateCancelledBookings).toBeGreaterThan(0)
    expect(r.totals.lateCancelledRegistrations).toBeGreaterThan(0)
    expect(r.totals.roomUtilisation).toBeGreaterThan(0.02)
    expect(r.rooms.some((room) => room.usedHours > 20)).toBe(true)
    // About a hundred requests, mixed like the districts' 810 / 419 / 203 / 192 (95 %).
    expect(r.service.received).toBeGreaterThan(80)
    expect(r.service.received).toBeLessThan(130)
    expect(r.service.resolvedOnSpot / r.service.received).toBeGreaterThan(0.35)
    expect(r.service.transferred / r.service.received).toBeGreaterThan(0.15)
    expect(r.service.closingRate).toBeGreaterThan(0.8)
    expect(r.totals.volunteerHours).toBeGreaterThan(50)
    for (const v of r.volunteersByMonth) expect(v.hours).toBeGreaterThan(0)

    const region = await ctx.db.selectFrom('regions').select('id').where('name', '=', '金水区').executeTakeFirstOrThrow()
    const regional = (await ctx.app.inject({ url: `/api/regions/${region.id}/reports?from=2026-08-01&to=2026-11-20`, headers: { cookie } })).json() as RegionReport
    expect(regional.centers.map((c) => c.centerName).sort()).toEqual(['凤凰台党群服务中心', '经八路街道党群服务中心'].sort())
    for (const c of regional.centers) expect(c).toMatchObject({ activitiesHeld: expect.any(Number), serviceReceived: expect.any(Number) })
    for (const c of regional.centers) expect(c.personTimes).toBeGreaterThan(500)
    // Both centers' 党员 and 银龄 groups stand for their audience: the district reads a rate for each.
    const rate = (audience: string) => regional.audiences.find((a) => a.audience === audience)!
    expect(rate('party_members')).toMatchObject({ groups: 2, members: 30 })
    expect(rate('party_members').rate).toBeGreaterThanOrEqual(0.9)
    expect(rate('seniors').members).toBe(40)
    expect(rate('seniors').rate).toBeGreaterThan(0)
    expect(rate('children')).toMatchObject({ members: 0, rate: null })
    expect(new Set(regional.participation.map((p) => p.category)).size).toBeGreaterThan(4)
  }, 120_000)
})
