// 11. Start-up of the API as production runs it (`node dist/server.js`, the esbuild bundle `npm start` builds)
//     against the same server run through tsx (`node --import tsx src/server.ts`, how `npm run dev` runs it):
//     time until it serves, CPU spent getting there, and memory once ready (issue #17, goal 7).
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { onCleanup } from './lib/cleanup'
import { createBenchDatabase } from './lib/database'
import { bannerPort, terminate } from './lib/processes'
import { median, sleep } from './lib/stats'
import type { Bench, Row } from './lib/report'

const apiDir = fileURLToPath(new URL('../apps/api/', import.meta.url))
const STARTS = 3
const TICKS_PER_SECOND = 100

const variants = {
  tsx: ['--import', 'tsx', 'src/server.ts'],
  compiled: ['--enable-source-maps', 'dist/server.js'],
} as const

interface Start { readyMs: number; cpuMs: number; rssMiB: number; idleRssMiB: number }

/** utime + stime of a live process, from /proc (Linux), in ms. */
const cpuMsOf = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1000
}
const rssMiBOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024

/** One start: spawn, wait for the first answer of /healthz, read CPU and memory, stop with SIGTERM. */
async function startOnce(args: readonly string[], env: Record<string, string>): Promise<Start> {
  const started = performance.now()
  const child = spawn(process.execPath, [...args], {
    cwd: apiDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', LINLI_SEED: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const cleanup = onCleanup(`API start-up ${child.pid}`, () => terminate(child))
  try {
    const port = await bannerPort(child, 120_000)
    const health = await fetch(`http://127.0.0.1:${port}/healthz`)
    if (health.status !== 200) throw new Error(`/healthz answered ${health.status}`)
    const readyMs = performance.now() - started
    const cpuMs = cpuMsOf(child.pid!)
    const rssMiB = rssMiBOf(child.pid!)
    // What it settles at once start-up's garbage is collectable: the figure a replica's memory limit is set from.
    await sleep(2000)
    const idleRssMiB = rssMiBOf(child.pid!)
    return { readyMs, cpuMs, rssMiB, idleRssMiB }
  } finally {
    await cleanup()
  }
}

async function starts(label: string, args: readonly string[], env: Record<string, string>): Promise<Start> {
  const runs: Start[] = []
  for (let i = 0; i < STARTS; i++) {
    runs.push(await startOnce(args, env))
    console.log(`  startup: ${label} ${i + 1}/${STARTS}: ready in ${runs.at(-1)!.readyMs.toFixed(0)} ms, ${runs.at(-1)!.rssMiB.toFixed(0)} MiB`)
  }
  const m = (pick: (s: Start) => number) => median(runs.map(pick))
  return { readyMs: m((s) => s.readyMs), cpuMs: m((s) => s.cpuMs), rssMiB: m((s) => s.rssMiB), idleRssMiB: m((s) => s.idleRssMiB) }
}

const rowsFor = (label: string, tsx: Start, compiled: Start): Row[] => [
  { metric: `${label}: time to first /healthz answer`, unit: 'ms', baseline: tsx.readyMs, subject: compiled.readyMs, better: 'lower' },
  { metric: `${label}: CPU until ready (user + sys)`, unit: 'ms', baseline: tsx.cpuMs, subject: compiled.cpuMs, better: 'lower' },
  { metric: `${label}: resident memory when ready`, unit: 'MiB', baseline: tsx.rssMiB, subject: compiled.rssMiB, better: 'lower' },
  { metric: `${label}: resident memory 2 s later`, unit: 'MiB', baseline: tsx.idleRssMiB, subject: compiled.idleRssMiB, better: 'lower' },
]

export default {
  name: 'startup',
  timeLimitSeconds: 900,
  async run() {
    // Built every time: a bundle older than the sources would meet a database migrated by newer code.
    const r = spawnSync('npm', ['run', 'build'], { cwd: apiDir, stdio: 'inherit', timeout: 180_000 })
    if (r.status !== 0) throw new Error(`building apps/api failed (${r.status ?? r.signal})`)
    const database = await createBenchDatabase('startup')
    const postgres = { DATABASE_URL: database.url }
    const pgTsx = await starts('PostgreSQL, tsx', variants.tsx, postgres)
    const pgCompiled = await starts('PostgreSQL, compiled', variants.compiled, postgres)
    await database.drop()

    // PGlite as `npm start` uses it without DATABASE_URL, from a data directory an earlier start created and migrated.
    const dataDir = mkdtempSync(join(tmpdir(), 'linli-bench-startup-'))
    const pglite = { LINLI_DATA_DIR: join(dataDir, 'pglite') }
    try {
      await startOnce(variants.compiled, pglite)
      const liteTsx = await starts('PGlite, tsx', variants.tsx, pglite)
      const liteCompiled = await starts('PGlite, compiled', variants.compiled, pglite)
      return {
        name: 'startup',
        title: 'API start-up: the compiled bundle production runs against the same server through tsx',
        baselineLabel: 'node --import tsx src/server.ts',
        subjectLabel: 'node dist/server.js',
        rows: [...rowsFor('PostgreSQL (migrated)', pgTsx, pgCompiled), ...rowsFor('PGlite (existing data directory)', liteTsx, liteCompiled)],
        notes: [
          `median of ${STARTS} starts each, spawn to the first 200 from /healthz, no demo seed (LINLI_SEED=0), LOG_LEVEL=warn; CPU and memory read from /proc at that moment; stopped with SIGTERM`,
          `dist/server.js built first (apps/api \`npm run build\`, esbuild); the PGlite rows reuse a data directory created and migrated by one start before them`,
        ],
        details: { pgTsx, pgCompiled, liteTsx, liteCompiled },
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  },
} satisfies Bench
