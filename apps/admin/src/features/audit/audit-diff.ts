/** One field of an audited change. */
export interface DiffRow {
  field: string
  before: unknown
  after: unknown
  kind: 'added' | 'removed' | 'changed'
}

// The id is the entry's own entity id, and updatedAt changes with every save: showing them
// would only hide what really changed.
const IGNORED = new Set(['id', 'updatedAt'])

const asRecord = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : v === null || v === undefined ? null : { value: v }
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * The fields that differ between an entry's before and after, in the after's order: for a
 * creation the fields that were set, for a deletion those that were, for an update only changes.
 */
export function auditDiff(before: unknown, after: unknown): DiffRow[] {
  const b = asRecord(before)
  const a = asRecord(after)
  const fields = [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])]
  const rows: DiffRow[] = []
  for (const field of fields) {
    const was = b?.[field] ?? null
    const now = a?.[field] ?? null
    if (IGNORED.has(field) || same(was, now)) continue
    rows.push({ field, before: was, after: now, kind: was === null ? 'added' : now === null ? 'removed' : 'changed' })
  }
  return rows
}

/** A value in one short line: `—` for nothing, text as is, the rest as JSON, cut at `max` characters. */
export function formatValue(value: unknown, options: { max?: number; bool?: (b: boolean) => string } = {}): string {
  const { max = 80, bool = String } = options
  if (value === null || value === undefined) return '—'
  const text = typeof value === 'string' ? value : typeof value === 'boolean' ? bool(value) : JSON.stringify(value)
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
