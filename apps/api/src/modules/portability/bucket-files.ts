import type { Database } from '../../db/database'
import type { PhotoStore } from '../records/photo-store'
import { findStoredObject, storedObjectsOf } from '../records/stored-objects.repository'
import { ExportIncompleteError, type ExportTable } from './archive'
import type { Value } from './csv-rows'
import { ownership } from './ownership'

// With the S3 store the files are objects in a bucket, not rows of stored_files: an export reads
// them into stored_files all the same, and an import into such an installation puts them into its
// bucket. So an export has one shape whichever store either side uses.

const filesRule = () => {
  const o = ownership.stored_files
  if (o?.rows !== 'files') throw new Error('ownership.stored_files is not a file store rule')
  return o
}

/** Adds the bucket's files of the exported photos and attachments to the export's stored_files rows. */
export async function addBucketFiles(trx: Database, read: Map<string, ExportTable>, photos: PhotoStore) {
  const files = read.get('stored_files')
  if (photos.kind !== 's3' || !files) return
  const idsOf = (table: string) => {
    const t = read.get(table)
    const at = t?.columns.indexOf('id') ?? -1
    return t && at >= 0 ? t.rows.map((r) => r[at]).filter((v): v is string => v !== null) : []
  }
  const objects = await storedObjectsOf(trx, Object.fromEntries(Object.entries(filesRule().of).map(([folder, table]) => [folder, idsOf(table)])))
  const have = new Set(files.rows.map((r) => r[files.columns.indexOf('key')]))
  for (const o of objects) {
    if (have.has(o.key)) continue
    const file = await photos.get(trx, o.key)
    if (!file) throw new ExportIncompleteError(`${o.key} is missing from the file store, though a row names it; the export would be incomplete. Nothing was exported.`)
    const value: Record<string, Value> = { key: o.key, content_type: file.contentType, bytes: file.bytes.toString('base64'), created_at: o.created_at }
    files.rows.push(files.columns.map((c) => value[c] ?? null))
  }
  const key = files.columns.indexOf('key')
  files.rows.sort((a, b) => (a[key]! < b[key]! ? -1 : a[key]! > b[key]! ? 1 : 0))
}

const decoded = (files: ExportTable) => files.rows.map((r) => {
  const at = (c: string) => r[files.columns.indexOf(c)] ?? ''
  return { key: at('key'), contentType: at('content_type'), bytes: Buffer.from(at('bytes').replace(/\s/g, ''), 'base64') }
})

/** Files of the export the bucket's rows have with another type or size: an import refuses them, like other clashing rows. */
export async function bucketClashes(trx: Database, files: ExportTable): Promise<string[]> {
  const clashes: string[] = []
  for (const f of decoded(files)) {
    const row = await findStoredObject(trx, f.key)
    if (row && (row.content_type !== f.contentType || row.bytes_size !== f.bytes.length))
      clashes.push(`key ${f.key} exists with other content (${row.content_type}, ${row.bytes_size} bytes)`)
  }
  return clashes
}

/** Puts the export's files this installation does not have yet into its bucket; how many it put. */
export async function putBucketFiles(trx: Database, files: ExportTable, photos: PhotoStore): Promise<number> {
  let put = 0
  for (const f of decoded(files)) {
    if (await findStoredObject(trx, f.key)) continue
    await photos.put(trx, f.key, { bytes: f.bytes, contentType: f.contentType })
    put++
  }
  return put
}
