import type { Database } from '../../db/database'
import { appliedMigrations } from '../backups/backups.repository'
import { type PhotoStore, databasePhotoStore } from '../records/photo-store'
import { isFileStoreUnavailable } from '../records/s3-photo-store'
import { deferRollups, recountRollups } from '../reports/rollup.repository'
import { type ExportManifest, PortabilityError, unpackExport } from './archive'
import { bucketClashes, putBucketFiles } from './bucket-files'
import { dependencyOrder, readCatalogue } from './catalogue.repository'
import { applyLaterColumns, findClashes, insertNewRows, stageRows } from './import.repository'
import { ownership } from './ownership'
import { checkStoredFiles } from './stored-files'
import { useExactText } from './portability.repository'

export interface ImportSummary {
  manifest: ExportManifest
  tables: { table: string; rows: number; inserted: number }[]
}

interface DatabaseError { code?: string; message: string; detail?: string; table?: string }

/**
 * Writes an export's rows into this database in one transaction, keeping their ids: rows it already
 * has identically are skipped, so importing twice changes nothing the second time. A row whose id
 * (or unique value) exists with other content refuses the whole import, listing what clashed.
 * `photos` is the configured file store: with a bucket, the files of stored_files are put there.
 */
export async function importExport(db: Database, zip: Uint8Array, photos: PhotoStore = databasePhotoStore): Promise<ImportSummary> {
  const { manifest, tables } = unpackExport(zip)
  checkStoredFiles(tables)
  const have = new Set(await appliedMigrations(db))
  const behind = manifest.migrations.filter((m) => !have.has(m))
  if (behind.length) throw new PortabilityError(`This database lacks ${behind.length} migration(s) the export has (${behind.slice(0, 3).join(', ')}…): run \`npm run linli -- migrate\` first. Nothing was imported.`)
  const byName = new Map(tables.map((t) => [t.table, t]))
  return db.transaction().execute(async (trx) => {
    await useExactText(trx)
    const catalogue = await readCatalogue(trx)
    for (const t of tables) {
      const info = catalogue.get(t.table)
      if (!info) throw new PortabilityError(`The export has a table ${t.table} this database does not have. Nothing was imported.`)
      const extra = t.columns.filter((c) => !info.columns.some((x) => x.name === c))
      if (extra.length) throw new PortabilityError(`${t.table} in the export has column(s) ${extra.join(', ')} this database's table does not have. Nothing was imported.`)
    }
    const order = dependencyOrder(catalogue, byName.keys())
    const clashes: string[] = []
    for (const name of order) {
      const t = byName.get(name)!
      await stageRows(trx, catalogue.get(name)!, t.columns, t.rows)
      const found = await findClashes(trx, catalogue.get(name)!, t.columns)
      if (found.total) clashes.push(`  ${name}: ${found.total} row(s), e.g. ${found.examples.join('; ')}`)
    }
    const bucketFiles = photos.kind === 's3' ? byName.get('stored_files') : undefined
    const inBucket = bucketFiles ? await bucketClashes(trx, bucketFiles) : []
    if (inBucket.length) clashes.push(`  stored_files (the bucket): ${inBucket.length} file(s), e.g. ${inBucket.slice(0, 5).join('; ')}`)
    if (clashes.length)
      throw new PortabilityError(`The export clashes with rows this database already has (same id or unique value, different content):\n${clashes.join('\n')}\nNothing was imported.`)
    const summary: ImportSummary['tables'] = []
    const laterOf = (name: string) => { const o = ownership[name]; return o?.rows === 'center' ? o.later ?? {} : {} }
    let name = ''
    // Counted once for the imported centers below, not once per row by the triggers.
    await deferRollups(trx)
    try {
      for (name of order) {
        const t = byName.get(name)!
        const inserted = t === bucketFiles ? await putBucketFiles(trx, t, photos) : await insertNewRows(trx, catalogue.get(name)!, t.columns, laterOf(name))
        summary.push({ table: name, rows: t.rows.length, inserted })
      }
      for (name of order) await applyLaterColumns(trx, catalogue.get(name)!, Object.keys(laterOf(name)).filter((c) => byName.get(name)!.columns.includes(c)))
      // The reports' roll-ups are not exported (derived): counted again here for the imported centers.
      name = 'report roll-ups'
      for (const centerId of centersWritten(tables)) await recountRollups(trx, centerId)
    } catch (e) {
      if (isFileStoreUnavailable(e)) throw new PortabilityError(`Putting the files into the bucket failed (${e.reason}). Nothing was imported.`)
      const err = e as DatabaseError
      if (!err.code) throw e
      throw new PortabilityError(`Importing ${name} was refused by the database: ${err.message}${err.detail ? ` (${err.detail})` : ''}. Nothing was imported.`)
    }
    return { manifest, tables: summary }
  })
}

/** The centers an export's rows belong to: its centers, and any other a row names (every table the roll-ups count has center_id). */
function centersWritten(tables: ReturnType<typeof unpackExport>['tables']): Set<string> {
  const ids = new Set<string>()
  for (const t of tables) {
    const at = t.columns.indexOf(t.table === 'centers' ? 'id' : 'center_id')
    if (at >= 0) for (const row of t.rows) if (row[at] != null) ids.add(String(row[at]))
  }
  return ids
}
