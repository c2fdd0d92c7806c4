import { mkdirSync } from 'node:fs'
import { type Config, ConfigError, loadConfig } from '../config'
import { type DataDirLock, DataDirLockedError, lockDataDir } from '../db/data-dir-lock'
import { type Database, createDatabase } from '../db/database'
import { CliFailure } from './command'

/** The server's own config check: a bad variable stops the command with the same list of problems. */
export function readConfig(): Config {
  try {
    return loadConfig()
  } catch (e) {
    if (e instanceof ConfigError) throw new CliFailure(`${e.message}\nFix these variables and run the command again.`)
    throw e
  }
}

export const describeDatabase = (config: Config) =>
  config.databaseUrl ? `PostgreSQL at ${redactUrl(config.databaseUrl)}` : `embedded PGlite at ${config.dataDir}`

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return 'DATABASE_URL'
  }
}

/** Takes the embedded data directory as the server does; a running server keeps it, so say to stop it. */
export function lockEmbedded(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true })
  try {
    return lockDataDir(dataDir)
  } catch (e) {
    if (e instanceof DataDirLockedError)
      throw new CliFailure(`${e.message}\nThe embedded database allows one process at a time: stop the server, run this command, then start the server again.`)
    throw e
  }
}

export interface OpenDatabase {
  db: Database
  close(): Promise<void>
}

/** The configured database, held for this command alone when it is the embedded one. */
export async function openDatabase(config: Config): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    const db = await createDatabase({ kind: 'postgres', url: config.databaseUrl })
    return { db, close: () => db.destroy() }
  }
  const lock = lockEmbedded(config.dataDir)
  try {
    const db = await createDatabase({ kind: 'pglite', dataDir: config.dataDir })
    return { db, close: async () => { await db.destroy(); lock.release() } }
  } catch (e) {
    lock.release()
    throw e
  }
}

/** Runs `work` on the configured database and always closes it (and frees the data directory). */
export async function withDatabase<T>(config: Config, work: (db: Database) => Promise<T>): Promise<T> {
  const open = await openDatabase(config)
  try {
    return await work(open.db)
  } finally {
    await open.close()
  }
}
