import autocannon, { type Options } from 'autocannon'

export interface LoadResult {
  requestsPerSecond: number
  p50: number
  p99: number
  completed: number
  statuses: Record<string, number>
  errors: number
}

/**
 * Drives HTTP load with autocannon: a one-second warm-up (JIT, pools, caches), then the measured
 * run. Throws when a response has another status than `expectStatus`, so a broken endpoint never
 * passes for a fast one.
 */
export async function load(options: Options & { expectStatus: number; seconds: number }): Promise<LoadResult> {
  const { expectStatus, seconds, ...rest } = options
  await autocannon({ ...rest, duration: 1 })
  const r = await autocannon({ ...rest, duration: seconds })
  const statuses = Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count]))
  const completed = Object.values(statuses).reduce((a, b) => a + b, 0)
  const wrong = Object.entries(statuses).filter(([code]) => Number(code) !== expectStatus)
  if (completed === 0 || wrong.length || r.errors) throw new Error(`${options.url}: expected only ${expectStatus}, got ${JSON.stringify(statuses)} and ${r.errors} errors`)
  return { requestsPerSecond: completed / r.duration, p50: r.latency.p50, p99: r.latency.p99, completed, statuses, errors: r.errors }
}
