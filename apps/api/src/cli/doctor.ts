import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError, loadConfig } from '../config'
import { type DataDirLock, DataDirLockedError, lockDataDir } from '../db/data-dir-lock'
import { type Database, createDatabase } from '../db/database'
import { pingDatabase } from '../modules/backups/backups.repository'
import type { Command } from './command'
import { type Finding, bucketFinding, diskSpace, pgDumpFinding, redisFinding, schemaFindings } from './doctor-checks'
import { describeDatabase } from './open-database'

const MARK = { ok: ' ok ', warn: 'WARN', fail: 'FAIL' } as const

function print(findings: Finding[]) {
  for (const f of findings) {
    console.log(`[${MARK[f.status]}] ${f.check.padEnd(11)} ${f.detail}`)
    if (f.todo) console.log(`       ${' '.repeat(11)} → ${f.todo}`)
  }
}

async function databaseFindings(open: () => Promise<Database>, postgres: boolean): Promise<Finding[]> {
  let db: Database | undefined
  try {
    db = await open()
    await pingDatabase(db)
    return [{ status: 'ok', check: 'database', detail: 'answers' }, ...(await schemaFindings(db)), ...(postgres ? [await pgDumpFinding(db)] : [])]
  } catch (e) {
    return [{ status: 'fail', check: 'database', detail: `cannot be opened: ${(e as Error).message}`, todo: postgres ? 'Check that PostgreSQL runs, and DATABASE_URL (host, port, user, password, database name).' : 'Check LINLI_DATA_DIR and its permissions; restore the latest backup if the directory is damaged.' }]
  } finally {
    await db?.destroy()
  }
}

/** The embedded database: its directory's lock says whether a server runs on it (then the server answers for it, at /readyz). */
async function embeddedFindings(dataDir: string): Promise<Finding[]> {
  if (!existsSync(join(dataDir, 'PG_VERSION')))
    return [{ status: 'warn', check: 'database', detail: `no database in ${dataDir} yet`, todo: 'Start the server (or run `npm run linli -- migrate`) to create it, or restore a backup into it.' }]
  let lock: DataDirLock
  try {
    lock = lockDataDir(dataDir)
  } catch (e) {
    if (!(e instanceof DataDirLockedError)) throw e
    return [{ status: 'ok', check: 'lock', detail: `a running server holds ${dataDir} (PID ${e.holder.pid ?? '?'}); its database is checked by GET /readyz` }]
  }
  try {
    return [{ status: 'ok', check: 'lock', detail: 'free: no server is using the data directory' }, ...(await databaseFindings(() => createDatabase({ kind: 'pglite', dataDir }), false))]
  } finally {
    lock.release()
  }
}

export const doctor: Command = {
  name: 'doctor',
  summary: 'Check the config, database, migrations, Redis, the S3 bucket, disk space and data-directory lock, and say what to do.',
  help: `
Usage: npm run linli -- doctor

Exits with 1 when something is broken (FAIL), 0 when everything works (WARN lines are advice).`,
  options: {},
  async run() {
    let config
    try {
      config = loadConfig()
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e
      print(e.problems.map((p) => ({ status: 'fail', check: 'config', detail: p, todo: 'Fix this variable; the server refuses to start until then.' })))
      return 1
    }
    const findings: Finding[] = [{ status: 'ok', check: 'config', detail: `valid; ${describeDatabase(config)}` }]
    if (config.databaseUrl) {
      const url = config.databaseUrl
      findings.push(...(await databaseFindings(() => createDatabase({ kind: 'postgres', url, timeouts: { connectMs: 3_000 } }), true)))
    } else {
      findings.push(...(await embeddedFindings(config.dataDir)), diskSpace('disk', config.dataDir))
    }
    if (config.backupDir) findings.push(diskSpace('backups', config.backupDir))
    const redis = await redisFinding(config)
    if (redis) findings.push(redis)
    const bucket = await bucketFinding(config)
    if (bucket) findings.push(bucket)
    print(findings)
    return findings.some((f) => f.status === 'fail') ? 1 : 0
  },
}
