// `npm run bench` runs every benchmark (but the scale gate) and ends with issue #17's goals; `npm run bench -- schedule push` runs the named ones.
import { runCleanups } from './lib/cleanup'
import { env, machine } from './lib/env'
import { formatGoals, goalRows } from './lib/goals'
import { type Bench, type BenchResult, latestResults, printResult, slowdownOf, writeResult } from './lib/report'

const all: Record<string, () => Promise<{ default: Bench }>> = {
  schedule: () => import('./schedule.bench'),
  push: () => import('./push.bench'),
  booking: () => import('./booking.bench'),
  bundle: () => import('./bundle.bench'),
  soak: () => import('./soak.bench'),
  reports: () => import('./reports.bench'),
  notify: () => import('./notify.bench'),
  imports: () => import('./imports.bench'),
  startup: () => import('./startup.bench'),
  scale: () => import('./scale.bench'),
}
/** Run only when named: the scale gate generates a province for many minutes. */
const onlyWhenNamed = new Set(['scale'])

const asked = process.argv.slice(2)
// `npm run bench -- goals`: the goals table from the newest stored result of each benchmark, run or not in one go.
if (asked.length === 1 && asked[0] === 'goals') {
  const latest = latestResults()
  console.log(`Issue #17 goals from the newest stored results: ${latest.map((r) => `${r.name} ${r.startedAt}`).join(', ') || 'none stored yet'}\n`)
  console.log(formatGoals(goalRows(latest)))
  process.exit(0)
}
const unknown = asked.filter((n) => !(n in all))
if (unknown.length) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(all).join(', ')}; or \`goals\` alone for the goals of the stored results`)
  process.exit(2)
}
const names = asked.length ? asked : Object.keys(all).filter((n) => !onlyWhenNamed.has(n))

process.on('SIGINT', () => void runCleanups().then(() => process.exit(130)))
process.on('SIGTERM', () => void runCleanups().then(() => process.exit(143)))

const m = machine()
console.log(`Linli benchmarks: ${names.join(', ')} on ${m.cpus} CPU (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}; PostgreSQL ${env.postgresUrl}`)
const results: BenchResult[] = []
const failed: string[] = []
const started = Date.now()
for (const name of names) {
  const startedAt = new Date()
  let timer: NodeJS.Timeout | undefined
  try {
    const bench = (await all[name]!()).default
    // No benchmark may run away: each is stopped (and cleaned up) after its limit.
    const TIME_LIMIT_MS = (env.timeLimitSeconds ?? bench.timeLimitSeconds ?? 180) * 1000
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${name} took longer than ${TIME_LIMIT_MS / 1000} s`)), TIME_LIMIT_MS)
    })
    const running = bench.run()
    // After a time-out the run is abandoned (its processes are stopped below); its late failure must not end the suite.
    running.catch(() => undefined)
    const result = await Promise.race([running, timeout])
    const seconds = (Date.now() - startedAt.getTime()) / 1000
    printResult(result)
    console.log(`\n(${seconds.toFixed(0)} s; ${writeResult(result, startedAt, seconds)})`)
    results.push(result)
    if (result.failure) {
      failed.push(name)
      console.error(`\n${name} FAILED: ${result.failure}`)
    }
  } catch (err) {
    failed.push(name)
    console.error(`\n${name} FAILED: ${(err as Error).stack ?? err}`)
  } finally {
    clearTimeout(timer)
    await runCleanups()
  }
}

const ranked = results
  .flatMap((r) => r.rows.map((row) => ({ bench: r.name, metric: row.metric, slowdown: slowdownOf(row) })))
  .filter((r): r is typeof r & { slowdown: number } => r.slowdown !== null)
  .sort((a, b) => b.slowdown - a.slowdown)
if (ranked.length) {
  console.log('\n### Largest slowdowns against their baselines\n')
  for (const r of ranked.slice(0, 5)) console.log(`- ${r.bench}: ${r.metric}: ${r.slowdown.toFixed(2)}×`)
}
// Every goal of issue #17, measured by this run or said where it is kept; a goal a named run did not measure says how to.
const goals = goalRows(results)
console.log(`\n### Issue #17 goals (${goals.filter((g) => g.verdict === 'met').length} met, ${goals.filter((g) => g.verdict === 'NOT MET').length} not met, ${goals.filter((g) => g.verdict === '—').length} not measured in this run)\n`)
console.log(formatGoals(goals))
console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(0)} s${failed.length ? `; FAILED: ${failed.join(', ')}` : ''}`)
process.exit(failed.length ? 1 : 0)
