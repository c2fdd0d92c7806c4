import { resolveFromInvocation } from '../config'
import { DataDirLockedError } from '../db/data-dir-lock'
import { createDatabase } from '../db/database'
import { BackupError } from '../modules/backups/backup-set'
import { restoreBackup } from '../modules/backups/restore'
import { type Command, CliFailure, UsageError } from './command'
import { describeDatabase, readConfig } from './open-database'

export const restore: Command = {
  name: 'restore',
  summary: 'Restore a backup into an empty database, after checking it.',
  help: `
Usage: npm run linli -- restore <backup file> [--force]

Give any of the backup's three files (.pgdump or .sql, .json, .sha256). Before anything is
written, the checksums must match (a truncated or damaged copy is refused) and this version of
Linli must know every migration in it (a backup from a newer version is refused). The database
must be empty: a new PostgreSQL database (createdb), or a data directory with no database yet.
PostgreSQL restores in one transaction; the embedded database into a new directory put in place
at the end, so a failed restore leaves the target as it was. Stop the server first.

Options:
  --force   replace a database that has data (the embedded one's old directory is kept beside it)`,
  options: { force: { type: 'boolean' } },
  positionals: 1,
  async run(args) {
    const [file] = args.positionals
    if (!file) throw new UsageError('Which backup? Give the path of its .pgdump, .sql, .json or .sha256 file.')
    const config = readConfig()
    const force = args.values.force === true
    const path = resolveFromInvocation(file)
    const db = config.databaseUrl ? await createDatabase({ kind: 'postgres', url: config.databaseUrl }) : undefined
    try {
      const target = config.databaseUrl && db
        ? { kind: 'postgres' as const, url: config.databaseUrl, db, describe: describeDatabase(config) }
        : { kind: 'pglite' as const, dataDir: config.dataDir }
      const { manifest, setAside } = await restoreBackup(path, target, force)
      console.log(`Restored the backup of ${manifest.createdAt} (${manifest.migrations.length} migrations) into ${describeDatabase(config)}.`)
      if (setAside) console.log(`The data it replaced is in ${setAside}; delete that folder once the restored database is checked.`)
      console.log('Start the server: it brings the schema up to date if the backup is from an older version.')
      return 0
    } catch (e) {
      if (e instanceof BackupError) throw new CliFailure(`Restore refused: ${e.message}`)
      if (e instanceof DataDirLockedError) throw new CliFailure(`${e.message}\nStop the server before restoring into its data directory.`)
      throw e
    } finally {
      await db?.destroy()
    }
  },
}
