import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { machine } from './env'

/** Which way is good for a metric: more requests per second, fewer milliseconds. */
export type Better = 'higher' | 'lower'

export interface Row {
  metric: string
  unit: string
  /** What the same work costs without Linli (null when there is nothing to compare with). */
  baseline: number | null
  subject: number
  better: Better
}

export interface BenchResult {
  name: string
  title: string
  baselineLabel: string
  subjectLabel: string
  rows: Row[]
  /** Short lines printed under the table (parameters, assertions that held). */
  notes: string[]
  /** Everything else worth keeping in the JSON file (raw samples, counts). */
  details?: Record<string, unknown>
  /** Set by a gate whose figures miss their budgets: the table is still printed and stored, then the run fails. */
  failure?: string
}

/** subject ÷ baseline, as measured. */
export const ratioOf = (r: Row) => (r.baseline ? r.subject / r.baseline : null)
/** How many times worse than the baseline, whichever way the metric points (1 = as good). */
export const slowdownOf = (r: Row) => {
  const ratio = ratioOf(r)
  if (ratio === null || ratio === 0) return null
  return r.better === 'higher' ? 1 / ratio : ratio
}

const formatValue = (value: number | null, unit: string) => {
  if (value === null) return '—'
  if (unit === 'ms') return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)
  if (Number.isInteger(value) || Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US')
  return value.toFixed(1)
}

/** A Markdown table (readable in a terminal, pasted as is into docs/benchmarks.md). */
export function formatTable(result: BenchResult): string {
  const header = ['metric', `baseline: ${result.baselineLabel}`, `subject: ${result.subjectLabel}`, 'subject ÷ baseline', 'slowdown']
  const lines = result.rows.map((r) => {
    const ratio = ratioOf(r)
    const slowdown = slowdownOf(r)
    return [
      `${r.metric} (${r.unit}, ${r.better} is better)`,
      formatValue(r.baseline, r.unit),
      formatValue(r.subject, r.unit),
      ratio === null ? '—' : ratio.toFixed(2),
      slowdown === null ? '—' : `${slowdown.toFixed(2)}×`,
    ]
  })
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)))
  const row = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`
  const rule = `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`
  return [row(header), rule, ...lines.map(row)].join('\n')
}

export function printResult(result: BenchResult) {
  console.log(`\n### ${result.title}\n`)
  console.log(formatTable(result))
  if (result.notes.length) console.log(`\n${result.notes.map((n) => `- ${n}`).join('\n')}`)
}

const resultsDir = new URL('../results/', import.meta.url)

/** Writes bench/results/<name>-<timestamp>.json and returns its path. */
export function writeResult(result: BenchResult, startedAt: Date, seconds: number): string {
  mkdirSync(resultsDir, { recursive: true })
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-')
  const file = new URL(`${result.name}-${stamp}.json`, resultsDir)
  const rows = result.rows.map((r) => ({ ...r, ratio: ratioOf(r), slowdown: slowdownOf(r) }))
  writeFileSync(file, `${JSON.stringify({ ...result, rows, startedAt: startedAt.toISOString(), seconds, machine: machine() }, null, 2)}\n`)
  return file.pathname
}

/** The newest stored result of each benchmark (bench/results/<name>-<timestamp>.json; timestamps sort as text). */
export function latestResults(): (BenchResult & { startedAt: string })[] {
  if (!existsSync(resultsDir)) return []
  const newest = new Map<string, string>()
  for (const file of readdirSync(resultsDir).filter((f) => /^[a-z]+-\d{4}-.*\.json$/.test(f)).sort()) newest.set(file.split('-')[0]!, file)
  return [...newest.values()].map((f) => JSON.parse(readFileSync(new URL(f, resultsDir), 'utf8')) as BenchResult & { startedAt: string })
}

/** One benchmark file's export: run.ts calls `run` and prints and stores what it returns. */
export interface Bench {
  name: string
  /** Its own time limit when BENCH_TIME_LIMIT_S does not set one (the default is 180 s). */
  timeLimitSeconds?: number
  run(): Promise<BenchResult>
}
