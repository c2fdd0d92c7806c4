// 4a. Bundle size: gzip of the built lobby-screen (kiosk), residents' and admin apps, against the floor every Vue SPA pays
//     (vue + vue-router, built with the same Vite), measured in the same run; and the first load as the API sends
//     it (the build's precompressed .br/.gz files) against its budget: admin <= 200 KiB, lobby app <= 100 KiB.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { build } from 'vite'
import { appsDir, ensureBuilt } from './lib/build'
import type { Bench, Row } from './lib/report'

const modules = fileURLToPath(new URL('../node_modules/', import.meta.url))
const KiB = 1024

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]))
const gzipped = (file: string) => gzipSync(readFileSync(file)).length

/** Budgets for what a browser downloads before the first page shows (issue #17, goal 5). */
export const FIRST_LOAD_BUDGET_KIB = { admin: 200, lobby: 100 }

/**
 * Bytes the API sends for a file to a browser that accepts this encoding: the build's precompressed
 * copy when there is one (static-apps.ts serves it as it is), else the file compressed as the build
 * would have (a floor or an older build without copies), or the file itself below 1 KiB.
 */
function sent(file: string, encoding: 'br' | 'gzip'): number {
  const copy = `${file}${encoding === 'br' ? '.br' : '.gz'}`
  if (existsSync(copy)) return statSync(copy).size
  const body = readFileSync(file)
  if (body.length < 1024) return body.length
  const compressed = encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } })
    : gzipSync(body, { level: constants.Z_BEST_COMPRESSION })
  return Math.min(compressed.length, body.length)
}

interface Sizes {
  files: number; raw: number; gzip: number; firstLoadGzip: number; firstLoadFiles: number
  /** The first load as sent: what the browser downloads with `Accept-Encoding: br` or only gzip. */
  firstLoadRaw: number; firstLoadSentBr: number; firstLoadSentGzip: number; precompressed: boolean
}

/** Every JS/CSS/HTML file, and what index.html loads before anything else (its script, preloads, styles). */
function measure(dist: string, base: string): Sizes {
  const files = walk(dist).filter((f) => /\.(js|css|html)$/.test(f))
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const referenced = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => join(dist, m[1]!.replace(base, '')))
  const firstLoad = [join(dist, 'index.html'), ...referenced]
  return {
    files: files.length,
    raw: files.reduce((n, f) => n + statSync(f).size, 0) / KiB,
    gzip: files.reduce((n, f) => n + gzipped(f), 0) / KiB,
    firstLoadGzip: firstLoad.reduce((n, f) => n + gzipped(f), 0) / KiB,
    firstLoadFiles: firstLoad.length,
    firstLoadRaw: firstLoad.reduce((n, f) => n + statSync(f).size, 0) / KiB,
    firstLoadSentBr: firstLoad.reduce((n, f) => n + sent(f, 'br'), 0) / KiB,
    firstLoadSentGzip: firstLoad.reduce((n, f) => n + sent(f, 'gzip'), 0) / KiB,
    precompressed: firstLoad.some((f) => existsSync(`${f}.br`)),
  }
}

/** The smallest Vue SPA with a router, built like the apps are, in a temporary directory. */
async function floor(): Promise<Sizes> {
  const dir = mkdtempSync(join(tmpdir(), 'linli-bench-floor-'))
  try {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><meta charset="UTF-8"><title>floor</title></head><body><div id="app"></div><script type="module" src="./main.ts"></script></body></html>')
    writeFileSync(join(dir, 'main.ts'), [
      "import { createApp, h } from 'vue'",
      "import { RouterView, createRouter, createWebHistory } from 'vue-router'",
      "const router = createRouter({ history: createWebHistory('/kiosk/'), routes: [{ path: '/:any(.*)*', component: { render: () => h('p', 'hello') } }] })",
      "createApp({ render: () => h(RouterView) }).use(router).mount('#app')",
    ].join('\n'))
    await build({
      root: dir, base: '/kiosk/', logLevel: 'silent', configFile: false,
      resolve: { alias: { vue: `${modules}vue/dist/vue.runtime.esm-bundler.js`, 'vue-router': `${modules}vue-router/dist/vue-router.esm-bundler.js` } },
      build: { outDir: join(dir, 'dist') },
    })
    return measure(join(dir, 'dist'), '/kiosk/')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const rowsFor = (app: string, f: Sizes, s: Sizes): Row[] => [
  { metric: `${app}: first load (index.html + entry JS/CSS), gzip`, unit: 'KiB', baseline: f.firstLoadGzip, subject: s.firstLoadGzip, better: 'lower' },
  { metric: `${app}: first load as sent, brotli`, unit: 'KiB', baseline: f.firstLoadSentBr, subject: s.firstLoadSentBr, better: 'lower' },
  { metric: `${app}: first load as sent, gzip only`, unit: 'KiB', baseline: f.firstLoadSentGzip, subject: s.firstLoadSentGzip, better: 'lower' },
  { metric: `${app}: all JS/CSS/HTML in dist, gzip`, unit: 'KiB', baseline: f.gzip, subject: s.gzip, better: 'lower' },
]

/** The budget line: the larger of the two encodings a browser may get, so gzip-only browsers count too. */
function budgetLine(app: string, s: Sizes, budget: number) {
  const worst = Math.max(s.firstLoadSentBr, s.firstLoadSentGzip)
  const verdict = worst <= budget ? 'within' : 'OVER'
  return `${app} first load as sent: ${s.firstLoadSentBr.toFixed(1)} KiB brotli, ${s.firstLoadSentGzip.toFixed(1)} KiB gzip (${s.firstLoadRaw.toFixed(0)} KiB uncompressed) — ${verdict} the ${budget} KiB budget${s.precompressed ? '' : ' (no .br/.gz in dist: computed as the build would write them)'}`
}

export default {
  name: 'bundle',
  async run() {
    const how = { kiosk: ensureBuilt('kiosk'), resident: ensureBuilt('resident'), admin: ensureBuilt('admin') }
    const base = await floor()
    const kiosk = measure(join(appsDir, 'kiosk', 'dist'), '/kiosk/')
    const resident = measure(join(appsDir, 'resident', 'dist'), '/m/')
    const worker = gzipped(join(appsDir, 'resident', 'dist', 'sw.js')) / KiB
    const admin = measure(join(appsDir, 'admin', 'dist'), '/admin/')
    const line = (name: string, s: Sizes) =>
      `${name}: ${s.files} files, ${s.raw.toFixed(0)} KiB raw, ${s.gzip.toFixed(0)} KiB gzip; first load ${s.firstLoadFiles} files`
    return {
      name: 'bundle',
      title: 'Bundle size (gzip, default level)',
      baselineLabel: 'vue + vue-router floor',
      subjectLabel: 'Linli app',
      rows: [...rowsFor('lobby app (kiosk)', base, kiosk), ...rowsFor('resident app (/m/)', base, resident), ...rowsFor('admin', base, admin)],
      notes: [
        `dist folders measured ${new Set(Object.values(how)).size === 1 ? how.kiosk : Object.entries(how).map(([k, v]) => `${k} ${v}`).join(', ')}; gzip per file with zlib's default level, summed`,
        budgetLine('admin', admin, FIRST_LOAD_BUDGET_KIB.admin), budgetLine('lobby app (kiosk)', kiosk, FIRST_LOAD_BUDGET_KIB.lobby),
        'as sent = the precompressed copies the API serves (brotli 11, gzip 9, written by packages/web-shared/vite/precompress.ts); the floor is compressed the same way',
        line('floor', base), line('apps/kiosk/dist', kiosk), line('apps/resident/dist', resident), line('apps/admin/dist', admin),
        `the resident app's total includes its service worker (sw.js, Workbox + push, ${worker.toFixed(1)} KiB gzip), fetched once after the first load`,
        'what the lobby route actually downloads is measured by the soak benchmark (first load of /kiosk/centers/:id)',
      ],
      details: { floor: base, kiosk, resident, worker, admin, budgetsKiB: FIRST_LOAD_BUDGET_KIB },
    }
  },
} satisfies Bench
