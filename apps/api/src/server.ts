import { mkdirSync } from 'node:fs'
import type { App } from './app-instance'
import { buildApp } from './app'
import { ConfigError, type Config, loadConfig } from './config'
import { type DataDirLock, DataDirLockedError, lockDataDir } from './db/data-dir-lock'
import { type Database, createDatabase } from './db/database'
import { migrateToLatest } from './db/migrate'
import { hasAnyStaff } from './modules/auth/staff.repository'
import { photoStore } from './modules/records/photo-store'
import { workingDemoLogins } from './seed/demo-logins'
import { seedDemo } from './seed/demo-seed'
import { startupBanner } from './startup-banner'

/** How long in-flight requests, sockets and the database get to close before the process exits anyway. */
const SHUTDOWN_DEADLINE_MS = 10_000

function refuseToStart(message: string): never {
  console.error(message)
  process.exit(1)
}

function readConfig(): Config {
  try {
    return loadConfig()
  } catch (e) {
    if (e instanceof ConfigError) refuseToStart(e.message)
    throw e
  }
}

/** One process per embedded data directory: a second writer loses acknowledged writes. */
function lockEmbeddedDatabase(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true })
  try {
    return lockDataDir(dataDir)
  } catch (e) {
    if (e instanceof DataDirLockedError) refuseToStart(e.message)
    throw e
  }
}

const config = readConfig()
const lock = config.databaseUrl ? undefined : lockEmbeddedDatabase(config.dataDir)
// A crash or the shutdown deadline must not leave the directory looking taken to the next start.
process.on('exit', () => lock?.release())

let db: Database | undefined
let app: App | undefined
let closing = false

async function start() {
  db = await createDatabase(
    config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: config.dataDir },
  )
  const applied = await migrateToLatest(db)
  const seeded = config.seedDemo && (await seedDemo(db, new Date(), photoStore(config)))
  app = await buildApp({ config, db, schemaCompilation: 'at-start' })
  app.log.info({ applied, seeded }, 'database ready')
  if (closing) return
  await app.listen({ port: config.port, host: config.host })
  const address = app.server.address()
  const base = `http://localhost:${typeof address === 'object' && address ? address.port : config.port}`
  const database = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite at ${config.dataDir}`
  const firstRun = (await hasAnyStaff(db)) ? undefined : { embedded: !config.databaseUrl }
  console.log(startupBanner(base, database, await workingDemoLogins(db), firstRun))
}

const starting = start()

async function shutdown(signal: string) {
  if (closing) return
  closing = true
  setTimeout(() => {
    console.error(`Linli did not close within ${SHUTDOWN_DEADLINE_MS / 1000} s of ${signal}; exiting anyway`)
    process.exit(1)
  }, SHUTDOWN_DEADLINE_MS).unref()
  // A signal during start-up lets the migration finish rather than cutting it off halfway.
  await starting.catch(() => undefined)
  app?.log.info({ signal }, 'shutting down')
  // Fastify stops accepting, answers the requests already in flight, drops Socket.IO transports
  // and runs every onClose hook (background timers, Redis); then the database closes. Node closes
  // only the keep-alive connections idle when closing starts; one whose request finishes later (a
  // proxy's upstream connection) would hold the close up until its keep-alive timeout.
  const reapIdle = setInterval(() => app?.server.closeIdleConnections(), 100)
  await app?.close()
  clearInterval(reapIdle)
  await db?.destroy()
  lock?.release()
  process.exit(0)
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))

await starting
