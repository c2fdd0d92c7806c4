// 1. Schedule read for a lobby: GET /api/centers/:id/schedule for a week of a busy center, against
//    a bare Fastify server sending the same precomputed bytes; then the If-None-Match (304) path.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { addDays } from '@linli/schedule'
import { createBenchDatabase } from './lib/database'
import { env } from './lib/env'
import { httpLoad } from './lib/http-load'
import { type LoadResult, load } from './lib/load'
import { spawnApi, spawnWorker } from './lib/processes'
import type { Bench, Row } from './lib/report'
import { type CenterWorld, type Http, addBusyWeek, httpClient, newCenterWorld, nextMonday } from './lib/world'

const ROOMS = 20
const CONNECTIONS = 10
const SECONDS = 4

/** A change through the sketch must reach the next read: rename a room, read again, compare. */
async function cacheServesStale(http: Http, path: string, world: CenterWorld, etag: string) {
  const renamed = await http('PATCH', `/api/rooms/${world.roomIds[0]}`, { cookie: world.staffCookie, body: { name: '活动室 改名' } })
  if (renamed.status !== 200) throw new Error(`renaming a room failed: ${renamed.status} ${renamed.text}`)
  const after = await http('GET', path)
  if (after.status !== 200) throw new Error(`schedule read after the change failed: ${after.status}`)
  return after.headers.get('etag') === etag || !after.text.includes('活动室 改名')
}

const rowsFor = (label: string, baseline: LoadResult, subject: LoadResult): Row[] => [
  { metric: `${label} throughput`, unit: 'req/s', baseline: baseline.requestsPerSecond, subject: subject.requestsPerSecond, better: 'higher' },
  { metric: `${label} p50 latency`, unit: 'ms', baseline: baseline.p50, subject: subject.p50, better: 'lower' },
  { metric: `${label} p99 latency`, unit: 'ms', baseline: baseline.p99, subject: subject.p99, better: 'lower' },
]

export default {
  name: 'schedule',
  async run() {
    const database = await createBenchDatabase('schedule')
    const world = await newCenterWorld(database.db, ROOMS)
    // BENCH_PROFILE=1 writes a V8 CPU profile of the API process to bench/results/profiles/ (open it in Chrome DevTools).
    const profile = env.profileApi ? ['--cpu-prof', `--cpu-prof-dir=${fileURLToPath(new URL('results/profiles/', import.meta.url))}`] : []
    const api = await spawnApi({ DATABASE_URL: database.url }, profile)
    const monday = nextMonday()
    const created = await addBusyWeek(httpClient(api.baseUrl), world, monday)
    const path = `/api/centers/${world.centerId}/schedule?from=${monday}&to=${addDays(monday, 6)}`

    const first = await httpClient(api.baseUrl)('GET', path)
    const items = (first.json as { items: unknown[] }).items.length
    const etag = first.headers.get('etag')!
    if (first.status !== 200 || !etag) throw new Error(`schedule read failed: ${first.status} ${first.text.slice(0, 200)}`)
    const dir = mkdtempSync(join(tmpdir(), 'linli-bench-'))
    const bodyFile = join(dir, 'schedule.json')
    writeFileSync(bodyFile, first.text)
    const bare = spawnWorker('servers/static-server.ts', { BODY_FILE: bodyFile, ETAG: etag })
    const { port } = await bare.next<{ type: string; port: number }>('ready')
    const bareUrl = `http://127.0.0.1:${port}${path}`

    const full = (url: string) => load({ url, connections: CONNECTIONS, seconds: SECONDS, expectStatus: 200 })
    const notModified = (url: string, tag: string) =>
      httpLoad({ url, connections: CONNECTIONS, seconds: SECONDS, expectStatus: 304, headers: { 'if-none-match': tag } })
    const bareFull = await full(bareUrl)
    const pgFull = await full(`${api.baseUrl}${path}`)
    const bare304 = await notModified(bareUrl, etag)
    const pg304 = await notModified(`${api.baseUrl}${path}`, etag)
    await api.stop()

    // The proposal of docs/benchmarks.md ("Next improvement"), sketched outside apps/api: the same
    // app with the schedule response cached until the API announces a change to the center.
    const sketch = spawnWorker('servers/cached-api.ts', { DATABASE_URL: database.url })
    const sketchBase = `http://127.0.0.1:${(await sketch.next<{ type: string; port: number }>('ready')).port}`
    const cachedFull = await full(`${sketchBase}${path}`)
    const cached304 = await notModified(`${sketchBase}${path}`, etag)
    const stale = await cacheServesStale(httpClient(sketchBase), path, world, etag)
    await sketch.stop()
    await database.drop()

    // The same week on PGlite, the embedded database `npm start` uses without DATABASE_URL.
    const pglite = spawnWorker('servers/pglite-api.ts', { ROOMS: String(ROOMS) })
    const ready = await pglite.next<{ type: string; port: number; centerId: string; monday: string }>('ready', 90_000)
    const pglitePath = `/api/centers/${ready.centerId}/schedule?from=${ready.monday}&to=${addDays(ready.monday, 6)}`
    const pgliteBase = `http://127.0.0.1:${ready.port}${pglitePath}`
    const pgliteEtag = (await fetch(pgliteBase)).headers.get('etag')!
    const pgliteFull = await full(pgliteBase)
    const pglite304 = await notModified(pgliteBase, pgliteEtag)
    await pglite.stop()
    await bare.stop()
    rmSync(dir, { recursive: true, force: true })

    return {
      name: 'schedule',
      title: 'Schedule read for a lobby (GET /api/centers/:id/schedule, one week)',
      baselineLabel: 'bare Fastify, same bytes',
      subjectLabel: 'Linli API',
      rows: [
        ...rowsFor('PostgreSQL 200', bareFull, pgFull),
        ...rowsFor('PostgreSQL 304 (If-None-Match)', bare304, pg304),
        ...rowsFor('sketch, cached: PostgreSQL 200', bareFull, cachedFull),
        ...rowsFor('sketch, cached: PostgreSQL 304', bare304, cached304),
        ...rowsFor('PGlite 200', bareFull, pgliteFull),
        ...rowsFor('PGlite 304 (If-None-Match)', bare304, pglite304),
      ],
      notes: [
        `${ROOMS} rooms, ${created} activities created through the API, ${items} occurrences in the week, body ${(first.text.length / 1024).toFixed(1)} KiB`,
        `200 rows: autocannon, ${CONNECTIONS} connections, 1 s warm-up + ${SECONDS} s measured; API spawned as \`src/server.ts\` with LOG_LEVEL=warn`,
        `"sketch, cached" rows: NOT apps/api as it is, but the proposal under "Next improvement" (bench/servers/cached-api.ts: the real app plus a schedule cache dropped on realtime.centerChanged); after renaming a room through it, the next read ${stale ? 'was STALE' : 'had the new name and a new ETag'}`,
        `304 rows: a node:http keep-alive loop (${CONNECTIONS} connections), because the API's 304 carries \`Content-Length: 4\` and no body, which stalls autocannon's parser`,
      ],
      details: { bareFull, pgFull, bare304, pg304, cachedFull, cached304, sketchServedStale: stale, pgliteFull, pglite304, bodyBytes: Buffer.byteLength(first.text), items },
    }
  },
} satisfies Bench
