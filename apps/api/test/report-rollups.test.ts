import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { CenterReport, RegionReport } from '@linli/contracts'
import { type RollupRow, deferRollups, rebuildRollups, recountRollups, rollupFigures } from '../src/modules/reports/rollup.repository'
import { runCli } from './support/cli'
import { newReportFixture } from './support/report-fixture'
import { useTestApp } from './support/test-app'

/**
 * The reports' monthly roll-ups (migration 2026_12_07_1500_report_rollups) against the raw rows
 * they count, on the reports' hand-computed fixture: equal for every center, month and category
 * after it is built, after each kind of change staff make, and after a rebuild.
 */
describe('report roll-ups', () => {
  const ctx = useTestApp()
  let f: Awaited<ReturnType<typeof newReportFixture>>

  /** The raw aggregation: held occurrences (scheduled, of a published activity) by local month (or day) of start, with their check-ins. */
  const rawBy = async (period: 'YYYY-MM' | 'YYYY-MM-DD') => (await sql<RollupRow>`
    select o.center_id, to_char(o.starts_at at time zone c.time_zone, ${period}) as month, a.category,
      count(distinct o.id)::int as held, count(ci.id)::int as check_ins, coalesce(sum(ci.headcount), 0)::int as person_times,
      coalesce(sum(ci.headcount) filter (where ci.id is not null and ci.resident_id is null), 0)::int as walk_ins,
      count(distinct ci.resident_id)::int as people
    from occurrences o join activities a on a.id = o.activity_id join centers c on c.id = o.center_id
    left join check_ins ci on ci.occurrence_id = o.id
    where o.status = 'scheduled' and a.status = 'published'
    group by 1, 2, 3 order by 1, 2, 3`.execute(ctx.db)).rows
  const raw = () => rawBy('YYYY-MM')
  /** The same per local day, raw and as the daily roll-ups (migration 2026_12_07_2300_report_day_rollups) hold it. */
  const rawDays = () => rawBy('YYYY-MM-DD')
  const rolledDays = async () => (await sql<RollupRow>`
    select a.center_id, to_char(a.day, 'YYYY-MM-DD') as month, a.category, a.held, a.check_ins, a.person_times, a.walk_ins,
      (select count(*)::int from report_day_residents r join report_categories k on k.category = a.category
        where r.center_id = a.center_id and r.day = a.day and r.categories & (1::bigint << k.bit) <> 0) as people
    from report_day_activity a order by 1, 2, 3`.execute(ctx.db)).rows
  /** Per center, month, resident and category, the days of the month they checked in on (bit d - 1): raw, and rolled up. */
  const rawResidentDays = async () => (await sql`
    select o.center_id, to_char(o.starts_at at time zone c.time_zone, 'YYYY-MM') as month, ci.resident_id, k.bit,
      bit_or(1 << (extract(day from o.starts_at at time zone c.time_zone)::int - 1)) as mask
    from occurrences o join activities a on a.id = o.activity_id join centers c on c.id = o.center_id
    join check_ins ci on ci.occurrence_id = o.id and ci.resident_id is not null join report_categories k on k.category = a.category
    where o.status = 'scheduled' and a.status = 'published'
    group by 1, 2, 3, 4 order by 1, 2, 3, 4`.execute(ctx.db)).rows
  const rolledResidentDays = async () => (await sql`
    select d.center_id, to_char(d.month, 'YYYY-MM') as month, d.resident_id, (u.i - 1)::int as bit, u.mask
    from report_month_resident_days d cross join lateral unnest(d.days) with ordinality u(mask, i)
    where u.mask <> 0 and d.all_days = (select bit_or(x) from unnest(d.days) x)
    order by 1, 2, 3, 4`.execute(ctx.db)).rows
  const expectRollupsEqualRaw = async () => {
    const expected = await raw()
    expect(expected.length).toBeGreaterThan(0)
    expect(await rollupFigures(ctx.db)).toEqual(expected)
    expect(await rolledDays()).toEqual(await rawDays())
    expect(await rolledResidentDays()).toEqual(await rawResidentDays())
    // In how many centers each resident checked in per month (migration 2026_12_07_2345_report_month_people).
    expect((await sql`select to_char(month, 'YYYY-MM') as month, resident_id, centers from report_month_people order by 1, 2`.execute(ctx.db)).rows)
      .toEqual((await sql`
        select to_char(o.starts_at at time zone c.time_zone, 'YYYY-MM') as month, ci.resident_id, count(distinct o.center_id)::int as centers
        from occurrences o join activities a on a.id = o.activity_id join centers c on c.id = o.center_id
        join check_ins ci on ci.occurrence_id = o.id and ci.resident_id is not null
        where o.status = 'scheduled' and a.status = 'published'
        group by 1, 2 order by 1, 2`.execute(ctx.db)).rows)
    // No resident's day is kept once its check-ins are all gone.
    expect((await sql<{ n: number }>`select count(*)::int as n from report_day_residents where categories = 0`.execute(ctx.db)).rows[0]!.n).toBe(0)
  }
  const occurrenceOf = async (title: string, date: string) => (await sql<{ id: string }>`
    select o.id from occurrences o join activities a on a.id = o.activity_id
    where a.title = ${title} and o.recurrence_local::date = ${date}::date`.execute(ctx.db)).rows[0]!.id
  const centerReport = async (query: string) => {
    const res = await ctx.app.inject({ method: 'GET', url: `/api/centers/${f.centerA}/reports?${query}`, headers: { cookie: f.as.staff } })
    expect(res.statusCode, res.body).toBe(200)
    return res.json() as CenterReport
  }

  it('holds what the raw rows give once the fixture is written', async () => {
    f = await newReportFixture(ctx.app, ctx.db)
    await expectRollupsEqualRaw()
    // October at center A, as test/reports.test.ts works it out: lecture 2 held, 12 person-times, 3 residents + 8 walk-ins.
    expect((await rollupFigures(ctx.db, [f.centerA])).find((r) => r.month === '2026-10' && r.category === 'lecture'))
      .toMatchObject({ held: 2, check_ins: 6, person_times: 12, walk_ins: 8, people: 3 })
    // Part of a month is read from the raw rows, and only that part: 2-10 October holds o1 alone (r1, r2 and 5 walk-ins).
    expect((await centerReport('from=2026-10-02&to=2026-10-10')).totals).toMatchObject({ activitiesHeld: 1, people: 7, personTimes: 7 })
  })

  it('follows check-ins taken back, residents checking in, cancelled and moved occurrences, and activities changed or deleted', async () => {
    const o1 = await occurrenceOf('党课', '2026-10-09')
    const o2 = await occurrenceOf('党课', '2026-10-16')
    const o4 = await occurrenceOf('四点半课堂', '2026-10-12')

    // A check-in taken back through the API, and one added.
    const r1 = await sql<{ id: string }>`select id from check_ins where occurrence_id = ${o1} and resident_id = ${f.residents[0]!}`.execute(ctx.db)
    const undo = await ctx.app.inject({ method: 'DELETE', url: `/api/check-ins/${r1.rows[0]!.id}`, headers: { cookie: f.as.manager } })
    expect(undo.statusCode, undo.body).toBe(204)
    await expectRollupsEqualRaw()
    await ctx.db.insertInto('check_ins').values({ occurrence_id: o4, center_id: f.centerA, resident_id: f.residents[6]!, method: 'staff' }).execute()
    await expectRollupsEqualRaw()

    // A walk-in count corrected, and a check-in moved to another occurrence.
    await ctx.db.updateTable('check_ins').set({ headcount: 9 }).where('occurrence_id', '=', o2).where('resident_id', 'is', null).execute()
    await ctx.db.updateTable('check_ins').set({ occurrence_id: o4 }).where('occurrence_id', '=', o2).where('resident_id', '=', f.residents[2]!).execute()
    await expectRollupsEqualRaw()

    // An occurrence cancelled through the API, then scheduled again.
    const cancel = await ctx.app.inject({ method: 'PATCH', url: `/api/occurrences/${o2}`, headers: { cookie: f.as.manager }, payload: { status: 'cancelled' } })
    expect(cancel.statusCode, cancel.body).toBe(200)
    await expectRollupsEqualRaw()
    await ctx.db.updateTable('occurrences').set({ status: 'scheduled' }).where('id', '=', o2).execute()
    await expectRollupsEqualRaw()

    // An occurrence moved into the next month (with its check-ins), and to the last hour of October in Shanghai.
    await ctx.db.updateTable('occurrences').set({ starts_at: new Date('2026-11-03T01:00:00Z'), ends_at: new Date('2026-11-03T03:00:00Z') }).where('id', '=', o1).execute()
    await expectRollupsEqualRaw()
    await ctx.db.updateTable('occurrences').set({ starts_at: new Date('2026-10-31T15:30:00Z'), ends_at: new Date('2026-10-31T15:45:00Z') }).where('id', '=', o1).execute()
    await expectRollupsEqualRaw()

    // An activity's category changed, one cancelled, a draft published, one deleted with its occurrences and check-ins.
    await ctx.db.updateTable('activities').set({ category: 'science' }).where('title', '=', '党课').execute()
    await expectRollupsEqualRaw()
    await ctx.db.updateTable('activities').set({ status: 'cancelled' }).where('title', '=', '四点半课堂').execute()
    await expectRollupsEqualRaw()
    await ctx.db.updateTable('activities').set({ status: 'published' }).where('title', 'in', ['筹备会', '健康讲座']).execute()
    await expectRollupsEqualRaw()
    await ctx.db.deleteFrom('activities').where('title', '=', '太极拳').execute()
    await expectRollupsEqualRaw()
    await ctx.db.deleteFrom('occurrences').where('id', '=', o2).execute()
    await expectRollupsEqualRaw()

    // A center moved to another time zone: its months are counted again in the new one.
    await ctx.db.updateTable('centers').set({ time_zone: 'Europe/London' }).where('id', '=', f.centerA).execute()
    await expectRollupsEqualRaw()
    await ctx.db.updateTable('centers').set({ time_zone: 'Asia/Shanghai' }).where('id', '=', f.centerA).execute()
    await expectRollupsEqualRaw()
  })

  it('reads a whole past month from the roll-ups with the figures the raw rows give for it', async () => {
    // October is over (the test clock is 20 November): read from the monthly roll-ups; and
    // 2-31 October reads it from the daily ones (nothing was held on the 1st): the same figures.
    const whole = await centerReport('from=2026-10-01&to=2026-10-31')
    const rawOnly = await centerReport('from=2026-10-02&to=2026-10-31')
    expect(whole.participation).toEqual(rawOnly.participation.filter((p) => p.month === '2026-10'))
    const now = ctx.now
    try {
      ctx.now = new Date('2026-10-31T16:30:00Z') // 00:30 on 1 November in Shanghai, still October in New York
      const region = await ctx.app.inject({ method: 'GET', url: `/api/regions/${f.subA.id}/reports?from=2026-10-01&to=2026-10-31`, headers: { cookie: f.as.admin } })
      ctx.now = now
      const later = await ctx.app.inject({ method: 'GET', url: `/api/regions/${f.subA.id}/reports?from=2026-10-01&to=2026-10-31`, headers: { cookie: f.as.admin } })
      // Over in Shanghai but not in New York, October is read raw for both at 16:30; later from the roll-ups; New York's
      // Halloween started at 20:00 local (00:00 UTC on 1 November), after the earlier clock, so only it differs.
      const a = (region.json() as RegionReport).participation
      const b = (later.json() as RegionReport).participation
      expect(b.filter((p) => p.category !== 'festival')).toEqual(a.filter((p) => p.category !== 'festival'))
      expect(b.find((p) => p.category === 'festival')).toMatchObject({ activitiesHeld: 1, people: 4, personTimes: 4 })
      expect(a.find((p) => p.category === 'festival')).toBeUndefined()
    } finally {
      ctx.now = now
    }
  })

  it('reads today raw beside the days before it, counting a resident in both once', async () => {
    // At 11:00 on 16 October in Shanghai the 09:00 党课 has started: 1-15 October come from the daily
    // roll-ups, the 16th from the raw rows; its resident p1 was also at the 9 October one. A later clock
    // reads all of 1-16 October from the daily roll-ups: the same figures.
    const later = await centerReport('from=2026-10-01&to=2026-10-16')
    const now = ctx.now
    try {
      ctx.now = new Date('2026-10-16T03:00:00Z')
      const today = await centerReport('from=2026-10-01&to=2026-10-31')
      expect(today.totals).toMatchObject({ activitiesHeld: later.totals.activitiesHeld, people: later.totals.people, personTimes: later.totals.personTimes })
      expect(today.participation).toEqual(later.participation)
      const region = await ctx.app.inject({ method: 'GET', url: `/api/regions/${f.subA.id}/reports?from=2026-10-01&to=2026-10-31`, headers: { cookie: f.as.admin } })
      ctx.now = now
      const regionLater = await ctx.app.inject({ method: 'GET', url: `/api/regions/${f.subA.id}/reports?from=2026-10-01&to=2026-10-16`, headers: { cookie: f.as.admin } })
      expect((region.json() as RegionReport).participation).toEqual((regionLater.json() as RegionReport).participation)
      expect((region.json() as RegionReport).centers.map((c) => c.people)).toEqual((regionLater.json() as RegionReport).centers.map((c) => c.people))
    } finally {
      ctx.now = now
    }
  })

  it('counts a resident seen at two centers of a region in a month once, from whole months and from days', async () => {
    // A resident who checked in at center A in October checks in at New York's Halloween, made the same category.
    const seen = (await sql<{ resident_id: string; category: string }>`
      select ci.resident_id, a.category from check_ins ci join occurrences o on o.id = ci.occurrence_id join activities a on a.id = o.activity_id
      where o.center_id = ${f.centerA} and o.status = 'scheduled' and a.status = 'published' and ci.resident_id is not null
        and o.starts_at >= '2026-09-30T16:00:00Z' and o.starts_at < '2026-10-31T16:00:00Z'
      order by o.starts_at limit 1`.execute(ctx.db)).rows[0]!
    const halloween = (await sql<{ id: string; activity_id: string }>`select id, activity_id from occurrences where center_id = ${f.centerN}`.execute(ctx.db)).rows[0]!
    await ctx.db.updateTable('activities').set({ category: seen.category as never }).where('id', '=', halloween.activity_id).execute()
    await ctx.db.insertInto('check_ins').values({ occurrence_id: halloween.id, center_id: f.centerN, resident_id: seen.resident_id, method: 'staff' }).execute()
    await expectRollupsEqualRaw()
    // The region's October from `from` on, per category, as the raw rows give it: each resident once, walk-ins by headcount.
    const expected = async (from: string) => (await sql<{ category: string; people: number }>`
      select a.category, (count(distinct ci.resident_id) + coalesce(sum(ci.headcount) filter (where ci.id is not null and ci.resident_id is null), 0))::int as people
      from occurrences o join activities a on a.id = o.activity_id join centers c on c.id = o.center_id left join check_ins ci on ci.occurrence_id = o.id
      where c.region_id = ${f.subA.id} and o.status = 'scheduled' and a.status = 'published'
        and to_char(o.starts_at at time zone c.time_zone, 'YYYY-MM') = '2026-10' and (o.starts_at at time zone c.time_zone)::date >= ${from}::date
      group by 1 order by 1`.execute(ctx.db)).rows
    for (const from of ['2026-10-01', '2026-10-02']) {
      const want = await expected(from)
      expect(want.find((e) => e.category === seen.category)).toBeDefined()
      const res = await ctx.app.inject({ method: 'GET', url: `/api/regions/${f.subA.id}/reports?from=${from}&to=2026-10-31`, headers: { cookie: f.as.admin } })
      expect(res.statusCode, res.body).toBe(200)
      const people = (res.json() as RegionReport).participation.map((p) => ({ category: p.category, people: p.people }))
      expect(people.sort((a, b) => a.category.localeCompare(b.category)), from).toEqual(want.sort((a, b) => a.category.localeCompare(b.category)))
    }
  })

  it('rebuilds to the same figures, from the command line too', async () => {
    const before = await rollupFigures(ctx.db)
    await sql`update report_month_activity set held = held + 5`.execute(ctx.db)
    await sql`delete from report_month_residents`.execute(ctx.db)
    await sql`update report_day_activity set held = held + 5`.execute(ctx.db)
    await sql`delete from report_day_residents`.execute(ctx.db)
    await sql`update report_month_resident_days set all_days = 0`.execute(ctx.db)
    await rebuildRollups(ctx.db, f.centerA)
    expect((await rollupFigures(ctx.db, [f.centerA]))).toEqual(before.filter((r) => r.center_id === f.centerA))
    await rebuildRollups(ctx.db)
    expect(await rollupFigures(ctx.db)).toEqual(before)
    await expectRollupsEqualRaw()
  })

  it('lets a bulk writer count once at the end of its transaction, and counts every other write as it happens', async () => {
    const talk = await occurrenceOf('健康讲座', '2026-10-20')
    const before = await rollupFigures(ctx.db, [f.centerA])
    await ctx.db.transaction().execute(async (trx) => {
      await deferRollups(trx)
      await trx.insertInto('check_ins').values({ occurrence_id: talk, center_id: f.centerA, resident_id: f.residents[3]!, method: 'staff' }).execute()
      await trx.updateTable('activities').set({ category: 'lecture' }).where('title', '=', '健康讲座').execute()
      // Deferred: not counted yet, so the writer must recount before it commits.
      expect(await rollupFigures(trx, [f.centerA])).toEqual(before)
      await recountRollups(trx, f.centerA)
    })
    await expectRollupsEqualRaw()
    // The deferral ended with that transaction: the next write is counted by the triggers again.
    await ctx.db.insertInto('check_ins').values({ occurrence_id: talk, center_id: f.centerA, resident_id: f.residents[4]!, method: 'staff' }).execute()
    await expectRollupsEqualRaw()
  })
})

describe('npm run linli -- rebuild-rollups', () => {
  it('explains itself, refuses a bad center id or configuration, and rebuilds', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const dir = mkdtempSync(join(tmpdir(), 'linli-rollups-'))
    const env = { LINLI_DATA_DIR: join(dir, 'pg') }
    try {
      const help = await runCli(['rebuild-rollups', '--help'], env)
      expect(help.code).toBe(0)
      expect(help.stdout).toContain('Usage: npm run linli -- rebuild-rollups [--center <id>]')
      expect((await runCli(['rebuild-rollups', '--center', 'nope'], env)).code).toBe(2)
      expect((await runCli(['rebuild-rollups'], { ...env, PORT: 'abc' })).stderr).toMatch(/Invalid configuration:\n {2}- PORT/)
      const all = await runCli(['rebuild-rollups'], env)
      expect(all.code, all.stderr).toBe(0)
      expect(all.stdout).toMatch(/Rebuilt the roll-ups of every center in embedded PGlite at .* in \d+ ms: 0 center-months/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 300_000)
})
