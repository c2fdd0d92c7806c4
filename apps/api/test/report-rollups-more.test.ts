import { type RawBuilder, sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { CenterReport, RegionReport } from '@linli/contracts'
import { advanceBookings } from '../src/modules/bookings/lifecycle'
import type { Period } from '../src/modules/reports/period'
import { rebuildRollups } from '../src/modules/reports/rollup.repository'
import type { ReportTarget } from '../src/modules/reports/scope.repository'
import { serviceFigures, volunteerFigures } from '../src/modules/reports/service.repository'
import { bookingFigures, roomFigures } from '../src/modules/reports/usage.repository'
import { newReportFixture } from './support/report-fixture'
import { reportFactories } from './support/report-world'
import { useTestApp } from './support/test-app'

/**
 * The roll-ups of bookings, rooms' hours, 民情 and volunteer service (migration
 * 2026_12_07_1900_report_rollups_more) against the raw rows they count, on the reports' fixture:
 * equal for every center and local month after each kind of write, and the reports' figures the
 * same whether a month is read from them or from the raw rows.
 */
describe('report roll-ups of bookings, rooms, 民情 and volunteers', () => {
  const ctx = useTestApp()
  let f: Awaited<ReturnType<typeof newReportFixture>>

  // The raw aggregations, month by month (a booking's or an occurrence's hours in each local month it overlaps).
  const months = sql`join centers c on c.id = x.center_id
    join generate_series('2026-01-01'::timestamp, '2027-12-01'::timestamp, interval '1 month') m
      on x.starts_at < (m + interval '1 month') at time zone c.time_zone and x.ends_at > m at time zone c.time_zone`
  const inMonth = sql`extract(epoch from least(x.ends_at, (m + interval '1 month') at time zone c.time_zone) - greatest(x.starts_at, m at time zone c.time_zone))`
  const startsIn = sql`x.starts_at >= m at time zone c.time_zone`
  const views: Record<string, [raw: RawBuilder<unknown>, rolled: RawBuilder<unknown>]> = {
    bookings: [
      sql`select x.center_id, to_char(m, 'YYYY-MM') as month, x.room_id, x.status, (count(*) filter (where ${startsIn}))::int as bookings,
          (count(*) filter (where ${startsIn} and x.late_cancellation))::int as late, sum(${inMonth})::float8 as seconds
        from bookings x ${months} group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
      sql`select center_id, to_char(month, 'YYYY-MM') as month, room_id, status, bookings, late, seconds
        from report_month_bookings where bookings <> 0 or late <> 0 or seconds <> 0 order by 1, 2, 3, 4`,
    ],
    rooms: [
      sql`select x.center_id, to_char(m, 'YYYY-MM') as month, x.room_id, sum(${inMonth})::float8 as seconds
        from occurrences x join activities a on a.id = x.activity_id ${months}
        where x.room_id is not null and x.status = 'scheduled' and a.status = 'published' group by 1, 2, 3 order by 1, 2, 3`,
      sql`select center_id, to_char(month, 'YYYY-MM') as month, room_id, seconds from report_month_room_use where seconds <> 0 order by 1, 2, 3`,
    ],
    service: [
      sql`select r.center_id, to_char(r.received_at at time zone c.time_zone, 'YYYY-MM') as month, r.category, count(*)::int as received,
          (count(*) filter (where r.status = 'resolved_on_spot'))::int as resolved_on_spot, (count(*) filter (where r.transferred_at is not null))::int as transferred,
          (count(*) filter (where r.transferred_at is not null and r.status = 'closed'))::int as closed
        from service_requests r join centers c on c.id = r.center_id group by 1, 2, 3 order by 1, 2, 3`,
      sql`select center_id, to_char(month, 'YYYY-MM') as month, category, received, resolved_on_spot, transferred, closed
        from report_month_service where received <> 0 or resolved_on_spot <> 0 or transferred <> 0 or closed <> 0 order by 1, 2, 3`,
    ],
    volunteers: [
      sql`select v.center_id, to_char(v.served_at at time zone c.time_zone, 'YYYY-MM') as month, m.resident_id, count(*)::int as services,
          sum(v.minutes)::int as minutes, sum(v.points)::int as points
        from volunteer_service v join volunteer_members m on m.id = v.member_id join centers c on c.id = v.center_id group by 1, 2, 3 order by 1, 2, 3`,
      sql`select center_id, to_char(month, 'YYYY-MM') as month, resident_id, services, minutes, points
        from report_month_volunteers where services <> 0 or minutes <> 0 or points <> 0 order by 1, 2, 3`,
    ],
  }

  /** The four figures a report reads, sorted; with `asOf` before the period nothing is read from the roll-ups. */
  const figures = async (target: ReportTarget, period: Period) => {
    const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort()
    return {
      rooms: sorted(await roomFigures(ctx.db, target, period)),
      bookings: sorted(await bookingFigures(ctx.db, target, period)),
      service: sorted(await serviceFigures(ctx.db, target, period)),
      volunteers: sorted(await volunteerFigures(ctx.db, target, period)),
    }
  }
  const rawOnly = new Date('2026-01-01T00:00:00Z')

  const expectRollupsEqualRaw = async () => {
    for (const [name, [raw, rolled]] of Object.entries(views)) {
      const expected = (await raw.execute(ctx.db)).rows
      expect(expected.length, name).toBeGreaterThan(0)
      expect((await rolled.execute(ctx.db)).rows, name).toEqual(expected)
    }
    // Whole months from the roll-ups (the clock is 20 November: August to October are over), partial ones raw.
    for (const target of [{ centerId: f.centerA }, { regionId: f.subA.id }]) {
      for (const [from, to] of [['2026-08-01', '2026-12-31'], ['2026-09-15', '2026-11-10'], ['2026-10-01', '2026-10-31']] as const) {
        expect(await figures(target, { from, to, asOf: ctx.now }), `${JSON.stringify(target)} ${from}`).toEqual(await figures(target, { from, to, asOf: rawOnly }))
      }
    }
  }
  const bookingAt = async (startsLocal: string) => (await sql<{ id: string }>`
    select b.id from bookings b join centers c on c.id = b.center_id
    where b.starts_at = ${startsLocal}::timestamp at time zone c.time_zone and b.center_id = ${f.centerA}`.execute(ctx.db)).rows[0]!.id
  const report = async <T>(url: string, cookie: string) => {
    const res = await ctx.app.inject({ method: 'GET', url, headers: { cookie } })
    expect(res.statusCode, res.body).toBe(200)
    return res.json() as T
  }

  it('holds what the raw rows give once the fixture is written, and the reports read October from it unchanged', async () => {
    f = await newReportFixture(ctx.app, ctx.db)
    await expectRollupsEqualRaw()
    // As test/reports.test.ts works October out: the meeting room booked 2 + 1 + 1 (of the booking from 30 September) hours
    // and the 四点半课堂's 1.5; September's side of that booking is September's.
    const october = await report<CenterReport>(`/api/centers/${f.centerA}/reports?from=2026-10-01&to=2026-10-31`, f.as.staff)
    expect(october.rooms.find((r) => r.roomName === '会议室')).toMatchObject({ bookedHours: 5.5, usedHours: 3.5 })
    expect(october.totals).toMatchObject({ bookings: 9, noShows: 1, lateCancelledBookings: 1, volunteerHours: 3, volunteerMembersServed: 2 })
    expect(october.service).toMatchObject({ received: 8, resolvedOnSpot: 3, transferred: 3, closed: 2 })
  })

  it('follows bookings made, cancelled, completed, moved and deleted', async () => {
    // Made and cancelled by staff through the API, while October was under way.
    const now = ctx.now
    let id: string
    try {
      ctx.now = new Date('2026-10-20T02:00:00Z')
      const made = await ctx.app.inject({
        method: 'POST', url: `/api/rooms/${f.hall}/staff-bookings`, headers: { cookie: f.as.staff },
        payload: { startsLocal: '2026-10-29T10:00', endsLocal: '2026-10-29T11:30', purpose: '调解', headcount: 3, walkIn: { name: '赵先生', phone: '13600000000' } },
      })
      expect(made.statusCode, made.body).toBe(201)
      id = (made.json() as { id: string }).id
      ctx.now = now
      await expectRollupsEqualRaw()
      ctx.now = new Date('2026-10-20T02:00:00Z')
      const cancelled = await ctx.app.inject({ method: 'POST', url: `/api/bookings/${id}/cancel`, headers: { cookie: f.as.staff }, payload: {} })
      expect(cancelled.statusCode, cancelled.body).toBe(200)
    } finally {
      ctx.now = now
    }
    await expectRollupsEqualRaw()

    // The lifecycle job: November's approved booking is over (no check-in: a no-show), a checked-in one completes.
    await ctx.db.updateTable('bookings').set({ status: 'checked_in' }).where('id', '=', await bookingAt('2026-10-13T14:00')).execute()
    const advanced = await advanceBookings(ctx.app)
    expect(advanced.noShows + advanced.completed).toBeGreaterThan(0)
    await expectRollupsEqualRaw()

    // Moved over the end of October (half an hour in each month), to another room, cancelled late, and deleted.
    const hall = await bookingAt('2026-10-15T14:00')
    await ctx.db.updateTable('bookings').set({ starts_at: new Date('2026-10-31T15:30:00Z'), ends_at: new Date('2026-10-31T16:30:00Z') }).where('id', '=', hall).execute()
    await expectRollupsEqualRaw()
    await ctx.db.updateTable('bookings').set({ room_id: f.meeting }).where('id', '=', hall).execute()
    await ctx.db.updateTable('bookings').set({ status: 'cancelled', late_cancellation: true }).where('id', '=', await bookingAt('2026-10-14T14:00')).execute()
    await expectRollupsEqualRaw()
    await ctx.db.deleteFrom('bookings').where('id', '=', hall).execute()
    await expectRollupsEqualRaw()
  })

  it("follows activities' hours in their rooms", async () => {
    const occurrence = async (title: string, date: string) => (await sql<{ id: string }>`
      select o.id from occurrences o join activities a on a.id = o.activity_id
      where a.title = ${title} and o.recurrence_local::date = ${date}::date`.execute(ctx.db)).rows[0]!.id
    const o1 = await occurrence('党课', '2026-10-09')
    const o4 = await occurrence('四点半课堂', '2026-10-12')
    await ctx.db.updateTable('occurrences').set({ room_id: f.hall }).where('id', '=', o4).execute()
    await ctx.db.updateTable('occurrences').set({ starts_at: new Date('2026-10-31T14:00:00Z'), ends_at: new Date('2026-10-31T18:00:00Z') }).where('id', '=', o1).execute()
    await expectRollupsEqualRaw()
    const cancel = await ctx.app.inject({ method: 'PATCH', url: `/api/occurrences/${o1}`, headers: { cookie: f.as.manager }, payload: { status: 'cancelled' } })
    expect(cancel.statusCode, cancel.body).toBe(200)
    await ctx.db.updateTable('occurrences').set({ room_id: null }).where('id', '=', o4).execute()
    await expectRollupsEqualRaw()
    await ctx.db.updateTable('activities').set({ status: 'published' }).where('title', 'in', ['筹备会', '健康讲座']).execute()
    await ctx.db.updateTable('activities').set({ status: 'cancelled' }).where('title', '=', '党课').execute()
    await expectRollupsEqualRaw()
    await ctx.db.deleteFrom('activities').where('title', '=', '筹备会').execute()
    await ctx.db.deleteFrom('occurrences').where('id', '=', await occurrence('健康讲座', '2026-10-20')).execute()
    await expectRollupsEqualRaw()
  })

  it('follows 民情 opened, transferred, closed, moved and deleted, and volunteer service added, edited and deleted', async () => {
    const a = reportFactories(ctx.db, f.centerA, 'Asia/Shanghai')
    await a.serviceRequest('2026-10-30T10:00', 'policy', 'registered')
    const opened = (await ctx.db.selectFrom('service_requests').select('id').where('status', '=', 'registered').orderBy('received_at').execute()).map((r) => r.id)
    await ctx.db.updateTable('service_requests').set({ status: 'transferred', department: '街道民政科', transferred_at: new Date('2026-11-02T02:00:00Z') }).where('id', '=', opened[0]!).execute()
    await expectRollupsEqualRaw()
    await ctx.db.updateTable('service_requests').set({ status: 'closed', closed_at: new Date('2026-11-03T02:00:00Z') }).where('id', '=', opened[0]!).execute()
    await ctx.db.updateTable('service_requests').set({ category: 'legal_aid', received_at: new Date('2026-09-20T02:00:00Z') }).where('id', '=', opened[1]!).execute()
    await expectRollupsEqualRaw()
    await ctx.db.deleteFrom('service_requests').where('id', '=', opened[2]!).execute()
    await expectRollupsEqualRaw()

    const team = await a.volunteerTeam('助老服务队')
    const member = await team.member(f.residents[1]!) // r2, who serves in another team already
    await a.service(member, '2026-10-16T14:00', 45, 8)
    await a.service(member, '2026-09-10T14:00', 30, 5)
    await expectRollupsEqualRaw()
    const served = await ctx.db.selectFrom('volunteer_service').select('id').where('member_id', '=', member).orderBy('served_at').execute()
    await ctx.db.updateTable('volunteer_service').set({ minutes: 50, points: 9, served_at: new Date('2026-10-31T17:00:00Z') }).where('id', '=', served[1]!.id).execute()
    await ctx.db.deleteFrom('volunteer_service').where('id', '=', served[0]!.id).execute()
    await expectRollupsEqualRaw()
    await ctx.db.deleteFrom('volunteer_members').where('id', '=', member).execute()
    await expectRollupsEqualRaw()
  })

  it("counts a center's months again when it moves to another time zone, and rebuilds to the same figures", async () => {
    await ctx.db.updateTable('centers').set({ time_zone: 'Europe/London' }).where('id', '=', f.centerA).execute()
    await expectRollupsEqualRaw()
    await ctx.db.updateTable('centers').set({ time_zone: 'Asia/Shanghai' }).where('id', '=', f.centerA).execute()
    await expectRollupsEqualRaw()

    const before = await report<RegionReport>(`/api/regions/${f.subA.id}/reports?from=2026-09-01&to=2026-10-31`, f.as.admin)
    await sql`update report_month_bookings set bookings = bookings + 3, seconds = seconds + 3600`.execute(ctx.db)
    await sql`delete from report_month_service`.execute(ctx.db)
    await sql`update report_month_volunteers set minutes = minutes * 2`.execute(ctx.db)
    await sql`delete from report_month_room_use`.execute(ctx.db)
    await rebuildRollups(ctx.db, f.centerA)
    await rebuildRollups(ctx.db)
    await expectRollupsEqualRaw()
    expect(await report<RegionReport>(`/api/regions/${f.subA.id}/reports?from=2026-09-01&to=2026-10-31`, f.as.admin)).toEqual(before)
  })
})
