// 1. Schedule read for a lobby: GET /api/centers/:id/schedule for a week of a busy center, against
//    a bare Fastify server sending the same precomputed bytes; then the If-None-Match (304) path.
//    The "before" rows are the same API with its schedule cache off (LINLI_SCHEDULE_CACHE=0).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { addDays } from '@linli/schedule'
import { compressOnce } from '@linli/api/src/plugins/compression'
import { createBenchDatabase } from './lib/database'
import { env } from './lib/env'
import { httpLoad } from './lib/http-load'
import { percentile } from './lib/stats'
import { type LoadResult, interleavedLoad, load } from './lib/load'
import { spawnApi, spawnWorker } from './lib/processes'
import type { Bench, Row } from './lib/report'
import { type CenterWorld, type Http, addBusyWeek, httpClient, newCenterWorld, nextMonday } from './lib/world'

const ROOMS = 20
const CONNECTIONS = 10
const SECONDS = 4

/** A change must reach the next read through the cache: rename a room, read again, compare. */
async function cacheServesStale(http: Http, path: string, world: CenterWorld, etag: string) {
  const renamed = await http('PATCH', `/api/rooms/${world.roomIds[0]}`, { cookie: world.staffCookie, body: { name: '活动室 改名' } })
  if (renamed.status !== 200) throw new Error(`renaming a room failed: ${renamed.status} ${renamed.text}`)
  const after = await http('GET', path)
  if (after.status !== 200) throw new Error(`schedule read after the change failed: ${after.status}`)
  return after.headers.get('etag') === etag || !after.text.includes('活动室 改名')
}

const SCREENS = 50
const STAMPEDES = 10

/** `SCREENS` reads at once, each to its last byte: the time until all are answered, in ms. */
async function allAtOnce(url: string) {
  const started = performance.now()
  await Promise.all(Array.from({ length: SCREENS }, async () => {
    const res = await fetch(url)
    await res.arrayBuffer()
    if (res.status !== 200) throw new Error(`schedule read answered ${res.status}`)
  }))
  return performance.now() - started
}

/**
 * What the uncached read is for: right after a change, every screen of the center reads the week at
 * once (each got the push). A change (a room renamed) drops the cached week, then SCREENS reads race
 * for it; the API builds it once for all of them. Rounds after one warm-up, each after its own change.
 */
async function stampedes(http: Http, url: string, world: CenterWorld) {
  const times: number[] = []
  for (let round = 0; round <= STAMPEDES; round++) {
    const renamed = await http('PATCH', `/api/rooms/${world.roomIds[1]}`, { cookie: world.staffCookie, body: { name: `活动室 ${round % 2 ? '甲' : '乙'}` } })
    if (renamed.status !== 200) throw new Error(`renaming a room failed: ${renamed.status} ${renamed.text}`)
    const ms = await allAtOnce(url)
    if (round > 0) times.push(ms)
  }
  return times
}

/** The same reads from the bare server, which has nothing to build. */
async function bareStampedes(url: string) {
  const times: number[] = []
  for (let round = 0; round <= STAMPEDES; round++) {
    const ms = await allAtOnce(url)
    if (round > 0) times.push(ms)
  }
  return times
}

/** The bytes as sent, undecoded (fetch would decompress them), and how they were encoded. */
const rawGet = (url: string, headers: Record<string, string>) => new Promise<{ bytes: Buffer; encoding: string | undefined }>((resolve, reject) => {
  request(url, { headers }, (res) => {
    const chunks: Buffer[] = []
    res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ bytes: Buffer.concat(chunks), encoding: res.headers['content-encoding'] }))
  }).on('error', reject).end()
})

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
    // "Before": the same server with its schedule cache switched off (a bench-only setting).
    const uncachedApi = await spawnApi({ DATABASE_URL: database.url, LINLI_SCHEDULE_CACHE: '0' })
    const monday = nextMonday()
    const created = await addBusyWeek(httpClient(api.baseUrl), world, monday)
    const path = `/api/centers/${world.centerId}/schedule?from=${monday}&to=${addDays(monday, 6)}`

    const first = await httpClient(api.baseUrl)('GET', path)
    const items = (first.json as { items: unknown[] }).items.length
    const etag = first.headers.get('etag')!
    if (first.status !== 200 || !etag) throw new Error(`schedule read failed: ${first.status} ${first.text.slice(0, 200)}`)
    const uncachedFirst = await httpClient(uncachedApi.baseUrl)('GET', path)
    if (uncachedFirst.text !== first.text || uncachedFirst.headers.get('etag') !== etag) throw new Error('the cached and uncached API answer differently')
    const dir = mkdtempSync(join(tmpdir(), 'linli-bench-'))
    const bodyFile = join(dir, 'schedule.json')
    writeFileSync(bodyFile, first.text)
    const compressed = await rawGet(`${api.baseUrl}${path}`, { 'accept-encoding': 'br, gzip' })
    if (compressed.encoding !== 'br') throw new Error(`the API answered a browser's Accept-Encoding with ${compressed.encoding ?? 'no encoding'}`)
    // The same week with every occurrence's id emptied, compressed the way the API compresses it: what the
    // random 128-bit ids cost on the wire (they cannot be compressed), and how the rest compares with Gancio's week.
    const withoutIds = JSON.stringify({ ...(first.json as object), items: (first.json as { items: object[] }).items.map((i) => ({ ...i, id: '' })) })
    const brotliBytesWithoutIds = compressOnce(withoutIds, 'br').length
    const brFile = join(dir, 'schedule.json.br')
    writeFileSync(brFile, compressed.bytes)
    const bare = spawnWorker('servers/static-server.ts', { BODY_FILE: bodyFile, BODY_BR_FILE: brFile, ETAG: etag })
    const { port } = await bare.next<{ type: string; port: number }>('ready')
    const bareUrl = `http://127.0.0.1:${port}${path}`

    const full = (url: string) => load({ url, connections: CONNECTIONS, seconds: SECONDS, expectStatus: 200 })
    const notModified = (url: string, tag: string) =>
      httpLoad({ url, connections: CONNECTIONS, seconds: SECONDS, expectStatus: 304, headers: { 'if-none-match': tag } })
    const asBrowsers = (url: string, serverPid?: number) => ({ url, connections: CONNECTIONS, seconds: SECONDS, expectStatus: 200, headers: { 'accept-encoding': 'br, gzip' }, serverPid })
    // Goal 1's ratio: the two servers take turns, three rounds each, median round per side. Each
    // server's own CPU per request is read beside it: autocannon shares the two cores, so req/s also
    // measures the client, while CPU per request is what a replica's capacity is made of.
    const [bareBrotli, pgBrotli] = await interleavedLoad(asBrowsers(bareUrl, bare.child.pid), asBrowsers(`${api.baseUrl}${path}`, api.child.pid))
    const bareFull = await full(bareUrl)
    const uncachedFull = await full(`${uncachedApi.baseUrl}${path}`)
    const pgFull = await full(`${api.baseUrl}${path}`)
    const bare304 = await notModified(bareUrl, etag)
    const uncached304 = await notModified(`${uncachedApi.baseUrl}${path}`, etag)
    const pg304 = await notModified(`${api.baseUrl}${path}`, etag)
    const stale = await cacheServesStale(httpClient(api.baseUrl), path, world, etag)
    const bareStampede = await bareStampedes(bareUrl)
    const pgStampede = await stampedes(httpClient(api.baseUrl), `${api.baseUrl}${path}`, world)
    await Promise.all([api.stop(), uncachedApi.stop()])
    await database.drop()

    // The same week on PGlite, the embedded database `npm start` uses without DATABASE_URL.
    const pglite = spawnWorker('servers/pglite-api.ts', { ROOMS: String(ROOMS) })
    const ready = await pglite.next<{ type: string; port: number; uncachedPort: number; centerId: string; monday: string }>('ready', 300_000)
    const pglitePath = `/api/centers/${ready.centerId}/schedule?from=${ready.monday}&to=${addDays(ready.monday, 6)}`
    const pgliteUrl = (p: number) => `http://127.0.0.1:${p}${pglitePath}`
    const pgliteEtag = (await fetch(pgliteUrl(ready.port))).headers.get('etag')!
    const pgliteUncachedFull = await full(pgliteUrl(ready.uncachedPort))
    const pgliteFull = await full(pgliteUrl(ready.port))
    const pgliteUncached304 = await notModified(pgliteUrl(ready.uncachedPort), pgliteEtag)
    const pglite304 = await notModified(pgliteUrl(ready.port), pgliteEtag)
    await pglite.stop()
    await bare.stop()
    rmSync(dir, { recursive: true, force: true })
    if (stale) throw new Error('after renaming a room, the next schedule read was stale')

    return {
      name: 'schedule',
      title: 'Schedule read for a lobby (GET /api/centers/:id/schedule, one week)',
      baselineLabel: 'bare Fastify, same bytes',
      subjectLabel: 'Linli API',
      rows: [
        ...rowsFor('PostgreSQL 200', bareFull, pgFull),
        ...rowsFor('PostgreSQL 200, Accept-Encoding: br, gzip (brotli bytes on both sides)', bareBrotli, pgBrotli),
        ...(bareBrotli.cpuMicrosPerRequest !== undefined && pgBrotli.cpuMicrosPerRequest !== undefined
          ? [{ metric: 'PostgreSQL 200, Accept-Encoding: br, gzip: server CPU per request', unit: 'µs', baseline: bareBrotli.cpuMicrosPerRequest, subject: pgBrotli.cpuMicrosPerRequest, better: 'lower' as const }]
          : []),
        ...rowsFor('PostgreSQL 304 (If-None-Match)', bare304, pg304),
        { metric: `first read after a change, ${SCREENS} screens at once: all answered, p50`, unit: 'ms', baseline: percentile(bareStampede, 50), subject: percentile(pgStampede, 50), better: 'lower' },
        { metric: `first read after a change, ${SCREENS} screens at once: all answered, worst of ${STAMPEDES}`, unit: 'ms', baseline: Math.max(...bareStampede), subject: Math.max(...pgStampede), better: 'lower' },
        ...rowsFor('PGlite 200', bareFull, pgliteFull),
        ...rowsFor('PGlite 304 (If-None-Match)', bare304, pglite304),
        ...rowsFor('before (no cache): PostgreSQL 200', bareFull, uncachedFull),
        ...rowsFor('before (no cache): PostgreSQL 304', bare304, uncached304),
        ...rowsFor('before (no cache): PGlite 200', bareFull, pgliteUncachedFull),
        ...rowsFor('before (no cache): PGlite 304', bare304, pgliteUncached304),
      ],
      notes: [
        `${ROOMS} rooms, ${created} activities created through the API, ${items} occurrences in the week, body ${(Buffer.byteLength(first.text) / 1024).toFixed(1)} KiB plain, ${(compressed.bytes.length / 1024).toFixed(1)} KiB as brotli (what a browser gets); with the occurrences' ids emptied ${brotliBytesWithoutIds.toLocaleString('en-US')} B as brotli`,
        `goal 1: cached read with \`Accept-Encoding: br, gzip\` ${(pgBrotli.requestsPerSecond / bareBrotli.requestsPerSecond).toFixed(2)}× the bare server sending the same brotli bytes (goal ≥ 0.8×; the two take turns, 3 rounds of 1 s warm-up + 4 s each, median round per side)${pgBrotli.cpuMicrosPerRequest !== undefined && bareBrotli.cpuMicrosPerRequest !== undefined ? `; each server's CPU per request in the same rounds (user + system from /proc, median of 3): ${pgBrotli.cpuMicrosPerRequest.toFixed(0)} µs against ${bareBrotli.cpuMicrosPerRequest.toFixed(0)} µs, ${(bareBrotli.cpuMicrosPerRequest / pgBrotli.cpuMicrosPerRequest).toFixed(2)}× the bare server's capacity per core` : ''}`,
        `200 rows: autocannon, ${CONNECTIONS} connections, 1 s warm-up + ${SECONDS} s measured; API spawned as \`src/server.ts\` with LOG_LEVEL=warn`,
        `"before (no cache)" rows: the same server with LINLI_SCHEDULE_CACHE=0 (bench-only switch), same database, same bytes and ETag`,
        `after renaming a room through the API, the next read had the new name and a new ETag (checked; a stale read fails the run)`,
        `"first read after a change": ${STAMPEDES} rounds after a warm-up; in each, a room is renamed through the API (the cached week is dropped), then ${SCREENS} plain reads are sent at once and timed until the last byte of the last; the bare server gets the same ${SCREENS} reads with nothing to build`,
        `304 rows: a node:http keep-alive loop (${CONNECTIONS} connections), on both sides, as in earlier runs (autocannon used to stall on the API's old \`Content-Length: 4\` 304)`,
      ],
      details: {
        bareFull, pgFull, bareBrotli, pgBrotli, brotliBytes: compressed.bytes.length, brotliBytesWithoutIds, bare304, pg304, uncachedFull, uncached304, pgliteFull, pglite304, pgliteUncachedFull, pgliteUncached304,
        bodyBytes: Buffer.byteLength(first.text), items, bareStampede, pgStampede,
      },
    }
  },
} satisfies Bench
