import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** What a backup holds beside its dump: enough to refuse a restore that cannot work before touching anything. */
export interface BackupManifest {
  format: 'linli-backup'
  formatVersion: 1
  /** pg_dump's custom format of a PostgreSQL server, or the SQL script PGlite's pg_dump writes. */
  database: 'postgres' | 'pglite'
  /** The dump's file name, in the same folder. */
  file: string
  bytes: number
  sha256: string
  createdAt: string
  /** Every migration the database had, oldest first: a Linli that does not know one of them is older than the backup. */
  migrations: string[]
}

export interface BackupSet {
  manifest: BackupManifest
  dumpFile: string
  manifestFile: string
  checksumFile: string
}

/** A problem with a backup's files; nothing has been changed when it is thrown. */
export class BackupError extends Error {}

const SET_NAME = /^linli-backup-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)\.sha256$/

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/**
 * Writes one backup into `dir`: the dump (made by `dump` into the path it is given), a manifest and a
 * `sha256sum -c` checksum file. Each is written under a temporary name and renamed, the checksum
 * file last, so a backup cut off halfway never looks complete.
 */
export async function writeBackupSet(
  dir: string, database: BackupManifest['database'], migrations: string[], dump: (path: string) => Promise<void>, now = new Date(),
): Promise<BackupSet> {
  await mkdir(dir, { recursive: true })
  const base = join(dir, `linli-backup-${now.toISOString().replace(/[:.]/g, '-')}`)
  const dumpFile = `${base}.${database === 'postgres' ? 'pgdump' : 'sql'}`
  const manifestFile = `${base}.json`
  const checksumFile = `${base}.sha256`
  try {
    await dump(`${dumpFile}.partial`)
    const manifest: BackupManifest = {
      format: 'linli-backup', formatVersion: 1, database, file: basename(dumpFile),
      bytes: (await stat(`${dumpFile}.partial`)).size, sha256: await sha256Of(`${dumpFile}.partial`),
      createdAt: now.toISOString(), migrations,
    }
    await rename(`${dumpFile}.partial`, dumpFile)
    await writeFile(`${manifestFile}.partial`, `${JSON.stringify(manifest, null, 2)}\n`)
    await rename(`${manifestFile}.partial`, manifestFile)
    const lines = [`${manifest.sha256}  ${basename(dumpFile)}`, `${await sha256Of(manifestFile)}  ${basename(manifestFile)}`]
    await writeFile(`${checksumFile}.partial`, `${lines.join('\n')}\n`)
    await rename(`${checksumFile}.partial`, checksumFile)
    return { manifest, dumpFile, manifestFile, checksumFile }
  } catch (e) {
    await Promise.all([dumpFile, manifestFile, checksumFile].flatMap((f) => [f, `${f}.partial`]).map((f) => rm(f, { force: true })))
    throw e
  }
}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch {
    throw new BackupError(`${what} ${file} is missing; a backup is three files (.pgdump or .sql, .json, .sha256) kept together.`)
  }
}

/** The backup's base path from any of its three files. */
const baseOf = (file: string) => file.replace(/\.(pgdump|sql|json|sha256)$/, '')

/**
 * Checks a backup before it is used: its checksum file, every file's SHA-256 and the dump's size.
 * A truncated or damaged copy is refused with what to do.
 */
export async function verifyBackupSet(anyFile: string): Promise<BackupSet> {
  const base = baseOf(anyFile)
  const checksumFile = `${base}.sha256`
  const manifestFile = `${base}.json`
  const sums = new Map((await readText(checksumFile, 'The checksum file')).trim().split('\n').map((l) => {
    const [hash, name] = l.split(/\s+\*?/)
    return [name ?? '', hash ?? ''] as const
  }))
  const manifestText = await readText(manifestFile, 'The manifest')
  if (sums.get(basename(manifestFile)) !== (await sha256Of(manifestFile))) throw new BackupError(`The manifest ${manifestFile} does not match its checksum: the backup is damaged. Copy it again from where it was made.`)
  const manifest = JSON.parse(manifestText) as BackupManifest
  if (manifest.format !== 'linli-backup' || manifest.formatVersion !== 1) throw new BackupError(`${manifestFile} is not a Linli backup manifest this version can read.`)
  const dumpFile = join(dirname(manifestFile), manifest.file)
  let size: number
  try {
    size = (await stat(dumpFile)).size
  } catch {
    throw new BackupError(`The dump ${dumpFile} is missing; a backup is three files kept together.`)
  }
  if (size !== manifest.bytes)
    throw new BackupError(`The dump ${dumpFile} is ${size < manifest.bytes ? 'truncated' : 'longer than it was written'}: ${size} bytes instead of ${manifest.bytes}. Copy it again from where it was made; nothing was restored.`)
  if ((await sha256Of(dumpFile)) !== manifest.sha256 || sums.get(manifest.file) !== manifest.sha256)
    throw new BackupError(`The dump ${dumpFile} does not match its SHA-256 checksum: the file is damaged. Copy it again from where it was made; nothing was restored.`)
  return { manifest, dumpFile, manifestFile, checksumFile }
}

/** The complete backups in `dir`, newest first (by the time in their names). */
export async function listBackups(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  return names.filter((n) => SET_NAME.test(n)).sort().reverse().map((n) => join(dir, n))
}

/**
 * Deletes all but the newest `keep` backups in `dir`, and the pieces of any backup cut off more
 * than a day ago. Only files named as this code names them are touched.
 */
export async function pruneBackups(dir: string, keep: number, now = new Date()): Promise<string[]> {
  const removed: string[] = []
  for (const checksumFile of (await listBackups(dir)).slice(keep)) {
    const base = baseOf(checksumFile)
    // The checksum file first: a prune cut off halfway leaves pieces, never a set that looks whole.
    for (const f of [checksumFile, `${base}.json`, `${base}.pgdump`, `${base}.sql`]) {
      await rm(f, { force: true })
      removed.push(f)
    }
  }
  for (const n of await readdir(dir).catch(() => [] as string[])) {
    if (!/^linli-backup-.*\.partial$/.test(n)) continue
    const f = join(dir, n)
    if (now.getTime() - (await stat(f)).mtimeMs > 86_400_000) await rm(f, { force: true })
  }
  return removed
}
