// 3. Booking writes: distinct slots at concurrency 50 through the API (staff and residents) against
//    raw `pg` INSERTs into a table with the same exclusion constraint; then 200 concurrent requests
//    for one slot, where exactly one may win.
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import pg from 'pg'
import { addDays, localDateOf, localToInstant } from '@linli/schedule'
import { createBenchDatabase } from './lib/database'
import { env } from './lib/env'
import { spawnApi, spawnWorker } from './lib/processes'
import { type Race, countBy, race } from './lib/race'
import { type Writes, createReservationTable, prefillReservations, rawInserts } from './lib/raw-bookings'
import type { Bench, Row } from './lib/report'
import { slotAt, slotsPerDay } from './lib/slots'
import { TIME_ZONE, newCenterWorld, newResidents } from './lib/world'

const CONCURRENCY = 50
const WRITES = 1000
const WARM_UP = 100
const RACERS = 200
/** Connections of the raw race: the API's pool size, so both race with as many inserters at once. */
const RAW_RACE_POOL = 10
const ROOMS = 20

/**
 * `amount` POSTs at CONCURRENCY through autocannon, each with the body (and cookie) `nth` gives it.
 * The rate is timed here, first request to last answer: autocannon ends an `amount` run on its next
 * one-second tick, so its own `duration` rounds the run up to whole seconds.
 */
async function postMany(baseUrl: string, amount: number, nth: (k: number) => { path: string; body: object; cookie: string }): Promise<Writes> {
  let k = 0
  const started = performance.now()
  let last = started
  const run = autocannon({
    url: baseUrl, connections: CONCURRENCY, amount, timeout: 30,
    requests: [{
      method: 'POST',
      setupRequest: (req) => {
        const { path, body, cookie } = nth(k++)
        return { ...req, path, body: JSON.stringify(body), headers: { 'content-type': 'application/json', cookie } }
      },
    }],
  }).on('response', () => void (last = performance.now()))
  const r = await run
  const codes = Object.fromEntries(Object.entries(r.statusCodeStats).map(([c, s]) => [c, s.count]))
  if (Object.keys(codes).some((c) => c !== '201') || r.errors) throw new Error(`bookings: expected only 201, got ${JSON.stringify(codes)}, ${r.errors} errors`)
  return { perSecond: (codes['201'] ?? 0) / ((last - started) / 1000), p50: r.latency.p50, p99: r.latency.p99, count: codes['201'] ?? 0 }
}

const rows = (label: string, b: Writes, s: Writes): Row[] => [
  { metric: `${label}: throughput`, unit: 'writes/s', baseline: b.perSecond, subject: s.perSecond, better: 'higher' },
  { metric: `${label}: p50 latency`, unit: 'ms', baseline: b.p50, subject: s.p50, better: 'lower' },
  { metric: `${label}: p99 latency`, unit: 'ms', baseline: b.p99, subject: s.p99, better: 'lower' },
]

const notTold409 = (r: Race) => Object.entries(r.losers).filter(([code]) => code !== '409 slot_taken' && code !== '23P01').reduce((n, [, k]) => n + k, 0)

export default {
  name: 'booking',
  async run() {
    const rounds = env.raceRounds
    const database = await createBenchDatabase('booking')
    const { db } = database
    const world = await newCenterWorld(db, ROOMS + 1 + (env.racePrefill ? ROOMS : 0))
    const roomIds = world.roomIds.slice(0, ROOMS)
    const raceRoom = world.roomIds[ROOMS]!
    const residents = await newResidents(db, (WRITES + WARM_UP) / 2 + RACERS * rounds)
    await createReservationTable(db, 'bench_reservations')
    // BENCH_PROFILE=1 writes a V8 CPU profile of the API process to bench/results/profiles/ (open it in Chrome DevTools).
    const profile = env.profileApi ? ['--cpu-prof', `--cpu-prof-dir=${fileURLToPath(new URL('results/profiles/', import.meta.url))}`] : []
    const api = await spawnApi({ DATABASE_URL: database.url }, profile)
    const today = localDateOf(new Date(), TIME_ZONE)

    // Baseline first, then staff (a month out: staff skip the advance-booking window), then residents
    // (two bookings each, inside the 7-day window, within the quotas).
    await rawInserts(database.url, WARM_UP, CONCURRENCY, CONCURRENCY, 0, roomIds)
    const raw = await rawInserts(database.url, WRITES, CONCURRENCY, CONCURRENCY, WARM_UP, roomIds)
    const rawPool10 = await rawInserts(database.url, WRITES, CONCURRENCY, 10, WARM_UP + WRITES, roomIds)
    // The HTTP floor: the same INSERT behind a bare Fastify route, driven like the API.
    await createReservationTable(db, 'bench_http_reservations')
    const bare = spawnWorker('servers/bare-booking-server.ts', { DATABASE_URL: database.url, TABLE: 'bench_http_reservations', TIME_ZONE })
    const bareUrl = `http://127.0.0.1:${(await bare.next<{ type: string; port: number }>('ready')).port}`
    const bareSlot = (k: number) => {
      const { roomId, ...times } = slotAt(k, roomIds, '2030-01-07')
      return { path: `/api/rooms/${roomId}/bookings`, cookie: residents[0]!.cookie, body: { ...times, purpose: '读书会', headcount: 6 } }
    }
    await postMany(bareUrl, WARM_UP, bareSlot)
    const bareHttp = await postMany(bareUrl, WRITES, (k) => bareSlot(k + WARM_UP))
    await bare.stop()
    const staffSlot = (k: number) => {
      const { roomId, ...times } = slotAt(k, roomIds, addDays(today, 30))
      return { path: `/api/rooms/${roomId}/staff-bookings`, cookie: world.staffCookie, body: { ...times, purpose: '协会例会', headcount: 12, organisationName: '书法协会' } }
    }
    await postMany(api.baseUrl, WARM_UP, staffSlot)
    const staff = await postMany(api.baseUrl, WRITES, (k) => staffSlot(k + WARM_UP))
    if (WRITES + WARM_UP > slotsPerDay(ROOMS) * 6) throw new Error('not enough slots in the 7-day window for the resident run')
    const residentSlot = (k: number) => {
      const { roomId, ...times } = slotAt(k, roomIds, addDays(today, 1))
      return { path: `/api/rooms/${roomId}/bookings`, cookie: residents[Math.floor(k / 2)]!.cookie, body: { ...times, purpose: '读书会', headcount: 6 } }
    }
    await postMany(api.baseUrl, WARM_UP, residentSlot)
    const resident = await postMany(api.baseUrl, WRITES, (k) => residentSlot(k + WARM_UP))

    // One slot, tomorrow 10:00-10:30 (then 11:00, … with more rounds), in a room nobody else books;
    // each round 200 residents who have not booked yet. Exactly one may win.
    if (env.racePrefill) await prefillReservations(db, world.centerId, world.roomIds.slice(ROOMS + 1), addDays(today, 1), env.racePrefill)
    const tomorrow = addDays(today, 1)
    const apiRaces: Race[] = []
    for (let r = 0; r < rounds; r++) {
      const racers = residents.slice(-RACERS * (r + 1)).slice(0, RACERS)
      const hour = String(10 + r).padStart(2, '0')
      const body = JSON.stringify({ startsLocal: `${tomorrow}T${hour}:00`, endsLocal: `${tomorrow}T${hour}:30`, purpose: '棋牌活动', headcount: 4 })
      const result = await race(RACERS, async (i) => {
        try {
          const res = await fetch(`${api.baseUrl}/api/rooms/${raceRoom}/bookings`, {
            method: 'POST', headers: { 'content-type': 'application/json', cookie: racers[i]!.cookie }, body, signal: AbortSignal.timeout(60_000),
          })
          const json = (await res.json()) as { id?: string; code?: string }
          return { ok: res.status === 201, code: res.status === 201 ? json.id! : `${res.status} ${json.code}` }
        } catch (e) {
          return { ok: false, code: (e as Error).name === 'TimeoutError' ? 'no answer in 60 s' : (e as Error).message }
        }
      })
      const held = await db.selectFrom('bookings').select((eb) => eb.fn.countAll<string>().as('n'))
        .where('room_id', '=', raceRoom).where('status', 'in', ['requested', 'approved']).executeTakeFirstOrThrow()
      // The invariant is asserted; how the losers are told is reported (a 5xx there is a bug, see docs).
      if (result.winners.length !== 1 || Number(held.n) !== r + 1)
        throw new Error(`one slot, ${RACERS} requests: ${result.winners.length} winners, ${Number(held.n) - r} bookings stored, losers ${JSON.stringify(result.losers)}`)
      const winner = result.winners[0]!
      const who = racers[winner.i]!
      console.log(`  race ${r + 1}/${rounds} (${hour}:00): 1 winner, 1 booking stored — request #${winner.i + 1}, ${who.name} (${who.phone}), booking ${winner.code}, after ${winner.ms.toFixed(0)} ms; losers ${JSON.stringify(result.losers)}; all answered in ${result.ms.toFixed(0)} ms`)
      if (notTold409(result)) console.log(`  WARNING: ${notTold409(result)} losers were not told 409 slot_taken (a 500 here is a deadlock between concurrent exclusion checks, see docs/benchmarks.md)`)
      apiRaces.push(result)
    }
    await api.stop()

    // The raw race gets a table of its own and the API's pool size (10): PostgreSQL itself can
    // deadlock concurrent conflicting INSERTs under an exclusion constraint (40P01 after
    // deadlock_timeout, 1 s each), more often the bigger the GiST index and the more inserters at
    // once; statement_timeout bounds how long that can take.
    await createReservationTable(db, 'bench_race')
    const rawPool = new pg.Pool({ connectionString: database.url, max: RAW_RACE_POOL, statement_timeout: 10_000 })
    // Open the connections first, as the API's pool already has them: the race should time the inserts.
    await Promise.all(Array.from({ length: RAW_RACE_POOL }, () => rawPool.query('select 1')))
    const during = [localToInstant(`${tomorrow}T10:00`, TIME_ZONE), localToInstant(`${tomorrow}T10:45`, TIME_ZONE)]
    const rawRace = await race(RACERS, async () => {
      try {
        await rawPool.query('insert into bench_race (room_id, during) values ($1, tstzrange($2, $3))', [raceRoom, ...during])
        return { ok: true, code: 'inserted' }
      } catch (e) {
        return { ok: false, code: (e as { code?: string }).code ?? (e as Error).message }
      }
    })
    await rawPool.end()
    await database.drop()
    if (rawRace.winners.length !== 1) throw new Error(`raw race: ${rawRace.winners.length} inserts succeeded`)

    const worst = apiRaces.reduce((a, b) => (b.ms > a.ms ? b : a))
    const apiLosers = countBy(apiRaces.flatMap((r) => Object.entries(r.losers).flatMap(([code, n]) => Array<string>(n).fill(code))))
    return {
      name: 'booking',
      title: `Booking writes (distinct slots at concurrency ${CONCURRENCY}; one slot × ${RACERS})`,
      baselineLabel: 'raw pg INSERT, same exclusion constraint, pool of 10',
      subjectLabel: 'Linli API',
      rows: [
        // Issue #17's yardstick: raw INSERTs through as many pooled connections as the API has (10).
        ...rows('staff POST /api/rooms/:id/staff-bookings', rawPool10, staff),
        ...rows('resident POST /api/rooms/:id/bookings', rawPool10, resident),
        // The HTTP floor: what an endpoint doing only the INSERT manages through the same kind of requests.
        ...rows('staff, against a bare HTTP endpoint doing only the INSERT', bareHttp, staff),
        ...rows('resident, against a bare HTTP endpoint doing only the INSERT', bareHttp, resident),
        { metric: `one slot × ${RACERS}: all answered${rounds > 1 ? ' (worst round)' : ''}`, unit: 'ms', baseline: rawRace.ms, subject: worst.ms, better: 'lower' },
        { metric: `one slot × ${RACERS}: losers not told 409/23P01${rounds > 1 ? ` (${rounds} rounds)` : ''}`, unit: 'count', baseline: notTold409(rawRace), subject: apiRaces.reduce((n, r) => n + notTold409(r), 0), better: 'lower' },
      ],
      notes: [
        `${WRITES} measured writes per row after ${WARM_UP} warm-up ones, ${ROOMS} rooms; residents book twice each (quota: 2 upcoming), staff a month ahead`,
        `baseline: raw pg with the API's pool size (10 connections) at concurrency ${CONCURRENCY}; with ${CONCURRENCY} connections: ${raw.perSecond.toFixed(0)} writes/s, p50 ${raw.p50.toFixed(1)} ms, p99 ${raw.p99.toFixed(1)} ms`,
        `bare HTTP endpoint (Fastify, JSON body, one INSERT into a table with the same constraint, pool of 10, driven like the API at concurrency ${CONCURRENCY}): ${bareHttp.perSecond.toFixed(0)} writes/s, p50 ${bareHttp.p50.toFixed(1)} ms, p99 ${bareHttp.p99.toFixed(1)} ms`,
        `one slot, ${RACERS} concurrent resident requests × ${rounds} round(s): exactly 1 winner and 1 stored booking each time; losers ${JSON.stringify(apiLosers)}`,
        `race index: ${env.racePrefill ? `${env.racePrefill.toLocaleString('en-US')} extra reservations (BENCH_RACE_PREFILL)` : "this run's reservations only (BENCH_RACE_PREFILL=15000 BENCH_RACE_ROUNDS=6 races on a production-sized index)"}`,
        `raw race (${RAW_RACE_POOL} pooled connections, fresh table, statement_timeout 10 s): 1 insert succeeded, others ${JSON.stringify(rawRace.losers)} (23P01 = exclusion_violation, 40P01 = deadlock, 57014 = statement timeout)`,
      ],
      details: { raw, rawPool10, bareHttp, staff, resident, apiRaces, rawRace },
    }
  },
} satisfies Bench
