import { mkdirSync } from 'node:fs'
import { buildApp } from './app'
import { ConfigError, type Config, loadConfig } from './config'
import { createDatabase } from './db/database'
import { migrateToLatest } from './db/migrate'
import { DEMO_PASSWORD, demoStaff } from './seed/demo-data'
import { demoResidents } from './seed/demo-bookings-seed'
import { seedDemo } from './seed/demo-seed'

function readConfig(): Config {
  try {
    return loadConfig()
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message)
      process.exit(1)
    }
    throw e
  }
}

const config = readConfig()
if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true })
const db = await createDatabase(
  config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: config.dataDir },
)
const applied = await migrateToLatest(db)
const seeded = config.seedDemo && (await seedDemo(db))
const app = await buildApp({ config, db })
app.log.info({ applied, seeded }, 'database ready')

let closing = false
async function shutdown(signal: string) {
  if (closing) return
  closing = true
  app.log.info({ signal }, 'shutting down')
  const timer = setTimeout(() => process.exit(1), 10_000).unref()
  await app.close()
  await db.destroy()
  clearTimeout(timer)
  process.exit(0)
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))

await app.listen({ port: config.port, host: config.host })
const address = app.server.address()
const port = typeof address === 'object' && address ? address.port : config.port
const base = `http://localhost:${port}`
const database = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite at ${config.dataDir}`
console.log(`
  邻里 Linli is running (${database})
    admin   ${base}/admin/
    kiosk   ${base}/kiosk/
    API     ${base}/api/docs
  Demo logins (password ${DEMO_PASSWORD}):
${demoStaff.map((s) => `    ${s.username.padEnd(9)} ${s.role.padEnd(15)} ${s.scope}`).join('\n')}
  Demo residents (phone pages at ${base}/kiosk/m/, same password):
${demoResidents.map((r) => `    ${r.phone}  ${r.name}`).join('\n')}
`)
