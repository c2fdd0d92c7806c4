// The API on embedded PGlite (the default `npm start` database), with the same busy week as the
// PostgreSQL run, served twice: as it is and with LINLI_SCHEDULE_CACHE=0. PGlite lives inside one
// process, so fixtures are written here, not by the parent.
import { buildApp } from '@linli/api/src/app'
import { loadConfig } from '@linli/api/src/config'
import { createDatabase } from '@linli/api/src/db/database'
import { migrateToLatest } from '@linli/api/src/db/migrate'
import type { Http } from '../lib/world'
import { addBusyWeek, newCenterWorld, nextMonday } from '../lib/world'
import { tell } from '../lib/child'

const db = await createDatabase({ kind: 'pglite' })
await migrateToLatest(db)
const appWith = async (scheduleCache: '0' | '1') =>
  buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', LINLI_SCHEDULE_CACHE: scheduleCache }), db, logger: false, backgroundJobs: false, webApps: [] })
const app = await appWith('1')
// The same app without the schedule cache, on the same database: the "before" figures.
const uncached = await appWith('0')
const inject: Http = async (method, url, options = {}) => {
  const res = await app.inject({
    method: method as 'GET', url, payload: options.body as object | undefined,
    headers: { ...(options.cookie && { cookie: options.cookie }), ...options.headers },
  })
  return { status: res.statusCode, json: res.json(), text: res.body, headers: new Headers(res.headers as Record<string, string>) }
}
const world = await newCenterWorld(db, Number(process.env.ROOMS ?? 20))
const monday = nextMonday()
await addBusyWeek(inject, world, monday)
const portOf = async (a: typeof app) => {
  await a.listen({ port: 0, host: '127.0.0.1' })
  return (a.server.address() as { port: number }).port
}
tell({ type: 'ready', port: await portOf(app), uncachedPort: await portOf(uncached), centerId: world.centerId, monday })
process.on('SIGTERM', () => void Promise.all([app.close(), uncached.close()]).then(() => db.destroy()).then(() => process.exit(0)))
