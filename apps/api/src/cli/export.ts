import { writeFile } from 'node:fs/promises'
import { resolveFromInvocation } from '../config'
import { PortabilityError } from '../modules/portability/archive'
import { exportScope } from '../modules/portability/export'
import { photoStore } from '../modules/records/photo-store'
import { isFileStoreUnavailable } from '../modules/records/s3-photo-store'
import { type Command, CliFailure, UsageError } from './command'
import { describeDatabase, readConfig, withDatabase } from './open-database'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const exportCommand: Command = {
  name: 'export',
  summary: "Write every row of one center or region to a zip of CSV files, for import into another installation.",
  help: `
Usage: npm run linli -- export (--center <id> | --region <id>) [--out <file.zip>]

The zip holds one CSV per table (a header, every value quoted, null as an empty field) and a
manifest.json with the migration version, the source database and each file's row count and
SHA-256. A region's export holds its centers and the regions under it. Residents, staff and
organisations the rows point at come along; sign-ins, one-time codes and push subscriptions do
not. It holds names, phones and password hashes: keep it as safe as a backup. Read in one
snapshot, so the server may keep running on PostgreSQL; stop it first for the embedded database.

Options:
  --center <id>   the center's id (see the admin's 中心 page or GET /api/centers)
  --region <id>   the region's id (GET /api/regions)
  --out <file>    where to write (default linli-export-<center|region>-<id>.zip here)`,
  options: { center: { type: 'string' }, region: { type: 'string' }, out: { type: 'string' } },
  async run(args) {
    const center = args.values.center
    const region = args.values.region
    if (typeof center === typeof region) throw new UsageError('Give either --center <id> or --region <id>.')
    const kind = typeof center === 'string' ? 'center' : 'region'
    const id = String(center ?? region).trim()
    if (!UUID.test(id)) throw new UsageError(`--${kind} takes an id like 6f1c…-…: "${id}" is not one.`)
    const out = resolveFromInvocation(typeof args.values.out === 'string' ? args.values.out : `linli-export-${kind}-${id}.zip`)
    const config = readConfig()
    const started = Date.now()
    const result = await withDatabase(config, (db) => exportScope(db, { kind, id }, new Date(), photoStore(config))).catch((e: unknown) => {
      if (isFileStoreUnavailable(e)) throw new CliFailure(`Export failed: reading the files from the bucket failed (${e.reason}). Nothing was written.`)
      throw e instanceof PortabilityError ? new CliFailure(`Export failed: ${e.message}`) : e
    })
    if (!result) throw new CliFailure(`${describeDatabase(config)} has no ${kind} with id ${id}. Nothing was written.`)
    await writeFile(out, result.zip)
    const rows = result.manifest.files.reduce((n, f) => n + f.rows, 0)
    console.log(`Exported ${kind} ${result.manifest.scope.name} (${rows} rows in ${result.manifest.files.length} tables, ${result.zip.length} bytes, ${Date.now() - started} ms) to ${out}`)
    return 0
  },
}
