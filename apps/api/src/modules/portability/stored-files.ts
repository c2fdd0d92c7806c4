import { MAX_AGREEMENT_ATTACHMENT_BYTES, MAX_PHOTO_BYTES, PHOTO_VARIANTS } from '@linli/contracts'
import { attachmentKey } from '../co-building/attachment-file'
import { PHOTO_FORMATS } from '../records/photo-processing'
import { photoKey } from '../records/photo-store'
import { type ExportTable, PortabilityError } from './archive'

/** The largest file each folder of the file store takes: what an upload may be. */
export const STORED_FILE_LIMITS: Record<string, number> = { photos: MAX_PHOTO_BYTES, agreements: MAX_AGREEMENT_ATTACHMENT_BYTES }

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/** The size of base64 text as PostgreSQL's encode() writes it (wrapped in lines), without decoding it. */
function decodedSize(base64: string): number {
  const text = base64.replace(/\s/g, '')
  return Math.floor((text.length * 3) / 4) - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0)
}

const column = (t: ExportTable | undefined, name: string) => {
  const at = t?.columns.indexOf(name) ?? -1
  if (t && at < 0) throw new PortabilityError(`${t.table} in the export has no column ${name}. Nothing was imported.`)
  return (row: (string | null)[]) => row[at] ?? null
}

function refuse(problems: string[], what: string) {
  if (problems.length)
    throw new PortabilityError(`${what}: ${problems.length} file(s), e.g. ${problems.slice(0, 3).join('; ')}. The export is incomplete or was edited; nothing was imported.`)
}

/**
 * Checks the export's file store (stored_files) against the rows that show its files, before anything
 * is written: no file is larger than its upload may be, every record photo finds each of its sizes and
 * formats, and every agreement with an attachment finds its file with the type and size its row says.
 * Without this an import would succeed and leave photos and downloads that answer 404.
 */
export function checkStoredFiles(tables: ExportTable[]) {
  const byName = new Map(tables.map((t) => [t.table, t]))
  const files = byName.get('stored_files')
  const key = column(files, 'key')
  const bytes = column(files, 'bytes')
  const type = column(files, 'content_type')
  const stored = new Map<string, { size: number; type: string | null }>()
  const tooLarge: string[] = []
  for (const row of files?.rows ?? []) {
    const k = key(row) ?? ''
    const size = decodedSize(bytes(row) ?? '')
    const limit = STORED_FILE_LIMITS[k.split('/')[0]!]
    if (limit === undefined) throw new PortabilityError(`stored_files in the export has ${k}, in a folder this version does not store files in. Nothing was imported.`)
    if (size > limit) tooLarge.push(`${k} is ${size} bytes, more than the ${mb(limit)} an upload may be`)
    stored.set(k, { size, type: type(row) })
  }
  refuse(tooLarge, 'The export has files larger than Linli accepts')

  const photos = byName.get('record_photos')
  const photoId = column(photos, 'id')
  const missing: string[] = []
  for (const row of photos?.rows ?? [])
    for (const variant of Object.keys(PHOTO_VARIANTS))
      for (const format of PHOTO_FORMATS) {
        const k = photoKey(photoId(row)!, variant, format)
        if (!stored.has(k)) missing.push(`${k} of record photo ${photoId(row)}`)
      }
  refuse(missing, "Record photos' files are missing from the export (stored_files)")

  const agreements = byName.get('co_building_agreements')
  const id = column(agreements, 'id')
  const title = column(agreements, 'title')
  const attachedType = column(agreements, 'attachment_type')
  const attachedSize = column(agreements, 'attachment_size')
  const unmatched: string[] = []
  for (const row of agreements?.rows ?? []) {
    if (attachedType(row) === null) continue
    const k = attachmentKey(id(row)!)
    const file = stored.get(k)
    if (!file) unmatched.push(`${k}, the attachment of agreement ${id(row)} (${title(row)}), is not there`)
    else if (file.type !== attachedType(row) || String(file.size) !== attachedSize(row))
      unmatched.push(`${k} is ${file.type}, ${file.size} bytes; agreement ${id(row)} says ${attachedType(row)}, ${attachedSize(row)} bytes`)
  }
  refuse(unmatched, "Agreements' attachments are missing from the export (stored_files) or differ from their agreements")
}
