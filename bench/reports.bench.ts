// 6. Reports on a year of a district: GET /api/centers/:id/reports and GET /api/regions/:id/reports
//    through the real server, against reading the same rows straight from PostgreSQL without
//    aggregating them (one count(*) per table over the same centers and period).
import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { addDays, localDateOf, localToInstant } from '@linli/schedule'
import { createDatabase } from '@linli/api/src/db/database'
import type { DB } from '@linli/api/src/db/schema'
import { regionReport } from '@linli/api/src/modules/reports/region-report'
import { recountRollups } from '@linli/api/src/modules/reports/rollup.repository'
import { createBenchDatabase } from './lib/database'
import { env } from './lib/env'
import { spawnApi } from './lib/processes'
import type { Bench, Row } from './lib/report'
import { addYearOfUse, newReportWorld } from './lib/report-world'
import { percentile } from './lib/stats'
import { TIME_ZONE } from './lib/world'

const CENTERS = env.reportCenters
/** Issue 17's goal for a district's year of 30 centers. */
const GOAL_MS = 200
const RUNS = env.reportRuns
const WARM_UP = 2

/** Runs `fn` WARM_UP + RUNS times one after another; returns the measured milliseconds. */
async function timed(fn: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const t = performance.now()
    await fn()
    if (i >= WARM_UP) samples.push(performance.now() - t)
  }
  return samples
}

/** The baseline: the rows each report reads, counted (not grouped) in one statement. */
const countRows = (pool: pg.Pool, centerIds: string[], lo: Date, hi: Date) => pool.query(`
  select (select count(*) from occurrences where center_id = any($1) and starts_at >= $2 and starts_at < $3) as occurrences,
    (select count(*) from check_ins c join occurrences o on o.id = c.occurrence_id where o.center_id = any($1) and o.starts_at >= $2 and o.starts_at < $3) as check_ins,
    (select count(*) from bookings where center_id = any($1) and starts_at >= $2 and starts_at < $3) as bookings,
    (select count(*) from service_requests where center_id = any($1) and received_at >= $2 and received_at < $3) as service_requests,
    (select count(*) from volunteer_service where center_id = any($1) and served_at >= $2 and served_at < $3) as volunteer_service,
    (select count(*) from rooms where center_id = any($1)) as rooms`, [centerIds, lo, hi])

const rowsFor = (label: string, baseline: number[], subject: number[]): Row[] => [
  { metric: `${label} p50`, unit: 'ms', baseline: percentile(baseline, 50), subject: percentile(subject, 50), better: 'lower' },
  { metric: `${label} p99`, unit: 'ms', baseline: percentile(baseline, 99), subject: percentile(subject, 99), better: 'lower' },
]

/**
 * The SQL the region report sends, captured in process, with PostgreSQL's plan and timing for each statement.
 * One connection: the report's statements then run one after another (its helpers find the list done),
 * so each plan is the statement's alone, not shared with the others running beside it in the API.
 */
async function explainRegion(url: string, region: { id: string; name: string }, from: string, to: string) {
  const captured: { sql: string; parameters: readonly unknown[] }[] = []
  const pool = new pg.Pool({ connectionString: url, max: 1 })
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), log: (e) => void (e.level === 'query' && captured.push(e.query)) })
  await regionReport(db, region, { from, to })
  const plans = []
  // As the report runs them: in a transaction with its work memory and without JIT, and the settings a statement
  // changes around itself (set_config) changed around it here too (the captured begin and commit are skipped).
  const client = await pool.connect()
  await client.query(`begin; set local work_mem = '64MB'; set local jit = off`)
  for (const q of captured.filter((c) => /^\s*(with|select)\b/i.test(c.sql) && !c.sql.includes('pg_export_snapshot'))) {
    if (q.sql.includes('set_config')) {
      await client.query(q.sql, [...q.parameters])
      continue
    }
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${q.sql}`, [...q.parameters])
    const plan = rows.map((r) => r['QUERY PLAN'])
    plans.push({ sql: q.sql.replace(/\s+/g, ' ').slice(0, 160), executionMs: Number(/Execution Time: ([\d.]+)/.exec(plan.join('\n'))?.[1]), plan })
  }
  await client.query('commit')
  client.release()
  await db.destroy()
  return plans
}

export default {
  name: 'reports',
  async run() {
    const database = await createBenchDatabase('reports')
    // The bulk load and the rebuild on a busy machine outlast the API's statement timeout: a connection of their own without it.
    const loader = await createDatabase({ kind: 'postgres', url: database.url, timeouts: { statementMs: 1_800_000 } })
    const world = await newReportWorld(database.db, CENTERS)
    const today = localDateOf(new Date(), TIME_ZONE)
    const [from, to] = [addDays(today, -365), addDays(today, -1)]
    const generating = performance.now()
    const counts = await addYearOfUse(loader, from, to)
    const generatedSeconds = (performance.now() - generating) / 1000
    // The bulk load ran with triggers off, as a restore or a bulk import would: the roll-ups are rebuilt after it.
    const rebuilding = performance.now()
    await loader.transaction().execute((trx) => recountRollups(trx))
    const rebuildSeconds = (performance.now() - rebuilding) / 1000
    // As a database in use would be once autovacuum has been by: visibility maps set, statistics of every
    // table read. Otherwise autovacuum starts on the freshly loaded tables while the reports are timed.
    await sql`vacuum (analyze)`.execute(loader)
    const rollupRows = (await sql<{ a: number; r: number }>`select (select count(*) from report_month_activity)::int as a, (select count(*) from report_month_residents)::int as r`.execute(loader)).rows[0]!
    await loader.destroy()
    const lo = localToInstant(`${from}T00:00`, TIME_ZONE)
    const hi = localToInstant(`${today}T00:00`, TIME_ZONE)
    const monthFrom = `${addDays(`${today.slice(0, 8)}01`, -1).slice(0, 8)}01`
    const monthTo = addDays(`${today.slice(0, 8)}01`, -1)
    // The last 12 whole months (what a district's yearly comparison usually covers): read from the roll-ups alone.
    const yearFrom = `${Number(today.slice(0, 4)) - 1}${today.slice(4, 8)}01`

    const api = await spawnApi({ DATABASE_URL: database.url })
    const get = async (path: string, cookie: string) => {
      const res = await fetch(`${api.baseUrl}${path}`, { headers: { cookie } })
      const text = await res.text()
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${text.slice(0, 200)}`)
      return text
    }
    const centerId = world.centerIds[0]!
    const centerPath = `/api/centers/${centerId}/reports?from=${from}&to=${to}`
    const monthPath = `/api/centers/${centerId}/reports?from=${monthFrom}&to=${monthTo}`
    const regionPath = `/api/regions/${world.districtId}/reports?from=${from}&to=${to}`
    const wholePath = `/api/regions/${world.districtId}/reports?from=${yearFrom}&to=${monthTo}`
    const centerBody = await get(centerPath, world.managerCookie)
    const regionBody = await get(regionPath, world.adminCookie)

    const pool = new pg.Pool({ connectionString: database.url, max: 1 })
    const monthLo = localToInstant(`${monthFrom}T00:00`, TIME_ZONE)
    const monthHi = localToInstant(`${addDays(monthTo, 1)}T00:00`, TIME_ZONE)
    const baseCenter = await timed(() => countRows(pool, [centerId], lo, hi))
    const apiCenter = await timed(() => get(centerPath, world.managerCookie))
    const baseMonth = await timed(() => countRows(pool, [centerId], monthLo, monthHi))
    const apiMonth = await timed(() => get(monthPath, world.managerCookie))
    const baseRegion = await timed(() => countRows(pool, world.centerIds, lo, hi))
    const apiRegion = await timed(() => get(regionPath, world.adminCookie))
    const regionRows = (await countRows(pool, world.centerIds, lo, hi)).rows[0] as Record<string, string>
    const [wholeLo, wholeHi] = [localToInstant(`${yearFrom}T00:00`, TIME_ZONE), monthHi]
    const baseWhole = await timed(() => countRows(pool, world.centerIds, wholeLo, wholeHi))
    const apiWhole = await timed(() => get(wholePath, world.adminCookie))
    await pool.end()
    await api.stop()
    const plans = await explainRegion(database.url, { id: world.districtId, name: '基准区' }, from, to)
    const plansWhole = await explainRegion(database.url, { id: world.districtId, name: '基准区' }, yearFrom, monthTo)
    await database.drop()

    const regionRead = Object.entries(regionRows).map(([t, n]) => `${t} ${Number(n).toLocaleString('en-US')}`).join(', ')
    return {
      name: 'reports',
      title: `Reports on a year of ${CENTERS} centers (GET /api/centers/:id/reports, GET /api/regions/:id/reports)`,
      baselineLabel: 'count(*) of the same rows, raw pg',
      subjectLabel: 'Linli API',
      rows: [
        ...rowsFor('center report, 1 year', baseCenter, apiCenter),
        ...rowsFor('center report, 1 month', baseMonth, apiMonth),
        ...rowsFor(`region report (${CENTERS} centers), 1 year`, baseRegion, apiRegion),
        ...rowsFor(`region report (${CENTERS} centers), 12 whole months`, baseWhole, apiWhole),
      ],
      notes: [
        `data: ${Object.entries(counts).map(([t, n]) => `${n.toLocaleString('en-US')} ${t}`).join(', ')} (a year, ${from} to ${to}; generated in SQL in ${generatedSeconds.toFixed(0)} s)`,
        `region report reads ${regionRead}; responses: center ${(centerBody.length / 1024).toFixed(1)} KiB, region ${(regionBody.length / 1024).toFixed(1)} KiB`,
        `${RUNS} sequential requests per row after ${WARM_UP} warm-up ones; API spawned as \`src/server.ts\` (LOG_LEVEL=warn), baseline over one pg connection`,
        `goal ${GOAL_MS} ms for a district's year: region p50 ${percentile(apiRegion, 50).toFixed(0)} ms over a year up to yesterday (${from} to ${to}: its partial first and last months from the daily roll-ups), ${percentile(apiWhole, 50).toFixed(0)} ms over the 12 whole months ${yearFrom} to ${monthTo} (roll-ups only) — ${percentile(apiWhole, 50) <= GOAL_MS ? 'met' : 'not met'}`,
        `roll-ups rebuilt after the bulk load in ${rebuildSeconds.toFixed(1)} s: ${rollupRows.a.toLocaleString('en-US')} center-month-category rows, ${rollupRows.r.toLocaleString('en-US')} center-month-resident rows`,
        `region report, PostgreSQL execution time per statement (EXPLAIN ANALYZE one after another, in the JSON; the API runs them side by side on three connections): ${plans.map((p) => `${p.executionMs.toFixed(0)} ms`).join(', ')}`,
        `the same over the 12 whole months: ${plansWhole.map((p) => `${p.executionMs.toFixed(0)} ms`).join(', ')}`,
      ],
      details: { counts, from, to, baseCenter, apiCenter, baseMonth, apiMonth, baseRegion, apiRegion, yearFrom, baseWhole, apiWhole, rebuildSeconds, rollupRows, plans, plansWhole },
    }
  },
} satisfies Bench
