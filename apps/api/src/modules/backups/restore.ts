import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { LOCK_FILE, lockDataDir } from '../../db/data-dir-lock'
import { type Database, databaseOnPglite, openPglite } from '../../db/database'
import { migrations as known } from '../../db/migrations'
import { type BackupManifest, BackupError, verifyBackupSet } from './backup-set'
import { appliedMigrations, publicTableCount } from './backups.repository'
import { pgRestore } from './postgres-tools'

export type RestoreTarget =
  | { kind: 'postgres'; url: string; db: Database; describe: string }
  /** A data directory no server is using (the restore takes its lock). */
  | { kind: 'pglite'; dataDir: string }

export interface RestoreResult {
  manifest: BackupManifest
  /** Where the embedded database's former data went, when --force replaced some. */
  setAside?: string
}

/** Refuses a backup that needs a newer Linli, or one of the other kind of database. */
function assertRestorable(manifest: BackupManifest, kind: RestoreTarget['kind']) {
  const unknown = manifest.migrations.filter((m) => !(m in known))
  if (unknown.length)
    throw new BackupError(`This backup was made by a newer version of Linli: its database has ${unknown.length} migration(s) this version does not know (${unknown.slice(0, 3).join(', ')}${unknown.length > 3 ? ', …' : ''}). Upgrade Linli to that version or newer, then restore. Nothing was restored.`)
  if (manifest.database !== kind)
    throw new BackupError(`This is a backup of ${manifest.database === 'postgres' ? 'a PostgreSQL server' : 'the embedded database (PGlite)'}, and it restores only into the same kind: ${manifest.database === 'postgres' ? 'set DATABASE_URL' : 'unset DATABASE_URL and set LINLI_DATA_DIR'}. Nothing was restored.`)
}

async function assertSameMigrations(db: Database, manifest: BackupManifest) {
  const restored = await appliedMigrations(db)
  if (restored.join('\n') !== manifest.migrations.join('\n')) throw new BackupError('The restored database does not list the migrations the manifest names; the backup is not consistent.')
}

const refuseNonEmpty = (where: string, tables: number) =>
  new BackupError(`${where} is not empty (${tables} tables). Restore into an empty database, or add --force to replace everything in it. Nothing was restored.`)

async function restorePostgres(target: Extract<RestoreTarget, { kind: 'postgres' }>, dumpFile: string, manifest: BackupManifest, force: boolean): Promise<RestoreResult> {
  const tables = await publicTableCount(target.db)
  if (tables && !force) throw refuseNonEmpty(target.describe, tables)
  await pgRestore(target.url, dumpFile, tables > 0)
  await assertSameMigrations(target.db, manifest)
  return { manifest }
}

async function tablesIn(dataDir: string): Promise<number> {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) return 0
  const db = databaseOnPglite(await openPglite({ dataDir }))
  try {
    return await publicTableCount(db)
  } finally {
    await db.destroy()
  }
}

/**
 * Replays the SQL into a new data directory beside the target, and only when all of it went in
 * puts it in the target's place; replaced data is moved aside, not deleted.
 */
async function restorePglite(dataDir: string, dumpFile: string, manifest: BackupManifest, force: boolean): Promise<RestoreResult> {
  mkdirSync(dataDir, { recursive: true })
  const lock = lockDataDir(dataDir)
  const staging = `${dataDir}.restoring`
  try {
    const tables = await tablesIn(dataDir)
    if (tables && !force) throw refuseNonEmpty(`The data directory ${dataDir}`, tables)
    await rm(staging, { recursive: true, force: true })
    const pg = await openPglite({ dataDir: staging })
    const db = databaseOnPglite(pg)
    try {
      await pg.exec(await readFile(dumpFile, 'utf8'))
      await assertSameMigrations(db, manifest)
    } finally {
      await db.destroy()
    }
    const onlyLock = readdirSync(dataDir).every((n) => n === LOCK_FILE)
    const setAside = onlyLock ? undefined : `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`
    if (setAside) await rename(dataDir, setAside)
    else await rm(dataDir, { recursive: true, force: true })
    await rename(staging, dataDir)
    if (setAside) await rm(join(setAside, LOCK_FILE), { force: true })
    return { manifest, setAside }
  } catch (e) {
    await rm(staging, { recursive: true, force: true })
    throw e
  } finally {
    lock.release()
  }
}

/**
 * Restores a backup (any of its three files) after checking its checksums, its migrations against
 * this version's and that the target is empty (or `force`). Nothing is half-written: PostgreSQL
 * restores in one transaction, PGlite into a new directory put in place at the end.
 */
export async function restoreBackup(file: string, target: RestoreTarget, force: boolean): Promise<RestoreResult> {
  const { manifest, dumpFile } = await verifyBackupSet(file)
  assertRestorable(manifest, target.kind)
  return target.kind === 'postgres' ? restorePostgres(target, dumpFile, manifest, force) : restorePglite(target.dataDir, dumpFile, manifest, force)
}
