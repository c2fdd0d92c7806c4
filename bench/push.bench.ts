// 2. Push fan-out: N Socket.IO clients (in their own process) watch one center; a change is made
//    and we time until each and every client has 'center:changed'. Against a raw Socket.IO server
//    broadcasting the same payload; then both again as two replicas over Redis.
import { createBenchDatabase } from './lib/database'
import { env } from './lib/env'
import { type Worker, spawnApi, spawnWorker } from './lib/processes'
import type { Bench, Row } from './lib/report'
import { median, percentile, sleep } from './lib/stats'
import { newCenterWorld } from './lib/world'

const ROUNDS = 20
/** Rounds first run and thrown away: JIT, buffers and pools warm up as on a server that has been up a while. */
const WARM_UP = 3
const GAP_MS = 100

interface Side {
  urls: string[]
  trigger: (i: number) => { url: string; method: string; headers: Record<string, string>; body?: string }
  stop: () => Promise<void>
}

interface Measured { connectMs: number; perClient: number[]; everyClient: number[]; responseMs: number[] }

async function measure(clients: Worker, side: Side, centerId: string, count: number): Promise<Measured> {
  try {
    clients.send({ type: 'connect', urls: side.urls, count, centerId })
    const { ms: connectMs } = await clients.next<{ type: string; ms: number }>('connected', 120_000)
    const perClient: number[] = []
    const everyClient: number[] = []
    const responseMs: number[] = []
    for (let i = -WARM_UP; i < ROUNDS; i++) {
      clients.send({ type: 'round', trigger: side.trigger(i + WARM_UP), timeoutMs: 10_000 })
      const r = await clients.next<{ type: string; status: number; responseMs: number; latencies: number[]; missing: number }>('round', 30_000)
      if (r.status !== 200 || r.missing) throw new Error(`round ${i}: change answered ${r.status}, ${r.missing} of ${count} clients got no push within 10 s`)
      await sleep(GAP_MS)
      if (i < 0) continue
      perClient.push(...r.latencies)
      everyClient.push(Math.max(...r.latencies))
      responseMs.push(r.responseMs)
    }
    clients.send({ type: 'close' })
    await clients.next('closed')
    return { connectMs, perClient, everyClient, responseMs }
  } finally {
    await side.stop()
  }
}

async function rawSide(replicas: number, centerId: string): Promise<Side> {
  const servers = Array.from({ length: replicas }, () => spawnWorker('servers/raw-socket-server.ts', replicas > 1 ? { REDIS_URL: env.redisUrl } : {}))
  const ports = await Promise.all(servers.map(async (s) => (await s.next<{ type: string; port: number }>('ready')).port))
  return {
    urls: ports.map((p) => `http://127.0.0.1:${p}`),
    trigger: () => ({ url: `http://127.0.0.1:${ports[0]}/emit?centerId=${centerId}`, method: 'POST', headers: {} }),
    stop: async () => void (await Promise.all(servers.map((s) => s.stop()))),
  }
}

async function apiSide(replicas: number, databaseUrl: string, world: { roomIds: string[]; staffCookie: string }): Promise<Side> {
  const apis = await Promise.all(Array.from({ length: replicas }, () =>
    spawnApi({ DATABASE_URL: databaseUrl, ...(replicas > 1 && { REDIS_URL: env.redisUrl }) })))
  return {
    urls: apis.map((a) => a.baseUrl),
    // An admin edits a room on the first replica; the push must reach the screens on every replica.
    trigger: (i) => ({
      url: `${apis[0]!.baseUrl}/api/rooms/${world.roomIds[0]}`, method: 'PATCH',
      headers: { cookie: world.staffCookie, 'content-type': 'application/json' }, body: JSON.stringify({ capacity: 20 + (i % 10) }),
    }),
    stop: async () => void (await Promise.all(apis.map((a) => a.stop()))),
  }
}

/** What the JSON keeps: per-round numbers, and the per-client distribution as percentiles (not 20,000 samples). */
const summary = (m: Measured) => ({
  connectMs: m.connectMs, everyClient: m.everyClient, responseMs: m.responseMs,
  perClient: Object.fromEntries([50, 90, 99, 100].map((p) => [`p${p}`, percentile(m.perClient, p)])),
})

const rowsFor = (label: string, b: Measured, s: Measured): Row[] => [
  { metric: `${label}: connect + watch all clients`, unit: 'ms', baseline: b.connectMs, subject: s.connectMs, better: 'lower' },
  { metric: `${label}: per-client delivery p50`, unit: 'ms', baseline: percentile(b.perClient, 50), subject: percentile(s.perClient, 50), better: 'lower' },
  { metric: `${label}: per-client delivery p99`, unit: 'ms', baseline: percentile(b.perClient, 99), subject: percentile(s.perClient, 99), better: 'lower' },
  { metric: `${label}: every client reached, p50 of rounds`, unit: 'ms', baseline: median(b.everyClient), subject: median(s.everyClient), better: 'lower' },
  { metric: `${label}: every client reached, p99 of rounds`, unit: 'ms', baseline: percentile(b.everyClient, 99), subject: percentile(s.everyClient, 99), better: 'lower' },
]

export default {
  name: 'push',
  async run() {
    const count = env.pushClients
    const database = await createBenchDatabase('push')
    const world = await newCenterWorld(database.db, 1)
    const clients = spawnWorker('servers/push-clients.ts')
    await clients.next('ready')
    const rawOne = await measure(clients, await rawSide(1, world.centerId), world.centerId, count)
    const apiOne = await measure(clients, await apiSide(1, database.url, world), world.centerId, count)
    const rawTwo = await measure(clients, await rawSide(2, world.centerId), world.centerId, count)
    const apiTwo = await measure(clients, await apiSide(2, database.url, world), world.centerId, count)
    await clients.stop()
    await database.drop()
    return {
      name: 'push',
      title: `Push fan-out to ${count.toLocaleString('en-US')} watching clients ('center:changed')`,
      baselineLabel: 'raw Socket.IO',
      subjectLabel: 'Linli API',
      rows: [...rowsFor('1 process', rawOne, apiOne), ...rowsFor('2 replicas over Redis', rawTwo, apiTwo)],
      notes: [
        `${count} socket.io-client connections (websocket transport) in one child process, each emitting 'center:watch' with ack; split evenly over the replicas`,
        `${WARM_UP} warm-up + ${ROUNDS} measured rounds each: the clients' process fires the change (API: PATCH /api/rooms/:id as a center manager on replica 1; baseline: POST /emit) and times every push from just before the request`,
        `median HTTP answer to the change: baseline ${median(rawOne.responseMs).toFixed(1)} ms, API ${median(apiOne.responseMs).toFixed(1)} ms (1 process); ${median(rawTwo.responseMs).toFixed(1)} / ${median(apiTwo.responseMs).toFixed(1)} ms (2 replicas)`,
      ],
      details: { count, rounds: ROUNDS, rawOne: summary(rawOne), apiOne: summary(apiOne), rawTwo: summary(rawTwo), apiTwo: summary(apiTwo) },
    }
  },
} satisfies Bench
