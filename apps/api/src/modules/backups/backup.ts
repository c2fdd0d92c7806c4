import { pgDump as pgliteDump } from '@electric-sql/pglite-tools/pg_dump'
import { writeFile } from 'node:fs/promises'
import { type Database, embeddedPglite } from '../../db/database'
import { type BackupSet, pruneBackups, writeBackupSet } from './backup-set'
import { appliedMigrations, serverMajorVersion } from './backups.repository'
import { assertClientFits, pgDump } from './postgres-tools'

export interface BackupOptions {
  /** The PostgreSQL server's URL; undefined for the embedded database `db` is open on. */
  databaseUrl: string | undefined
  dir: string
  keep: number
  now?: Date
}

/**
 * The embedded database's own pg_dump, as SQL. It runs on PGlite's one connection, so it holds
 * Kysely's (the only one) for its whole run: no transaction of the app can be open on it, and the
 * dump and the migration list are one consistent state.
 */
async function dumpEmbedded(db: Database) {
  const pg = embeddedPglite(db)
  if (!pg) throw new Error('This database is not an embedded PGlite one opened by createDatabase')
  return db.connection().execute(async (conn) => {
    const migrations = await appliedMigrations(conn)
    const dump = await pgliteDump({ pg, args: ['--no-owner', '--no-privileges'] })
    return { migrations, sql: Buffer.from(await dump.arrayBuffer()) }
  })
}

/** Takes a consistent snapshot of the database into `dir`, then deletes all but the newest `keep` backups there. */
export async function takeBackup(db: Database, o: BackupOptions): Promise<{ set: BackupSet; pruned: string[] }> {
  let set: BackupSet
  if (o.databaseUrl) {
    const url = o.databaseUrl
    await assertClientFits('pg_dump', await serverMajorVersion(db))
    set = await writeBackupSet(o.dir, 'postgres', await appliedMigrations(db), (file) => pgDump(url, file), o.now)
  } else {
    const { migrations, sql } = await dumpEmbedded(db)
    set = await writeBackupSet(o.dir, 'pglite', migrations, (file) => writeFile(file, sql), o.now)
  }
  return { set, pruned: await pruneBackups(o.dir, o.keep, o.now) }
}
