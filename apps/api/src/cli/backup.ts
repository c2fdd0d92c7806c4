import { resolveFromInvocation } from '../config'
import { BackupError } from '../modules/backups/backup-set'
import { takeBackup } from '../modules/backups/backup'
import { type Command, CliFailure } from './command'
import { describeDatabase, readConfig, withDatabase } from './open-database'

export const backup: Command = {
  name: 'backup',
  summary: 'Write a consistent, checksummed backup of the database and prune old ones.',
  help: `
Usage: npm run linli -- backup [--dir <folder>]

PostgreSQL: pg_dump's custom format (pg_dump must be installed, as new as the server); the server
may keep running. Embedded database: PGlite's pg_dump; stop the server first (it backs itself up
daily into the same folder while it runs). Each backup is three files: the dump, a .json manifest
and a .sha256 checksum file (sha256sum -c checks it). All but the newest LINLI_BACKUP_KEEP (14)
backups in the folder are deleted.

Options:
  --dir <folder>   where to write (default LINLI_BACKUP_DIR, or data/backups beside data/pg)`,
  options: { dir: { type: 'string' } },
  async run(args) {
    const config = readConfig()
    const dir = typeof args.values.dir === 'string' ? resolveFromInvocation(args.values.dir) : config.backupDir
    const { set, pruned } = await withDatabase(config, (db) => takeBackup(db, { databaseUrl: config.databaseUrl, dir, keep: config.backupKeep })).catch((e: unknown) => {
      throw e instanceof BackupError ? new CliFailure(`Backup failed: ${e.message}`) : e
    })
    console.log(`Backed up ${describeDatabase(config)} (${set.manifest.migrations.length} migrations, ${set.manifest.bytes} bytes):`)
    for (const f of [set.dumpFile, set.manifestFile, set.checksumFile]) console.log(`  ${f}`)
    if (pruned.length) console.log(`Deleted ${pruned.length} files of backups beyond the newest ${config.backupKeep}.`)
    return 0
  },
}
