import { readFileSync } from 'node:fs'
import autocannon, { type Options } from 'autocannon'

export interface LoadResult {
  requestsPerSecond: number
  p50: number
  p99: number
  completed: number
  statuses: Record<string, number>
  errors: number
  /** The server's CPU time (user + system) per completed request, when `serverPid` was given. */
  cpuMicrosPerRequest?: number
}

// USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK).
const TICKS_PER_SECOND = 100

/** A process's CPU time so far (user + system), in µs, from /proc (Linux); undefined elsewhere. */
function cpuMicros(pid: number): number | undefined {
  try {
    // Fields 14 and 15 (utime, stime) in clock ticks; the command name (field 2) may hold spaces, so count from its ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / TICKS_PER_SECOND
  } catch {
    return undefined
  }
}

/**
 * Drives HTTP load with autocannon: a one-second warm-up (JIT, pools, caches), then the measured
 * run. Throws when a response has another status than `expectStatus`, so a broken endpoint never
 * passes for a fast one.
 */
export async function load(options: Options & { expectStatus: number; seconds: number; serverPid?: number }): Promise<LoadResult> {
  const { expectStatus, seconds, serverPid, ...rest } = options
  await autocannon({ ...rest, duration: 1 })
  const cpuBefore = serverPid === undefined ? undefined : cpuMicros(serverPid)
  const r = await autocannon({ ...rest, duration: seconds })
  const cpuAfter = serverPid === undefined ? undefined : cpuMicros(serverPid)
  const statuses = Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count]))
  const completed = Object.values(statuses).reduce((a, b) => a + b, 0)
  const wrong = Object.entries(statuses).filter(([code]) => Number(code) !== expectStatus)
  if (completed === 0 || wrong.length || r.errors) throw new Error(`${options.url}: expected only ${expectStatus}, got ${JSON.stringify(statuses)} and ${r.errors} errors`)
  const cpuMicrosPerRequest = cpuBefore !== undefined && cpuAfter !== undefined ? (cpuAfter - cpuBefore) / completed : undefined
  return { requestsPerSecond: completed / r.duration, p50: r.latency.p50, p99: r.latency.p99, completed, statuses, errors: r.errors, cpuMicrosPerRequest }
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
  const middle = <T>(list: T[], by: (x: T) => number) => [...list].sort((x, y) => by(x) - by(y))[Math.floor(list.length / 2)]!
  // The CPU per request is the median of its own rounds: the round of median throughput may not be it.
  const median = (list: LoadResult[]): LoadResult => {
    const cpu = list.map((r) => r.cpuMicrosPerRequest).filter((c) => c !== undefined)
    return { ...middle(list, (r) => r.requestsPerSecond), cpuMicrosPerRequest: cpu.length === list.length ? middle(cpu, (c) => c) : undefined }
  }
  return [median(runs[0]), median(runs[1])]
}
