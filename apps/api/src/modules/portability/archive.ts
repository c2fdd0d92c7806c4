import { createHash } from 'node:crypto'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { migrations as known } from '../../db/migrations'
import { CsvError, type Value, readRows, writeRows } from './csv-rows'

/** What an export says about itself, as manifest.json beside the tables' CSV files. */
export interface ExportManifest {
  format: 'linli-export'
  formatVersion: 1
  /** The source database's newest migration, and all of them: an older Linli cannot import it. */
  migration: string
  migrations: string[]
  source: 'pglite' | 'postgres'
  scope: { kind: 'center' | 'region'; id: string; name: string }
  createdAt: string
  /** In the order an import inserts them (each after the tables it references). */
  files: { file: string; table: string; rows: number; sha256: string }[]
  /** Tables left out on purpose, and why. */
  skipped: Record<string, string>
}

export interface ExportTable { table: string; columns: string[]; rows: Value[][] }

/** A problem with an export file or with importing it; nothing has been written when it is thrown. */
export class PortabilityError extends Error {}

/** A file a row names is missing from the file store: the export would be incomplete, so none is made. */
export class ExportIncompleteError extends PortabilityError {}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

export function packExport(manifest: Omit<ExportManifest, 'files'>, tables: ExportTable[]): { zip: Uint8Array; manifest: ExportManifest } {
  const entries: Record<string, Uint8Array> = {}
  const files = tables.map(({ table, columns, rows }) => {
    const file = `tables/${table}.csv`
    entries[file] = strToU8(writeRows(columns, rows))
    return { file, table, rows: rows.length, sha256: sha256(entries[file]) }
  })
  const full: ExportManifest = { ...manifest, files }
  return { zip: zipSync({ 'manifest.json': strToU8(`${JSON.stringify(full, null, 2)}\n`), ...entries }, { level: 6 }), manifest: full }
}

/**
 * Opens an export and checks it before anything is written: a complete zip, a manifest this version
 * reads, migrations it knows, and every file present with its checksum and row count.
 */
export function unpackExport(zip: Uint8Array): { manifest: ExportManifest; tables: ExportTable[] } {
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(zip)
  } catch (e) {
    throw new PortabilityError(`The file is not a complete zip (${(e as Error).message}): it is truncated or damaged, or not a Linli export. Copy it again from where it was made; nothing was imported.`)
  }
  const manifestBytes = entries['manifest.json']
  if (!manifestBytes) throw new PortabilityError('The zip has no manifest.json: it is not a Linli export. Nothing was imported.')
  let manifest: ExportManifest
  try {
    manifest = JSON.parse(strFromU8(manifestBytes)) as ExportManifest
  } catch {
    throw new PortabilityError('manifest.json is not valid JSON: the export is damaged. Nothing was imported.')
  }
  if (manifest.format !== 'linli-export' || manifest.formatVersion !== 1 || !Array.isArray(manifest.files) || !Array.isArray(manifest.migrations))
    throw new PortabilityError('manifest.json is not a Linli export manifest this version can read. Nothing was imported.')
  const unknown = manifest.migrations.filter((m) => !(m in known))
  if (unknown.length)
    throw new PortabilityError(`This export was made by a newer version of Linli: its database has ${unknown.length} migration(s) this version does not know (${unknown.slice(0, 3).join(', ')}${unknown.length > 3 ? ', …' : ''}). Upgrade Linli to that version or newer, then import. Nothing was imported.`)
  const tables = manifest.files.map(({ file, table, rows, sha256: sum }) => {
    const bytes = entries[file]
    if (!bytes) throw new PortabilityError(`${file} is missing from the zip: the export is incomplete. Nothing was imported.`)
    if (sha256(bytes) !== sum) throw new PortabilityError(`${file} does not match its SHA-256 checksum in the manifest: the export is damaged or was edited. Nothing was imported.`)
    let parsed
    try {
      parsed = readRows(strFromU8(bytes))
    } catch (e) {
      throw new PortabilityError(`${file} cannot be read: ${e instanceof CsvError ? e.message : String(e)}. Nothing was imported.`)
    }
    if (parsed.rows.length !== rows) throw new PortabilityError(`${file} has ${parsed.rows.length} rows, the manifest says ${rows}. Nothing was imported.`)
    return { table, ...parsed }
  })
  return { manifest, tables }
}
