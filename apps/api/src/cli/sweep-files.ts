import { migrateToLatest } from '../db/migrate'
import { photoStore } from '../modules/records/photo-store'
import { SWEEP_GRACE_MS, isFileStoreUnavailable } from '../modules/records/s3-photo-store'
import { type Command, CliFailure } from './command'
import { describeDatabase, readConfig, withDatabase } from './open-database'

export const sweepFilesCommand: Command = {
  name: 'sweep-files',
  summary: "Delete the S3 bucket's objects that no photo or attachment names any more.",
  help: `
Usage: npm run linli -- sweep-files

With S3_BUCKET set, photos and agreements' attachments are objects in the bucket, each named by a
row of the database. An upload whose change was rolled back, and a file deleted since, leave an
object no row names; the server deletes those once an hour. This does the same at once: every
object under S3_PREFIX that no row names and that is older than ${SWEEP_GRACE_MS / 60_000} minutes (an
upload in flight is never taken). Without S3_BUCKET the files are rows of the database and there
is nothing to sweep. Brings this database's schema up to date first.`,
  options: {},
  async run() {
    const config = readConfig()
    const store = photoStore(config)
    if (!store.sweep || !config.s3) {
      console.log('S3_BUCKET is not set: files are kept in the database, where nothing is left to sweep.')
      return 0
    }
    const bucket = `${config.s3.endpoint} bucket ${config.s3.bucket}, prefix ${config.s3.prefix}`
    const result = await withDatabase(config, async (db) => {
      await migrateToLatest(db)
      return store.sweep!(db, new Date())
    }).catch((e: unknown) => {
      throw isFileStoreUnavailable(e) ? new CliFailure(`The bucket did not answer as it should (${e.reason}). Nothing was deleted after that; check S3_ENDPOINT, S3_BUCKET and the keys, then run it again.`) : e
    })
    console.log(`Swept ${bucket} against ${describeDatabase(config)}: deleted ${result.deleted} object(s) no row names, kept ${result.kept}.`)
    return 0
  },
}
