// 4b. Accelerated soak of the lobby page: Chromium shows /kiosk/centers/<id> of a seeded API while
//     staff change something every second; JS heap, DOM nodes and listeners at the start and the end.
//     The issue asks for 30 minutes; this runs BENCH_SOAK_SECONDS (60 by default) to fit the suite.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { sql } from 'kysely'
import { type CDPSession, chromium } from 'playwright-core'
import { ensureBuilt } from './lib/build'
import { createBenchDatabase } from './lib/database'
import { env } from './lib/env'
import { spawnApi } from './lib/processes'
import type { Bench, Row } from './lib/report'
import { sleep } from './lib/stats'
import { httpClient, newManager } from './lib/world'

const kioskDist = fileURLToPath(new URL('../apps/kiosk/dist/', import.meta.url))
const MiB = 2 ** 20

interface Sample { second: number; heapMiB: number; nodes: number; listeners: number; documents: number }

/** Metrics after a full garbage collection, so the numbers show what is retained, not what is pending. */
async function sample(cdp: CDPSession, second: number): Promise<Sample> {
  await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const m = (name: string) => metrics.find((x) => x.name === name)?.value ?? Number.NaN
  return { second, heapMiB: m('JSHeapUsedSize') / MiB, nodes: m('Nodes'), listeners: m('JSEventListeners'), documents: m('Documents') }
}

export default {
  name: 'soak',
  async run() {
    const seconds = env.soakSeconds
    ensureBuilt('kiosk')
    const database = await createBenchDatabase('soak')
    const api = await spawnApi({ DATABASE_URL: database.url, LINLI_SEED: '1' })
    const { db } = database
    // The demo center with the most rooms, a manager for it, one of its rooms and a visible occurrence this week.
    const center = await db.selectFrom('centers as c').innerJoin('rooms as r', 'r.center_id', 'c.id')
      .select(['c.id', 'c.name', (eb) => eb.fn.countAll<string>().as('rooms'), sql<string>`min(r.id::text)`.as('roomId')])
      .groupBy(['c.id', 'c.name']).orderBy('rooms', 'desc').executeTakeFirstOrThrow()
    const { rows: [occurrence] } = await sql<{ id: string }>`
      select o.id from occurrences o join activities a on a.id = o.activity_id
      where o.center_id = ${center.id} and o.status = 'scheduled' and a.status = 'published' and a.kiosk_visible
        and o.starts_at > now() and o.starts_at < now() + interval '6 days' order by o.starts_at limit 1`.execute(db)
    const cookie = await newManager(db, center.id, 'soak')
    const http = httpClient(api.baseUrl)

    const browser = await chromium.launch({
      executablePath: env.chromiumPath, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    })
    try {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
      const page = await context.newPage()
      const assets = new Set<string>()
      let apiReads = 0
      page.on('request', (r) => {
        const path = new URL(r.url()).pathname
        if (path.startsWith('/kiosk/assets/')) assets.add(path)
        if (path.startsWith('/api/') && r.method() === 'GET') apiReads++
      })
      const pageErrors: string[] = []
      page.on('pageerror', (e) => pageErrors.push(e.message))
      await page.goto(`${api.baseUrl}/kiosk/centers/${center.id}`, { waitUntil: 'networkidle', timeout: 60_000 })
      await sleep(2000)
      const firstLoadGzip = [...assets].reduce((n, p) => n + gzipSync(readFileSync(`${kioskDist}${p.slice('/kiosk/'.length)}`)).length, 0) / 1024
      const readsAtLoad = apiReads
      const cdp = await context.newCDPSession(page)
      await cdp.send('Performance.enable')
      const samples = [await sample(cdp, 0)]

      // One change a second, alternating what the lobby shows: a room (rooms) and an occurrence (schedule).
      let failures = 0
      for (let s = 1; s <= seconds; s++) {
        const tick = sleep(1000)
        const res = s % 2 && occurrence
          ? await http('PATCH', `/api/occurrences/${occurrence.id}`, { cookie, body: { status: s % 4 === 1 ? 'cancelled' : 'scheduled' } })
          : await http('PATCH', `/api/rooms/${center.roomId}`, { cookie, body: { capacity: 20 + (s % 7) } })
        if (res.status !== 200) failures++
        await tick
        if (s % 15 === 0 || s === seconds) samples.push(await sample(cdp, s))
      }
      await sleep(2000)
      const end = await sample(cdp, seconds + 2)
      samples.push(end)
      const start = samples[0]!
      if (failures) throw new Error(`${failures} of ${seconds} changes were refused`)
      const rereads = apiReads - readsAtLoad
      if (rereads < seconds / 2) throw new Error(`the page re-read the API only ${rereads} times for ${seconds} pushes: is it following the center?`)

      const rows: Row[] = [
        { metric: 'JS heap used (after GC)', unit: 'MiB', baseline: start.heapMiB, subject: end.heapMiB, better: 'lower' },
        { metric: 'DOM nodes', unit: 'count', baseline: start.nodes, subject: end.nodes, better: 'lower' },
        { metric: 'JS event listeners', unit: 'count', baseline: start.listeners, subject: end.listeners, better: 'lower' },
      ]
      return {
        name: 'soak',
        title: `Lobby page soak in Chromium (${seconds} s, one change a second)`,
        baselineLabel: 'after first load',
        subjectLabel: `after ${seconds} changes`,
        rows,
        notes: [
          `${center.name} (${center.rooms} rooms, demo seed) at 1920×1080; changes alternate PATCH /api/rooms/:id and cancelling/restoring one occurrence this week`,
          `the page made ${readsAtLoad} API reads to load and ${rereads} more during the soak (it re-reads on every push)`,
          `heap over time (MiB): ${samples.map((x) => `${x.second} s ${x.heapMiB.toFixed(1)}`).join(', ')}`,
          `first load of the lobby route: ${assets.size} assets, ${firstLoadGzip.toFixed(0)} KiB gzip${pageErrors.length ? `; page errors: ${pageErrors.join(' | ')}` : ''}`,
          `accelerated: ${seconds} changes in ${seconds} s instead of the issue's 30 minutes (BENCH_SOAK_SECONDS=1800 runs the full soak)`,
        ],
        details: { center: center.name, samples, readsAtLoad, rereads, firstLoadGzipKiB: firstLoadGzip, assets: [...assets], pageErrors },
      }
    } finally {
      await browser.close()
      await api.stop()
      await database.drop()
    }
  },
} satisfies Bench
