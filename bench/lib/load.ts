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

/**
 * Loads two servers in turn, `rounds` times each (a, b, a, b, …), and keeps each side's median round.
 * On a 2-core machine where autocannon shares the CPU, one run after the other measures the machine's
 * drift (JIT warming, another process waking) as much as the servers: alternating gives both the same
 * conditions, and the median drops the round that met a hiccup.
 */
export async function interleavedLoad(
  a: Parameters<typeof load>[0], b: Parameters<typeof load>[0], rounds = 3,
): Promise<[LoadResult, LoadResult]> {
  const runs: [LoadResult[], LoadResult[]] = [[], []]
  for (let i = 0; i < rounds; i++) {
    runs[0].push(await load(a))
    runs[1].push(await load(b))
  }
  const median = (list: LoadResult[]) => [...list].sort((x, y) => x.requestsPerSecond - y.requestsPerSecond)[Math.floor(list.length / 2)]!
  return [median(runs[0]), median(runs[1])]
}
