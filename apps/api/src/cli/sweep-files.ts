import { migrateToLatest } from '../db/migrate'
import { photoStore } from '../modules/records/photo-store'
import { ORPHAN_GRACE_MS, isFileStoreUnavailable } from '../modules/records/s3-photo-store'
import { type Command, CliFailure } from './command'
import { describeDatabase, readConfig, withDatabase } from './open-database'

const ONLY_USER = 'Run it only when this database is the only one using this bucket and prefix: objects that another installation (a staging copy of a backup, a second site) or an older backup of this one still needs are deleted too.'

export const sweepFilesCommand: Command = {
  name: 'sweep-files',
  summary: "Delete the S3 bucket's objects of photos and attachments deleted more than S3_RETENTION_DAYS ago.",
  help: `
Usage: npm run linli -- sweep-files [--orphans]

With S3_BUCKET set, photos and agreements' attachments are objects in the bucket, each named by a
row of the database. Deleting a file removes its row and records the deletion; its object stays for
S3_RETENTION_DAYS (30 by default), so restoring a backup from before the delete finds it. The server
deletes the objects of older deletion records once an hour; this does the same at once. It never
lists the bucket, so it touches nothing this database did not delete itself.

  --orphans   also list the bucket under S3_PREFIX and delete every object no row names (uploads
              whose change was rolled back) that is older than ${ORPHAN_GRACE_MS / 3_600_000} hours.
              ${ONLY_USER}

Without S3_BUCKET the files are rows of the database and there is nothing to sweep. Brings this
database's schema up to date first.`,
  options: { orphans: { type: 'boolean' } },
  async run(args) {
    const config = readConfig()
    const store = photoStore(config)
    if (!store.sweep || !store.sweepOrphans || !config.s3) {
      console.log('S3_BUCKET is not set: files are kept in the database, where nothing is left to sweep.')
      return 0
    }
    const s3 = config.s3
    const bucket = `${s3.endpoint} bucket ${s3.bucket}, prefix ${s3.prefix}`
    const orphans = args.values.orphans === true
    if (orphans) console.log(`--orphans: ${ONLY_USER}`)
    await withDatabase(config, async (db) => {
      await migrateToLatest(db)
      const now = new Date()
      const swept = await store.sweep!(db, now)
      console.log(`Swept ${bucket} against ${describeDatabase(config)}: deleted ${swept.deleted} object(s) of files deleted more than ${s3.retentionDays} day(s) ago`
        + `${swept.kept ? `, kept ${swept.kept} a row names again` : ''}; ${swept.waiting} deleted file(s) wait out the retention.`)
      if (!orphans) return
      const found = await store.sweepOrphans!(db, now)
      console.log(`Orphans under ${s3.prefix}: deleted ${found.deleted} object(s) no row names and older than ${ORPHAN_GRACE_MS / 3_600_000} hours, kept ${found.kept}.`)
    }).catch((e: unknown) => {
      throw isFileStoreUnavailable(e) ? new CliFailure(`The bucket did not answer as it should (${e.reason}). Nothing was deleted after that; check S3_ENDPOINT, S3_BUCKET and the keys, then run it again.`) : e
    })
    return 0
  },
}
