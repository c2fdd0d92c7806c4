// 10. The scale gate: a province generated in bulk SQL and grown in steps (by default 10, 100 and
//     1,000 centers, as far as the generation budget allows), the real API driven with concurrent
//     load at each size, and each endpoint's p95 at the largest size held to its budget in
//     bench/scale-budgets.json. Run on its own: `npm run bench -- scale`.
import { readFileSync } from 'node:fs'
import { sql } from 'kysely'
import { addDays, localDateOf, weekdayOf } from '@linli/schedule'
import { createDatabase } from '@linli/api/src/db/database'
import { createBenchDatabase } from './lib/database'
import { type Call, type EndpointLoad, type EndpointResult, driveEndpoint } from './lib/endpoint-load'
import { scaleEnv } from './lib/env'
import { spawnApi } from './lib/processes'
import type { Bench, Row } from './lib/report'
import { CENTERS_PER_DISTRICT, FREE_ROOMS, addCenters, residentSessions, scaleCenters, sizes, staffSession } from './lib/scale-world'
import { slotAt } from './lib/slots'
import { TIME_ZONE } from './lib/world'

interface Budget extends EndpointLoad { budgetMs: number }
const budgets = (JSON.parse(readFileSync(new URL('./scale-budgets.json', import.meta.url), 'utf8')) as { endpoints: Record<string, Budget> }).endpoints

/** The centers every size measures: the first district's, present at every size, so only the data around them grows. */
const MEASURED = CENTERS_PER_DISTRICT

interface Step { centers: number; generatedSeconds: number; phases: Record<string, number>; sizes: Record<string, number>; results: Record<string, EndpointResult> }

const pick = <T>(items: readonly T[], i: number) => items[(i * 7919) % items.length]!

export default {
  name: 'scale',
  timeLimitSeconds: 7200,
  async run() {
    const database = await createBenchDatabase('scale')
    // Bulk loads of a province outlast the API's statement timeout: a connection of its own without it.
    const loader = await createDatabase({ kind: 'postgres', url: database.url, timeouts: { statementMs: 3_600_000 } })
    const today = localDateOf(new Date(), TIME_ZONE)
    const span = { from: addDays(today, -365), to: addDays(today, 92) }
    const monday = addDays(today, 1 - weekdayOf(today))
    const firstOfMonth = `${today.slice(0, 8)}01`
    const lastMonth = { from: `${addDays(firstOfMonth, -1).slice(0, 8)}01`, to: addDays(firstOfMonth, -1) }
    const yearFrom = `${Number(today.slice(0, 4)) - 1}${today.slice(4, 8)}01`
    const steps: Step[] = []
    let generated = 0
    let generatedSeconds = 0
    let bookingSlot = 0
    let freshResidents = 0
    let stoppedBecause = ''
    for (const asked of scaleEnv.steps) {
      // Grow only as far as the generation is expected to fit its budget (the issue: about ten
      // minutes here): past it, the last size is as many centers as the rest of the budget allows.
      let target = asked
      const perCenter = generated ? generatedSeconds / generated : 0
      if (generated && generatedSeconds + perCenter * (target - generated) > scaleEnv.generateSeconds) {
        target = generated + Math.floor((scaleEnv.generateSeconds - generatedSeconds) / perCenter / CENTERS_PER_DISTRICT) * CENTERS_PER_DISTRICT
        stoppedBecause = `${asked} centers would take about ${(generatedSeconds + perCenter * (asked - generated)).toFixed(0)} s of generation in all (${perCenter.toFixed(2)} s a center so far), over the budget of ${scaleEnv.generateSeconds} s (BENCH_SCALE_GENERATE_S)`
          + (target >= generated * 2 ? `: grown to ${target} instead` : ': stopped here')
        if (target < generated * 2) break
      }
      const t = performance.now()
      const phases = await addCenters(loader, generated, target - generated, span)
      generatedSeconds += (performance.now() - t) / 1000
      generated = target
      console.log(`scale: ${target} centers generated (${generatedSeconds.toFixed(0)} s so far; ms per phase ${JSON.stringify(phases)})`)

      const all = await scaleCenters(loader)
      const measured = all.slice(0, MEASURED)
      const ids = measured.map((c) => c.centerId)
      const rooms = (await sql<{ id: string; name: string }>`select id, name from rooms where center_id = any(${ids}::uuid[]) order by center_id, name`.execute(loader)).rows
      const freeRooms = rooms.filter((r) => FREE_ROOMS.includes(r.name)).map((r) => r.id)
      const coming = (await sql<{ id: string }>`select id from occurrences where center_id = any(${ids}::uuid[]) and status = 'scheduled'
        and starts_at > now() + interval '2 hours' and starts_at < now() + interval '7 days' order by starts_at`.execute(loader)).rows.map((r) => r.id)
      const admin = await staffSession(loader, { role: 'district_admin', regionId: measured[0]!.districtId }, `scale-admin-${target}`)
      const readers = await residentSessions(loader, 300)
      const load = (name: string) => budgets[name]!
      const writers = (name: string) => {
        const n = load(name).warmUp + load(name).requests
        freshResidents += n
        return residentSessions(loader, n, { offset: freshResidents - n })
      }
      const bookers = await writers('create booking (resident)')
      const signers = await writers('sign up for an activity (resident)')

      const api = await spawnApi({ DATABASE_URL: database.url })
      const endpoints: Record<string, (i: number) => Call> = {
        'lobby schedule, today': (i) => ({ method: 'GET', path: `/api/centers/${pick(ids, i)}/schedule?from=${today}&to=${today}`, cookie: '', expect: [200] }),
        'lobby schedule, week': (i) => ({ method: 'GET', path: `/api/centers/${pick(ids, i)}/schedule?from=${monday}&to=${addDays(monday, 6)}`, cookie: '', expect: [200] }),
        'room availability, 7 days': (i) => ({ method: 'GET', path: `/api/rooms/${pick(rooms, i).id}/availability?date=${today}&days=7`, cookie: '', expect: [200] }),
        'my bookings (resident)': (i) => ({ method: 'GET', path: '/api/residents/me/bookings', cookie: pick(readers, i).cookie, expect: [200] }),
        'center report, last month': (i) => ({ method: 'GET', path: `/api/centers/${pick(ids, i)}/reports?from=${lastMonth.from}&to=${lastMonth.to}`, cookie: admin, expect: [200] }),
        'district report, 12 whole months': () => ({ method: 'GET', path: `/api/regions/${measured[0]!.districtId}/reports?from=${yearFrom}&to=${lastMonth.to}`, cookie: admin, expect: [200] }),
        'audit search, a center\'s month': (i) => ({ method: 'GET', path: `/api/audit?centerId=${pick(ids, i)}&from=${addDays(today, -30)}&to=${today}&limit=100`, cookie: admin, expect: [200] }),
        'admin bookings list, a center\'s week': (i) => ({ method: 'GET', path: `/api/centers/${pick(ids, i)}/bookings?from=${today}&to=${addDays(today, 6)}`, cookie: admin, expect: [200] }),
        // Writes last, so the reads above saw the same data at every size.
        'create booking (resident)': (i) => {
          const { roomId, ...times } = slotAt(bookingSlot++, freeRooms, addDays(today, 1))
          return { method: 'POST', path: `/api/rooms/${roomId}/bookings`, cookie: bookers[i]!.cookie, body: { ...times, purpose: '读书会', headcount: 6 }, expect: [201] }
        },
        'sign up for an activity (resident)': (i) => ({ method: 'POST', path: `/api/occurrences/${pick(coming, i)}/registrations`, cookie: signers[i]!.cookie, body: {}, expect: [201] }),
      }
      const results: Record<string, EndpointResult> = {}
      try {
        for (const [name, nth] of Object.entries(endpoints)) {
          results[name] = await driveEndpoint(api.baseUrl, load(name), nth)
          console.log(`scale: ${target} centers, ${name}: p95 ${results[name]!.p95.toFixed(1)} ms (budget ${load(name).budgetMs})`)
        }
      } finally {
        await api.stop()
      }
      steps.push({ centers: target, generatedSeconds, phases, sizes: await sizes(loader), results })
      if (target !== asked) break
    }
    await loader.destroy()
    await database.drop()

    const largest = steps.at(-1)!
    const first = steps[0]!
    const names = Object.keys(budgets)
    const over = names.filter((n) => largest.results[n]!.p95 > budgets[n]!.budgetMs)
    // How p95 grows with the data: d log(p95) / d log(centers) between the smallest and largest size (0 = flat, 1 = linear).
    const slope = (n: string) => (steps.length < 2 ? Number.NaN : Math.log(largest.results[n]!.p95 / first.results[n]!.p95) / Math.log(largest.centers / first.centers))
    const rows: Row[] = steps.flatMap((s) => names.map((n) => ({
      metric: `${s.centers} centers: ${n} p95`, unit: 'ms', baseline: budgets[n]!.budgetMs, subject: s.results[n]!.p95, better: 'lower' as const,
    })))
    const fmt = (n: number) => n.toLocaleString('en-US')
    return {
      name: 'scale',
      title: `Scale gate: p95 per endpoint against its budget, at ${steps.map((s) => s.centers).join(', ')} centers`,
      baselineLabel: 'budget (bench/scale-budgets.json)',
      subjectLabel: 'Linli API p95',
      rows,
      notes: [
        ...steps.map((s) => `${s.centers} centers (generated in ${s.generatedSeconds.toFixed(0)} s in all): ${Object.entries(s.sizes).filter(([k]) => k !== 'bytes').map(([k, v]) => `${fmt(v)} ${k}`).join(', ')}; database ${(s.sizes.bytes! / 2 ** 30).toFixed(2)} GiB`),
        ...(stoppedBecause ? [stoppedBecause] : []),
        `span: ${span.from} to ${span.to} (a year back, three months ahead); measured: the first district's ${MEASURED} centers at every size (requests spread over their centers, rooms and residents); writes use residents with no bookings yet and rooms 11-12`,
        `load per endpoint (concurrency × requests after warm-up): ${names.map((n) => `${n} ${budgets[n]!.concurrency}×${budgets[n]!.requests}`).join('; ')}`,
        `slope of p95 with the data, d log(p95) / d log(centers), ${first.centers} → ${largest.centers} centers (0 = flat, 1 = grows with the data): ${names.map((n) => `${n} ${slope(n).toFixed(2)}`).join('; ')}`,
        over.length ? `OVER BUDGET at ${largest.centers} centers: ${over.join('; ')}` : `every p95 at ${largest.centers} centers is within its budget`,
      ],
      details: { span, steps, budgets },
      ...(over.length && { failure: `over budget at ${largest.centers} centers: ${over.join('; ')}` }),
    }
  },
} satisfies Bench
