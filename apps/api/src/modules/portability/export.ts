import { type RawBuilder, sql } from 'kysely'
import type { Database } from '../../db/database'
import { appliedMigrations } from '../backups/backups.repository'
import { type PhotoStore, databasePhotoStore } from '../records/photo-store'
import { type ExportManifest, type ExportTable, PortabilityError, packExport } from './archive'
import { type Catalogue, type TableInfo, dependencyOrder, readCatalogue } from './catalogue.repository'
import { addBucketFiles } from './bucket-files'
import { type Ownership, ownership, undecidedTables } from './ownership'
import { columnIn, databaseKind, findCenterScope, findRegionScope, selectRows, useExactText } from './portability.repository'

export type ExportScope = { kind: 'center' | 'region'; id: string }

interface Resolved { kind: 'center' | 'region'; id: string; name: string; centerIds: string[]; regionIds: string[] }

/** The scope's centers and own regions, or undefined when there is no such center or region. */
export async function resolveScope(db: Database, scope: ExportScope): Promise<Resolved | undefined> {
  if (scope.kind === 'center') {
    const center = await findCenterScope(db, scope.id)
    return center && { kind: 'center', id: center.id, name: center.name, centerIds: [center.id], regionIds: [] }
  }
  const region = await findRegionScope(db, scope.id)
  return region && { kind: 'region', id: region.id, name: region.name, centerIds: region.centerIds, regionIds: region.regionIds }
}

const ownedBy = (t: TableInfo, owned: 'center' | 'center-or-region' | 'region', s: Resolved): RawBuilder<unknown>[] => [
  ...(owned !== 'region' ? [columnIn(t, 'center_id', s.centerIds)] : []),
  ...(owned === 'center-or-region' ? [columnIn(t, 'region_id', s.regionIds)] : []),
  // The regions table owns itself by its id; a region's rows (co-building units) by their region_id.
  ...(owned === 'region' ? [columnIn(t, t.columns.some((c) => c.name === 'region_id') ? 'region_id' : 'id', s.regionIds)] : []),
]

const anyOf = (conditions: RawBuilder<unknown>[]) => (conditions.length ? sql`(${sql.join(conditions, sql` or `)})` : sql`false`)

/**
 * Every row of the scope, table by table, read in one snapshot. Tables are read once what decides
 * their rows is read: a child after its parent, a shared table (residents, staff, regions) after
 * every table that points at it.
 */
async function gather(trx: Database, catalogue: Catalogue, scope: Resolved): Promise<Map<string, ExportTable>> {
  const decided = Object.entries(ownership).filter((e): e is [string, Exclude<Ownership, { rows: 'skipped' }>] => e[1].rows !== 'skipped' && catalogue.has(e[0]))
  const read = new Map<string, ExportTable>()
  const values = (table: string, column: string) => {
    const t = read.get(table)!
    const i = t.columns.indexOf(column)
    return new Set(t.rows.map((r) => r[i]).filter((v): v is string => v !== null))
  }
  /** Every exported (or to be exported) table with a foreign key into `name`, but its own children. */
  const pointersAt = (name: string) => decided.filter(([t, o]) => t !== name && !(o.rows === 'child' && o.of.some(([, p]) => p === name)) &&
    catalogue.get(t)!.foreignKeys.some((fk) => fk.references === name && fk.columns.length === 1))
  while (read.size < decided.length) {
    const ready = decided.filter(([name, o]) => !read.has(name) && (
      o.rows === 'child' ? o.of.every(([, p]) => read.has(p)) : o.rows === 'files' ? Object.values(o.of).every((p) => read.has(p)) : o.rows === 'shared' ? pointersAt(name).every(([t]) => read.has(t)) : true))
    if (!ready.length) throw new Error(`The export's ownership map goes in a circle: ${decided.filter(([n]) => !read.has(n)).map(([n]) => n).join(', ')}`)
    for (const [name, o] of ready) {
      const t = catalogue.get(name)!
      let rows
      if (o.rows === 'centers') rows = await selectRows(trx, t, columnIn(t, 'id', scope.centerIds))
      else if (o.rows === 'center') rows = await selectRows(trx, t, ownedBy(t, o.region ? 'center-or-region' : 'center', scope).reduce((a, b) => sql`${a} or ${b}`))
      else if (o.rows === 'child') {
        const [[first, parent], ...rest] = o.of as [[string, string], ...[string, string][]]
        rows = await selectRows(trx, t, sql.join([columnIn(t, first, values(parent, refColumn(t, first))),
          ...rest.map(([c, p]) => sql`(${sql.ref(c)} is null or ${columnIn(t, c, values(p, refColumn(t, c)))})`)], sql` and `))
      } else if (o.rows === 'files') {
        rows = await selectRows(trx, t, anyOf(Object.entries(o.of).map(([folder, owner]) => sql`(split_part(${sql.ref(o.column)}, '/', 1) = ${folder}
          and split_part(${sql.ref(o.column)}, '/', 2) in (select value from json_array_elements_text(${JSON.stringify([...values(owner, 'id')])}::json)))`)))
      } else {
        const ids = new Set<string>()
        for (const [other] of pointersAt(name))
          for (const fk of catalogue.get(other)!.foreignKeys) if (fk.references === name && fk.columns.length === 1) for (const v of values(other, fk.columns[0]!)) ids.add(v)
        rows = await selectRows(trx, t, anyOf([...(o.owned ? ownedBy(t, o.owned, scope) : []), columnIn(t, 'id', ids)]))
        rows = await withAncestors(trx, t, rows)
      }
      read.set(name, { table: name, columns: t.columns.map((c) => c.name), rows })
    }
  }
  return read
}

/** The column a single-column foreign key points at (`id` nearly always). */
function refColumn(t: TableInfo, column: string): string {
  return t.foreignKeys.find((fk) => fk.columns.length === 1 && fk.columns[0] === column)?.refColumns[0] ?? 'id'
}

/** Adds the rows that rows of a shared table point at in the same table (a region's parent, its parent…). */
async function withAncestors(trx: Database, t: TableInfo, rows: (string | null)[][]) {
  const self = t.foreignKeys.filter((fk) => fk.references === t.name && fk.columns.length === 1)
  const idAt = t.columns.findIndex((c) => c.name === 'id')
  if (!self.length || idAt < 0) return rows
  for (;;) {
    const have = new Set(rows.map((r) => r[idAt]))
    const missing = new Set(self.flatMap((fk) => rows.map((r) => r[t.columns.findIndex((c) => c.name === fk.columns[0])])).filter((v): v is string => v !== null && !have.has(v)))
    if (!missing.size) return rows.sort((a, b) => String(a[idAt]).localeCompare(String(b[idAt])))
    rows = [...rows, ...(await selectRows(trx, t, columnIn(t, 'id', missing)))]
  }
}

/**
 * A zip of the scope's rows as CSV files, with a manifest; undefined when the center or region does
 * not exist. `photos` is the configured file store: with a bucket, its files join stored_files.
 */
export async function exportScope(db: Database, scope: ExportScope, now: Date, photos: PhotoStore = databasePhotoStore): Promise<{ zip: Uint8Array; manifest: ExportManifest } | undefined> {
  return db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
    const resolved = await resolveScope(trx, scope)
    if (!resolved) return undefined
    const catalogue = await readCatalogue(trx)
    const { undecided } = undecidedTables(catalogue.keys())
    if (undecided.length) throw new PortabilityError(`No export decision for table(s) ${undecided.join(', ')}: add them to the ownership map in modules/portability/ownership.ts.`)
    await useExactText(trx)
    const read = await gather(trx, catalogue, resolved)
    await addBucketFiles(trx, read, photos)
    const migrations = await appliedMigrations(trx)
    const skipped = Object.fromEntries(Object.entries(ownership).flatMap(([t, o]) => (o.rows === 'skipped' ? [[t, o.why]] : [])))
    return packExport({
      format: 'linli-export', formatVersion: 1, migration: migrations.at(-1) ?? '', migrations, source: await databaseKind(trx),
      scope: { kind: resolved.kind, id: resolved.id, name: resolved.name }, createdAt: now.toISOString(), skipped,
    }, dependencyOrder(catalogue, read.keys()).map((t) => read.get(t)!))
  })
}
