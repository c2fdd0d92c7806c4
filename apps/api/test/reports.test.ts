import { describe, expect, it } from 'vitest'
import type { CenterReport, RegionReport } from '@linli/contracts'
import { newReportFixture } from './support/report-fixture'
import { useTestApp } from './support/test-app'

/*
 * Definitions the figures follow (apps/api/src/modules/reports/*.repository.ts):
 * - The period is whole local days in the center's time zone, `from` and `to` included; months
 *   are local months of the center.
 * - activitiesHeld: occurrences starting in the period, scheduled (not cancelled), of a published
 *   activity (not cancelled, not a draft).
 * - personTimes = sum of check-in headcounts on held occurrences; people = distinct residents
 *   checked in + walk-in headcount.
 * - participationRate of a group = its members (joined before the period ended) with at least one
 *   check-in to a held occurrence in the period / those members.
 * - rooms: openHours = the center's opening hours summed over the period's days; bookedHours =
 *   held occurrences + approved/checked_in/completed bookings (requested ones not yet), clipped
 *   to the period; usedHours = held occurrences + checked_in/completed bookings (no-shows not used);
 *   utilisation = usedHours / openHours.
 * - bookings by local month of their start and status; noShows = bookings in no_show;
 *   lateCancellations = bookings.late_cancellation + registrations.late_cancellation, both for
 *   things starting in the period.
 * - service: received in the period; resolvedOnSpot = status resolved_on_spot; transferred =
 *   transferred_at set; closed = transferred and closed; closingRate = closed / transferred.
 * - volunteers: service given in the period: hours, points, distinct residents who served.
 * Shares are rounded to 4 decimals, hours to 2.
 */
describe('reports on a hand-computed fixture', () => {
  const ctx = useTestApp()
  let f: Awaited<ReturnType<typeof newReportFixture>>
  const get = async (url: string, cookie = f.as.staff) => ctx.app.inject({ method: 'GET', url, headers: { cookie } })
  const report = async (query: string, cookie?: string) => {
    const res = await get(`/api/centers/${f.centerA}/reports?${query}`, cookie)
    expect(res.statusCode, res.body).toBe(200)
    return res.json() as CenterReport
  }

  it('builds the fixture', async () => {
    f = await newReportFixture(ctx.app, ctx.db)
  })

  it('counts October: activities held, people and person-times by month and category', async () => {
    const r = await report('from=2026-10-01&to=2026-10-31')
    expect(r.months).toEqual(['2026-10'])
    expect(r.timeZone).toBe('Asia/Shanghai')
    // Held: o1, o2 (党课), o4 (四点半课堂), o8 (太极拳). Not: o3 (cancelled), 筹备会 (draft), 健康讲座 (activity
    // cancelled), o5 (1 Nov local), o9 (30 Sep).
    // lecture: o1 r1 r2 +5 walk-ins = 7, o2 r1 r3 +3 = 5 → 12 person-times; people {r1,r2,r3} + 8 = 11.
    // children: o4 r4 +2 → 3 and 3. culture_sports: o8 r2 +10 → 11 and 11.
    expect(r.participation).toEqual([
      { month: '2026-10', category: 'children', activitiesHeld: 1, people: 3, personTimes: 3 },
      { month: '2026-10', category: 'culture_sports', activitiesHeld: 1, people: 11, personTimes: 11 },
      { month: '2026-10', category: 'lecture', activitiesHeld: 2, people: 11, personTimes: 12 },
    ])
    // people over the month: {r1,r2,r3,r4} + walk-ins 5+3+2+10 = 24 (r1 and r2 came twice, counted once).
    expect(r.totals).toMatchObject({ activitiesHeld: 4, people: 24, personTimes: 26 })
  })

  it('counts an activity as held only once it has started: the rest of the month is still a plan', async () => {
    const now = ctx.now
    try {
      ctx.now = new Date('2026-09-30T16:00:00Z') // midnight starting 1 October in Shanghai
      expect((await report('from=2026-10-01&to=2026-10-31')).totals).toMatchObject({ activitiesHeld: 0, people: 0, personTimes: 0 })
    } finally {
      ctx.now = now
    }
  })

  it('counts hours per room against the opening hours', async () => {
    const r = await report('from=2026-10-01&to=2026-10-31')
    // Open 191 h per room (22 weekdays × 8 h + 5 Saturdays × 3 h).
    // 多功能厅: o1 2 h + o2 2 h + completed booking 3 h = 7 booked and used (no-show, rejected,
    //   requested, expired and the cancelled activity's occurrence do not count) → 7 / 191 = 0.0366.
    // 会议室: o4 1.5 h + approved 2 h + checked_in 1 h + completed 30 Sep 23:00-1 Oct 01:00 clipped to 1 h
    //   = 5.5 booked; used = 1.5 + 1 + 1 = 3.5 → 3.5 / 191 = 0.0183. The draft's occurrence does not count.
    // The formula-named room: open, unused. 旧仓库: inactive and unused, not listed.
    expect(r.rooms.map(({ roomId: _, ...rest }) => rest)).toEqual([
      { roomName: '=SUM(A1)活动室', kind: 'other', openHours: 191, bookedHours: 0, usedHours: 0, utilisation: 0 },
      { roomName: '会议室', kind: 'meeting_room', openHours: 191, bookedHours: 5.5, usedHours: 3.5, utilisation: 0.0183 },
      { roomName: '多功能厅', kind: 'multi_function', openHours: 191, bookedHours: 7, usedHours: 7, utilisation: 0.0366 },
    ])
    expect(r.roomsByKind).toEqual([
      { kind: 'multi_function', rooms: 1, openHours: 191, bookedHours: 7, usedHours: 7, utilisation: 0.0366 },
      { kind: 'meeting_room', rooms: 1, openHours: 191, bookedHours: 5.5, usedHours: 3.5, utilisation: 0.0183 },
      { kind: 'other', rooms: 1, openHours: 191, bookedHours: 0, usedHours: 0, utilisation: 0 },
    ])
    // (7 + 3.5) / (3 × 191) = 10.5 / 573 = 0.018324… → 0.0183
    expect(r.totals.roomUtilisation).toBe(0.0183)
  })

  it('counts bookings by status, no-shows and late cancellations', async () => {
    const r = await report('from=2026-10-01&to=2026-10-31')
    // By start: the booking starting 30 Sep is September's, the one on 2 Nov is November's.
    expect(r.bookingsByStatus).toEqual([
      { month: '2026-10', status: 'requested', count: 1 },
      { month: '2026-10', status: 'approved', count: 1 },
      { month: '2026-10', status: 'rejected', count: 1 },
      { month: '2026-10', status: 'cancelled', count: 2 },
      { month: '2026-10', status: 'expired', count: 1 },
      { month: '2026-10', status: 'checked_in', count: 1 },
      { month: '2026-10', status: 'completed', count: 1 },
      { month: '2026-10', status: 'no_show', count: 1 },
    ])
    // Late: one cancelled booking; sign-ups for o1 and for o3 (cancelled afterwards, still a late cancellation).
    expect(r.totals).toMatchObject({ bookings: 9, noShows: 1, lateCancellations: 3, lateCancelledBookings: 1, lateCancelledRegistrations: 2 })
  })

  it('counts service requests the way the districts report them', async () => {
    const r = await report('from=2026-10-01&to=2026-10-31')
    // Received 8 (00:30 on 1 Oct local is 30 Sep in UTC but October here; 07:00 on 1 Nov is not);
    // on the spot 3; transferred 3, of which closed 2 → 2 / 3. Closed without a transfer is not "closed".
    expect(r.service).toEqual({
      received: 8, resolvedOnSpot: 3, transferred: 3, closed: 2, closingRate: 0.6667,
      byCategory: [
        { category: 'policy', received: 2 }, { category: 'legal_aid', received: 1 }, { category: 'property', received: 2 },
        { category: 'environment', received: 1 }, { category: 'employment', received: 1 }, { category: 'other', received: 1 },
      ],
      byMonth: [{ month: '2026-10', received: 8, resolvedOnSpot: 3, transferred: 3, closed: 2, closingRate: 0.6667 }],
    })
  })

  it('adds up volunteer service and the target group participation rate', async () => {
    const r = await report(`from=2026-10-01&to=2026-10-31&groupId=${f.partyMembers}`)
    // 90 + 60 + 30 min = 3 h, 30 points; r1 served in two teams and counts once → 2 volunteers.
    expect(r.volunteersByMonth).toEqual([{ month: '2026-10', hours: 3, points: 30, members: 2 }])
    expect(r.totals).toMatchObject({ volunteerHours: 3, volunteerMembersServed: 2 })
    // Members by 31 Oct: r1, r3, r5, r7 (r6 joins 5 Nov). Attended in October: r1, r3 (r5 only on 1 Nov) → 2 / 4.
    expect(r.targetGroup).toEqual({ id: f.partyMembers, name: '党员', members: 4, attended: 2 })
    expect(r.totals.participationRate).toBe(0.5)
  })

  it('puts early 1 November (Shanghai), still October in UTC, into November', async () => {
    const r = await report(`from=2026-10-01&to=2026-11-30&groupId=${f.partyMembers}`)
    expect(r.months).toEqual(['2026-10', '2026-11'])
    expect(r.participation.filter((p) => p.month === '2026-11')).toEqual([
      { month: '2026-11', category: 'children', activitiesHeld: 1, people: 1, personTimes: 1 },
    ])
    expect(r.volunteersByMonth[1]).toEqual({ month: '2026-11', hours: 2, points: 20, members: 1 })
    expect(r.service.byMonth[1]).toEqual({ month: '2026-11', received: 1, resolvedOnSpot: 0, transferred: 0, closed: 0, closingRate: null })
    expect(r.bookingsByStatus.filter((b) => b.month === '2026-11')).toEqual([{ month: '2026-11', status: 'approved', count: 1 }])
    // Members by 30 Nov: five; attended: r1, r3, r5 → 3 / 5.
    expect(r.targetGroup).toMatchObject({ members: 5, attended: 3 })
    expect(r.totals.participationRate).toBe(0.6)
    // November alone: the occurrence at 07:30 on 1 Nov and nothing of 31 Oct.
    const nov = await report('from=2026-11-01&to=2026-11-30')
    expect(nov.totals).toMatchObject({ activitiesHeld: 1, people: 1, personTimes: 1 })
  })

  it('reads each center of a region in its own time zone: 20:00 on 31 Oct in New York is October', async () => {
    const res = await get(`/api/regions/${f.subA.id}/reports?from=2026-10-01&to=2026-10-31`, f.as.admin)
    expect(res.statusCode, res.body).toBe(200)
    const r = res.json() as RegionReport
    const a = r.centers.find((c) => c.centerId === f.centerA)!
    const n = r.centers.find((c) => c.centerId === f.centerN)!
    expect(a).toMatchObject({ activitiesHeld: 4, people: 24, personTimes: 26, roomUtilisation: 0.0183, bookings: 9, noShows: 1, serviceReceived: 8, serviceClosingRate: 0.6667, volunteerHours: 3 })
    // Center N has no rooms: no utilisation to speak of.
    expect(n).toMatchObject({ activitiesHeld: 1, people: 4, personTimes: 4, roomUtilisation: null, bookings: 0, serviceClosingRate: null, volunteerHours: 0 })
    expect(r.byMonth).toEqual([{ month: '2026-10', activitiesHeld: 5, personTimes: 30, volunteerHours: 3 }])
    const nov = (await get(`/api/regions/${f.districtA.id}/reports?from=2026-11-01&to=2026-11-30`, f.as.admin)).json() as RegionReport
    expect(nov.centers.find((c) => c.centerId === f.centerN)).toMatchObject({ activitiesHeld: 0, personTimes: 0 })
    expect(nov.byMonth).toEqual([{ month: '2026-11', activitiesHeld: 1, personTimes: 1, volunteerHours: 2 }])
  })

  it('shows a center report to its own staff and district admins above it, and no one else', async () => {
    const url = `/api/centers/${f.centerA}/reports?from=2026-10-01&to=2026-10-31`
    for (const cookie of [f.as.staff, f.as.manager, f.as.admin]) expect((await get(url, cookie)).statusCode).toBe(200)
    expect((await get(url, f.asStaffN)).statusCode).toBe(403)
    expect((await ctx.app.inject(url)).statusCode).toBe(401)
    expect((await get(`/api/regions/${f.subA.id}/reports?from=2026-10-01&to=2026-10-31`, f.as.manager)).statusCode).toBe(403)
    expect((await get(`/api/regions/${f.districtB.id}/reports?from=2026-10-01&to=2026-10-31`, f.as.admin)).statusCode).toBe(403)
  })

  it('refuses bad periods and foreign groups with a clear 4xx', async () => {
    const base = `/api/centers/${f.centerA}/reports`
    const cases: [string, number, string][] = [
      ['from=2026-10-31&to=2026-10-01', 400, 'invalid_range'],
      ['from=2026-02-30&to=2026-03-01', 400, 'validation_failed'],
      ['from=2024-01-01&to=2026-12-31', 400, 'range_too_long'],
      [`from=2026-10-01&to=2026-10-31&groupId=00000000-0000-4000-8000-000000000000`, 404, 'not_found'],
      ['from=2026-10-01', 400, 'validation_failed'],
    ]
    for (const [query, status, code] of cases) {
      const res = await get(`${base}?${query}`)
      expect(res.statusCode, query).toBe(status)
      expect(res.json().code, query).toBe(code)
    }
  })
})
