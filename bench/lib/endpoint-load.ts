import { Agent, request } from 'node:http'
import { performance } from 'node:perf_hooks'
import { percentile } from './stats'

export interface Call {
  method: 'GET' | 'POST'
  path: string
  cookie: string
  body?: unknown
  /** The statuses that count as a right answer (anything else fails the run: a fast error is not a fast endpoint). */
  expect: readonly number[]
}

export interface EndpointLoad { requests: number; concurrency: number; warmUp: number }

export interface EndpointResult { p50: number; p95: number; p99: number; completed: number; statuses: Record<string, number>; bytes: number }

/**
 * `warmUp` then `requests` calls, `concurrency` at a time over keep-alive connections, each call
 * from `nth(i)` (so every request may hit another center, room or resident). Latency is from the
 * request's start to the last byte of its answer; the client asks for gzip and brotli, as browsers do.
 */
export async function driveEndpoint(baseUrl: string, load: EndpointLoad, nth: (i: number) => Call): Promise<EndpointResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: load.concurrency })
  const once = (call: Call) => new Promise<{ status: number; ms: number; bytes: number; text: string }>((resolve, reject) => {
    const start = performance.now()
    const body = call.body === undefined ? undefined : JSON.stringify(call.body)
    const req = request(`${baseUrl}${call.path}`, {
      agent, method: call.method,
      headers: { cookie: call.cookie, 'accept-encoding': 'br, gzip', ...(body && { 'content-type': 'application/json' }) },
    }, (res) => {
      const chunks: Buffer[] = []
      res.on('error', reject)
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const all = Buffer.concat(chunks)
        resolve({ status: res.statusCode ?? 0, ms: performance.now() - start, bytes: all.length, text: res.headers['content-encoding'] ? '' : all.toString('utf8', 0, 300) })
      })
    })
    req.setTimeout(60_000, () => req.destroy(new Error(`${call.method} ${call.path}: no answer in 60 s`)))
    req.on('error', reject)
    if (body) req.write(body)
    req.end()
  })
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  let bytes = 0
  let next = 0
  const total = load.warmUp + load.requests
  const worker = async () => {
    for (let i = next++; i < total; i = next++) {
      const call = nth(i)
      const r = await once(call)
      if (!call.expect.includes(r.status)) throw new Error(`${call.method} ${call.path}: ${r.status} ${r.text}`)
      if (i < load.warmUp) continue
      latencies.push(r.ms)
      bytes += r.bytes
      statuses[r.status] = (statuses[r.status] ?? 0) + 1
    }
  }
  try {
    await Promise.all(Array.from({ length: load.concurrency }, worker))
  } finally {
    agent.destroy()
  }
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), completed: latencies.length, statuses, bytes }
}
