import { readFile } from 'node:fs/promises'
import { MAX_AGREEMENT_ATTACHMENT_BYTES, MAX_PHOTO_BYTES } from '@linli/contracts'
import { resolveFromInvocation } from '../config'
import { migrateToLatest } from '../db/migrate'
import { PortabilityError } from '../modules/portability/archive'
import { importExport } from '../modules/portability/import'
import { photoStore } from '../modules/records/photo-store'
import { type Command, CliFailure, UsageError } from './command'
import { describeDatabase, readConfig, withDatabase } from './open-database'

export const importCommand: Command = {
  name: 'import',
  summary: "Import a center's or region's export (from `export`) into this installation, keeping its ids.",
  help: `
Usage: npm run linli -- import <export.zip>

Moves a center or region here from another installation, e.g. from the embedded database to a
PostgreSQL server, or merges a pilot center into the district's system as itself (same ids).
Brings this database's schema up to date first. Before anything is written, the zip must be
complete, every file must match its SHA-256 and this version must know the export's migrations.
Record photos and agreements' attachments travel in tables/stored_files.csv (base64): each photo
and attachment must find its file there (with S3_BUCKET set, the files are put into the bucket), and no file may be larger than its upload may be (a
photo ${MAX_PHOTO_BYTES / 1024 / 1024} MB, an agreement's attachment ${MAX_AGREEMENT_ATTACHMENT_BYTES / 1024 / 1024} MB).
Rows this database already has unchanged are skipped, so importing again changes nothing; a row
whose id or unique value (a username, a phone) exists here with other content refuses the whole
import and is listed. Everything is written in one transaction: all of it or nothing.
Stop the server first when it uses the embedded database.`,
  options: {},
  positionals: 1,
  async run(args) {
    const [file] = args.positionals
    if (!file) throw new UsageError('Which export? Give the path of its .zip file.')
    let zip: Uint8Array
    try {
      zip = await readFile(resolveFromInvocation(file))
    } catch {
      throw new CliFailure(`Cannot read ${file}: check the path. Nothing was imported.`)
    }
    const config = readConfig()
    const started = Date.now()
    const summary = await withDatabase(config, async (db) => {
      await migrateToLatest(db)
      return importExport(db, zip, photoStore(config))
    }).catch((e: unknown) => {
      throw e instanceof PortabilityError ? new CliFailure(`Import refused: ${e.message}`) : e
    })
    const { scope, source, createdAt } = summary.manifest
    const inserted = summary.tables.reduce((n, t) => n + t.inserted, 0)
    const rows = summary.tables.reduce((n, t) => n + t.rows, 0)
    console.log(`Imported ${scope.kind} ${scope.name} (exported from ${source} at ${createdAt}) into ${describeDatabase(config)} in ${Date.now() - started} ms: ${inserted} new rows, ${rows - inserted} already here.`)
    for (const t of summary.tables) if (t.inserted) console.log(`  ${t.table.padEnd(32)} ${t.inserted}`)
    return 0
  },
}
