import { stat } from 'node:fs/promises'
import type { App } from '../../app-instance'
import { defineJob } from '../../jobs/define-job'
import { listBackups } from './backup-set'
import { takeBackup } from './backup'

const DAY_MS = 24 * 3_600_000
/** A server that has just started (a trial, a test, a restart loop) waits this long before its first backup. */
const FIRST_AFTER_MS = 3_600_000

/** How long until the next backup is due: a day after the newest one in `dir`, or an hour after start when there is none. */
export async function backupDueInMs(dir: string, startedAt: number, now: number): Promise<number> {
  const [newest] = await listBackups(dir)
  const last = newest ? (await stat(newest).catch(() => undefined))?.mtimeMs : undefined
  return last === undefined ? startedAt + FIRST_AFTER_MS - now : last + DAY_MS - now
}

/**
 * The embedded database backs itself up once a day into LINLI_BACKUP_DIR (data/backups), keeping
 * LINLI_BACKUP_KEEP. Only the server can: it holds the data directory. A PostgreSQL server is
 * backed up by its operator (`npm run linli -- backup` from cron, or the provider's snapshots).
 */
export function scheduleDailyBackup(app: App) {
  if (app.config.databaseUrl) return
  const startedAt = Date.now()
  const dueInMs = () => backupDueInMs(app.config.backupDir, startedAt, Date.now())
  defineJob(app, {
    name: 'daily-backup',
    // Also the wait after a failed backup (the disk was full, say) before it tries again.
    everyMs: 3_600_000,
    run: async () => {
      if ((await dueInMs()) > 0) return
      const { set, pruned } = await takeBackup(app.db, { databaseUrl: undefined, dir: app.config.backupDir, keep: app.config.backupKeep })
      app.log.info({ file: set.dumpFile, bytes: set.manifest.bytes, pruned: pruned.length }, 'daily backup written')
    },
    nextInMs: async () => Math.max(60_000, await dueInMs()),
  })
}
