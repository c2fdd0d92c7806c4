import { createHash } from 'node:crypto'
import { strFromU8, unzipSync } from 'fflate'
import type { ExportManifest } from '../../src/modules/portability/archive'
import { readRows } from '../../src/modules/portability/csv-rows'

/** Tables whose ids each installation numbers itself: an import gives their rows new ids. */
const numbered: Record<string, string> = { booking_events: 'id', audit_log: 'id', joint_meeting_problems: 'seq' }

export function openZip(zip: Uint8Array): { manifest: ExportManifest; tables: Record<string, { columns: string[]; rows: (string | null)[][] }> } {
  const entries = unzipSync(zip)
  const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as ExportManifest
  return { manifest, tables: Object.fromEntries(manifest.files.map((f) => [f.table, readRows(strFromU8(entries[f.file]!))])) }
}

/** Per exported table, its row count and a checksum of its rows (renumbered ids left out), to compare two exports. */
export function exportChecksums(zip: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(openZip(zip).tables).map(([table, { columns, rows }]) => {
    const skip = columns.indexOf(numbered[table] ?? '')
    const lines = rows.map((r) => JSON.stringify(r.filter((_, i) => i !== skip))).sort()
    return [table, `${rows.length} rows ${createHash('sha256').update(lines.join('\n')).digest('hex')}`]
  }))
}
