// 7. A date with 2,000 residents signed up is cancelled by staff: how long until every resident's
//    in-app notice is recorded, delivered (sent) and on the open phones, against one INSERT of
//    2,000 notification-shaped rows, in the same run.
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { createBenchDatabase } from './lib/database'
import { addActivityDate, addResidents, createScratchNotifications, residentCookies, signUpAll } from './lib/notify-world'
import { connectPhones } from './lib/phones'
import { spawnApi } from './lib/processes'
import type { Bench } from './lib/report'
import { median, sleep } from './lib/stats'
import { httpClient, newCenterWorld } from './lib/world'

const RESIDENTS = 2000
const PHONES = 20
const ROUNDS = 3
const POLL_MS = 20
const TIMEOUT_MS = 60_000
const KIND = 'activity_date_cancelled'

/**
 * Reads `text` every POLL_MS from t0 and notes, in ms since t0, when each mark first held (on the
 * poll's answer); resolves once all have, or after TIMEOUT_MS with the missing ones absent.
 */
async function watch<T>(t0: number, poller: pg.Client, text: string, values: unknown[], marks: Record<string, (row: T) => boolean>) {
  const seen: Record<string, number> = {}
  let last: T | undefined
  for (let tick = 1; performance.now() - t0 < TIMEOUT_MS; tick++) {
    last = (await poller.query(text, values)).rows[0] as T
    const now = performance.now() - t0
    for (const [name, holds] of Object.entries(marks)) if (!(name in seen) && holds(last)) seen[name] = now
    if (Object.keys(seen).length === Object.keys(marks).length) break
    await sleep(Math.max(0, t0 + tick * POLL_MS - performance.now()))
  }
  return { seen, last }
}

// The worker's own record, polled like the baseline's table: the date's notices and their in-app deliveries.
const SUBJECT_POLL = `select count(*)::int as recorded, count(*) filter (where d.status = 'sent')::int as sent,
    count(*) filter (where d.status in ('failed', 'dead', 'skipped'))::int as bad
  from notifications n join notification_deliveries d on d.notification_id = n.id and d.channel = 'in_app'
  where n.kind = '${KIND}' and n.dedupe_key like $1 || '@%'`
// How the worker went about it: the batches it wrote 'sent' in, and what one in-app send (unread count + emit) took.
const WORKER_LOG = `select count(distinct d.sent_at)::int as batches, count(a.id)::int as tries,
    percentile_cont(0.5) within group (order by a.latency_ms)::float8 as "sendP50", max(a.latency_ms)::int as "sendMax"
  from notifications n join notification_deliveries d on d.notification_id = n.id and d.channel = 'in_app'
  join notification_attempts a on a.delivery_id = d.id
  where n.kind = '${KIND}' and n.dedupe_key like $1 || '@%'`
const BASELINE_POLL = 'select count(*)::int as n from bench_notifications where dedupe_key = $1'
// Same shape as a notice of a cancelled date: the resident, the center, the kind, a key, its params and link.
const BASELINE_INSERT = `insert into bench_notifications (resident_id, center_id, kind, dedupe_key, params, link, created_at)
  select ($1::uuid[])[i], $2, '${KIND}', $3,
    jsonb_build_object('registrationId', gen_random_uuid(), 'occurrenceId', $4::text, 'activityTitle', $5::text, 'startsAt', '2030-01-07T09:00:00+08:00'),
    '/m/registrations?registration=' || gen_random_uuid(), now()
  from generate_series(1, ${RESIDENTS}) i`

type Counts = { recorded: number; sent: number; bad: number }
type WorkerLog = { batches: number; tries: number; sendP50: number; sendMax: number }
/** One round, in ms from the baseline's statement or the cancel request. */
interface Round {
  baseline: { returned: number; visible: number }
  subject: { returned: number; visible: number; firstSent: number; allSent: number; phonesFirst: number; phonesAll: number; phoneMs: number[] }
  worker: WorkerLog
}

export default {
  name: 'notify',
  async run() {
    const load = [loadavg()[0]!]
    const database = await createBenchDatabase('notify')
    const { db } = database
    const world = await newCenterWorld(db, 1, 'notify')
    const residents = await addResidents(db, RESIDENTS)
    await createScratchNotifications(db)
    const api = await spawnApi({ DATABASE_URL: database.url })
    const http = httpClient(api.baseUrl)
    const seeding = performance.now()
    const dates = []
    for (let k = 0; k < ROUNDS; k++) {
      const date = await addActivityDate(http, db, world, k, RESIDENTS + 500)
      const signed = await signUpAll(db, date.occurrenceId, residents)
      if (signed !== RESIDENTS) throw new Error(`signed up ${signed} of ${RESIDENTS}`)
      dates.push(date)
    }
    const seedSeconds = (performance.now() - seeding) / 1000
    // Phones spread over the list, so they are not all in the worker's first batch.
    const phoneResidents = Array.from({ length: PHONES }, (_, i) => residents[Math.floor((i * RESIDENTS) / PHONES) + 7]!)
    const phones = await connectPhones(api.baseUrl, await residentCookies(db, phoneResidents), world.centerId)
    const poller = new pg.Client({ connectionString: database.url })
    const writer = new pg.Client({ connectionString: database.url })
    await Promise.all([poller.connect(), writer.connect()])
    const pgVersion = (await poller.query('show server_version')).rows[0].server_version as string

    const rounds: Round[] = []
    for (const [k, date] of dates.entries()) {
      await sleep(1500)
      // Baseline: one statement writes 2,000 rows; we time its answer and when the poller sees them all.
      const key = `baseline-${k}`
      const b0 = performance.now()
      const inserted = writer.query(BASELINE_INSERT, [residents, world.centerId, key, date.occurrenceId, date.title]).then(() => performance.now() - b0)
      const base = await watch<{ n: number }>(b0, poller, BASELINE_POLL, [key], { visible: (r) => r.n >= RESIDENTS })
      const baseReturned = await inserted
      if (base.seen.visible === undefined) throw new Error(`baseline: only ${base.last?.n} rows seen`)
      await sleep(1500)

      // Subject: staff cancel the date over HTTP; the notices are written in the same transaction and the worker delivers them.
      const s0 = performance.now()
      const arrivals = phones.expect(KIND, s0, TIMEOUT_MS)
      const answered = http('PATCH', `/api/occurrences/${date.occurrenceId}`, { cookie: world.staffCookie, body: { status: 'cancelled' } })
        .then((res) => ({ res, ms: performance.now() - s0 }))
      const subj = await watch<Counts>(s0, poller, SUBJECT_POLL, [date.occurrenceId], {
        visible: (r) => r.recorded >= RESIDENTS, firstSent: (r) => r.sent > 0, allSent: (r) => r.sent >= RESIDENTS,
      })
      const { res, ms: returned } = await answered
      const phoneMs = await arrivals
      if (res.status !== 200 || (res.json as { status?: string }).status !== 'cancelled') throw new Error(`cancel: ${res.status} ${res.text.slice(0, 200)}`)
      const final = (await poller.query(SUBJECT_POLL, [date.occurrenceId])).rows[0] as Counts
      if (final.recorded !== RESIDENTS || subj.seen.allSent === undefined || final.bad)
        throw new Error(`round ${k + 1}: ${final.recorded} notices recorded, ${final.sent} sent, ${final.bad} failed/dead/skipped after ${TIMEOUT_MS} ms`)
      if (phoneMs.some((ms) => ms < 0)) throw new Error(`round ${k + 1}: ${phoneMs.filter((ms) => ms < 0).length} of ${PHONES} phones got no notice`)
      const worker = (await poller.query(WORKER_LOG, [date.occurrenceId])).rows[0] as WorkerLog
      rounds.push({
        baseline: { returned: baseReturned, visible: base.seen.visible },
        subject: { returned, visible: subj.seen.visible!, firstSent: subj.seen.firstSent!, allSent: subj.seen.allSent, phonesFirst: Math.min(...phoneMs), phonesAll: Math.max(...phoneMs), phoneMs },
        worker,
      })
      console.log(`round ${k + 1}/${ROUNDS}: baseline returned ${baseReturned.toFixed(0)} ms, seen ${base.seen.visible.toFixed(0)} ms; `
        + `cancel returned ${returned.toFixed(0)} ms, first sent ${subj.seen.firstSent!.toFixed(0)} ms, all sent ${subj.seen.allSent.toFixed(0)} ms, ${PHONES} phones by ${Math.max(...phoneMs).toFixed(0)} ms; `
        + `${worker.tries} tries in ${worker.batches} batches, one send p50 ${worker.sendP50} ms, max ${worker.sendMax} ms`)
    }
    load.push(loadavg()[0]!)
    await phones.close()
    await Promise.all([poller.end(), writer.end()])
    await api.stop()
    await database.drop()

    const m = (pick: (r: Round) => number) => median(rounds.map(pick))
    const rate = m((r) => (RESIDENTS - 1) / ((r.subject.allSent - r.subject.firstSent) / 1000))
    return {
      name: 'notify',
      title: `Cancelling a date with ${RESIDENTS.toLocaleString('en-US')} residents signed up (PATCH /api/occurrences/:id → in-app notices)`,
      baselineLabel: `one INSERT of ${RESIDENTS.toLocaleString('en-US')} rows`,
      subjectLabel: 'Linli API + worker',
      rows: [
        { metric: `request returned (${RESIDENTS.toLocaleString('en-US')} notices recorded)`, unit: 'ms', baseline: m((r) => r.baseline.returned), subject: m((r) => r.subject.returned), better: 'lower' },
        { metric: `all ${RESIDENTS.toLocaleString('en-US')} delivered (sent)`, unit: 'ms', baseline: m((r) => r.baseline.visible), subject: m((r) => r.subject.allSent), better: 'lower' },
        { metric: `live phones received (all ${PHONES})`, unit: 'ms', baseline: m((r) => r.baseline.visible), subject: m((r) => r.subject.phonesAll), better: 'lower' },
      ],
      notes: [
        `medians of ${ROUNDS} rounds, each on a fresh one-off date (capacity ${RESIDENTS + 500}, ${RESIDENTS} confirmed seats inserted in SQL through the capacity trigger; ${seedSeconds.toFixed(0)} s for all dates); baseline first, then the cancel`,
        `subject: PATCH /api/occurrences/:id {status:'cancelled'} as the center's manager on the real server (src/server.ts, LOG_LEVEL=warn, its own notification worker); the database polled every ${POLL_MS} ms for the date's in-app deliveries`,
        `baseline: INSERT … SELECT FROM generate_series into a copy of notifications (same columns, checks, indexes, foreign keys), polled the same way; rows 2 and 3 compare with when the poller saw all ${RESIDENTS} rows`,
        `notices visible to the poller (commit) ${m((r) => r.subject.visible).toFixed(0)} ms; worker's first delivery sent ${m((r) => r.subject.firstSent).toFixed(0)} ms after the request; then ${rate.toFixed(0)} deliveries/s until the last, in ${m((r) => r.worker.batches)} batches (each writes 'sent' for up to 100 at once); one in-app send (unread count + emit) p50 ${m((r) => r.worker.sendP50).toFixed(0)} ms, max ${m((r) => r.worker.sendMax).toFixed(0)} ms`,
        `${PHONES} phone sockets (socket.io-client with a resident session cookie, in the bench process): first notice ${m((r) => r.subject.phonesFirst).toFixed(0)} ms, last ${m((r) => r.subject.phonesAll).toFixed(0)} ms`,
        `PostgreSQL ${pgVersion}; load average (1 min) ${load.map((l) => l.toFixed(1)).join(' → ')}`,
      ],
      details: { residents: RESIDENTS, phones: PHONES, pollMs: POLL_MS, seedSeconds, rounds },
    }
  },
} satisfies Bench
