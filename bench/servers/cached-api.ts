// A measured sketch of the "next improvement" in docs/benchmarks.md, NOT part of apps/api: the
// real app (same routes, plugins and database) plus a response cache for the public schedule,
// dropped for a center whenever the API announces a change to it (realtime.centerChanged).
import { buildApp } from '@linli/api/src/app'
import { loadConfig } from '@linli/api/src/config'
import { createDatabase } from '@linli/api/src/db/database'
import { tell } from '../lib/child'

const SCHEDULE = /^\/api\/centers\/([0-9a-f-]{36})\/schedule(?:\?|$)/
const url = process.env.DATABASE_URL!
const db = await createDatabase({ kind: 'postgres', url })
const app = await buildApp({ config: loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'warn' }), db, logger: false, backgroundJobs: false, webApps: [] })

const cache = new Map<string, { etag: string; body: string }>()
const keysByCenter = new Map<string, Set<string>>()
/** Bumped on every change: a read that started before a change must not store what it read. */
const generation = new Map<string, number>()
const started = new WeakMap<object, number>()

const announce = app.realtime.centerChanged
app.realtime.centerChanged = (centerId, what) => {
  generation.set(centerId, (generation.get(centerId) ?? 0) + 1)
  for (const key of keysByCenter.get(centerId) ?? []) cache.delete(key)
  keysByCenter.delete(centerId)
  announce(centerId, what)
}

app.addHook('onRequest', async (request, reply) => {
  const center = request.method === 'GET' && SCHEDULE.exec(request.url)?.[1]
  if (!center) return
  const hit = cache.get(request.url)
  if (!hit) return void started.set(request, generation.get(center) ?? 0)
  reply.header('etag', hit.etag).header('cache-control', 'no-cache')
  if (request.headers['if-none-match'] === hit.etag) return reply.status(304).send()
  return reply.type('application/json; charset=utf-8').send(hit.body)
})
app.addHook('onSend', async (request, reply, payload) => {
  const center = SCHEDULE.exec(request.url)?.[1]
  const at = started.get(request)
  if (center && at !== undefined && reply.statusCode === 200 && typeof payload === 'string' && at === (generation.get(center) ?? 0)) {
    cache.set(request.url, { etag: String(reply.getHeader('etag')), body: payload })
    keysByCenter.set(center, (keysByCenter.get(center) ?? new Set()).add(request.url))
  }
  return payload
})

await app.listen({ port: 0, host: '127.0.0.1' })
tell({ type: 'ready', port: (app.server.address() as { port: number }).port })
process.on('SIGTERM', () => void app.close().then(() => db.destroy()).then(() => process.exit(0)))
