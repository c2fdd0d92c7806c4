import { Agent, request } from 'node:http'
import { performance } from 'node:perf_hooks'
import type { LoadResult } from './load'
import { percentile } from './stats'

/**
 * A plain keep-alive load loop on node:http, for responses autocannon cannot read: its parser
 * (http-parser-js) waits for the body a `Content-Length` announces even on a 304, and the API's
 * 304 carries `Content-Length: 4` (the serialized `null`) without a body, so autocannon stalls.
 * Node's own parser (llhttp) knows a 304 has no body. Used for both sides of the 304 rows.
 */
export async function httpLoad(options: { url: string; connections: number; seconds: number; headers?: Record<string, string>; expectStatus: number }): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections })
  const once = () => new Promise<{ status: number; ms: number }>((resolve, reject) => {
    const start = performance.now()
    const req = request(options.url, { agent, headers: options.headers }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - start }))
    })
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')))
    req.on('error', reject)
    req.end()
  })
  const drive = async (ms: number, sink?: { latencies: number[]; statuses: Record<string, number> }) => {
    const until = performance.now() + ms
    const loop = async () => {
      while (performance.now() < until) {
        const r = await once()
        if (sink) {
          sink.latencies.push(r.ms)
          sink.statuses[r.status] = (sink.statuses[r.status] ?? 0) + 1
        }
      }
    }
    const started = performance.now()
    await Promise.all(Array.from({ length: options.connections }, loop))
    return (performance.now() - started) / 1000
  }
  try {
    await drive(1000)
    const sink = { latencies: [] as number[], statuses: {} as Record<string, number> }
    const seconds = await drive(options.seconds * 1000, sink)
    const wrong = Object.keys(sink.statuses).filter((s) => Number(s) !== options.expectStatus)
    if (wrong.length) throw new Error(`${options.url}: expected only ${options.expectStatus}, got ${JSON.stringify(sink.statuses)}`)
    return {
      requestsPerSecond: sink.latencies.length / seconds, p50: percentile(sink.latencies, 50), p99: percentile(sink.latencies, 99),
      completed: sink.latencies.length, statuses: sink.statuses, errors: 0,
    }
  } finally {
    agent.destroy()
  }
}
