import { sql } from 'kysely'
import type { Database } from '../../db/database'
import type { Value } from './csv-rows'
import type { TableInfo } from './catalogue.repository'

const stageOf = (t: TableInfo) => sql.table(`linli_import_${t.name}`)
const target = (t: TableInfo) => sql.table(`public.${t.name}`)
const cols = (alias: string, names: string[]) => sql.join(names.map((n) => sql.ref(`${alias}.${n}`)))
/** A row's chosen columns as one text, to compare rows of any column types at once. */
const rowText = (alias: string, names: string[]) => sql`row(${cols(alias, names)})::text`

/** The columns that say whether two rows are the same row: the primary key, unless it is numbered by each installation. */
export function keyColumns(t: TableInfo): string[] | undefined {
  const numbered = t.primaryKey.some((k) => t.columns.find((c) => c.name === k)?.identity)
  return t.primaryKey.length && !numbered ? t.primaryKey : undefined
}

/** Copies the export's rows of one table into a temporary table shaped like it, dropped at commit. */
export async function stageRows(trx: Database, t: TableInfo, columns: string[], rows: Value[][]) {
  await sql`create temporary table ${stageOf(t)} (like ${target(t)} including defaults) on commit drop`.execute(trx)
  const casts = columns.map((name, i) => {
    const c = t.columns.find((x) => x.name === name)!
    return c.binary ? sql`decode(r->>${sql.lit(i)}, 'base64')` : sql`(r->>${sql.lit(i)})::${sql.raw(c.type)}`
  })
  for (let at = 0; at < rows.length; at += 2000) {
    await sql`insert into ${stageOf(t)} (${sql.join(columns.map((c) => sql.ref(c)))})
      select ${sql.join(casts)} from json_array_elements(${JSON.stringify(rows.slice(at, at + 2000))}::json) r`.execute(trx)
  }
}

/** Staged rows whose key exists with other content, and staged rows that would take another row's unique value. */
export async function findClashes(trx: Database, t: TableInfo, columns: string[]): Promise<{ total: number; examples: string[] }> {
  const key = keyColumns(t)
  if (!key) return { total: 0, examples: [] }
  const on = (names: string[]) => sql.join(names.map((k) => sql`${sql.ref(`x.${k}`)} = ${sql.ref(`y.${k}`)}`), sql` and `)
  const { rows } = await sql<{ what: string }>`
    select ${sql.lit(`${key.join(', ')} `)} || ${rowText('x', key)} || ' exists with other content' as what
    from ${stageOf(t)} x join ${target(t)} y on ${on(key)}
    where ${rowText('x', columns)} is distinct from ${rowText('y', columns)}
    ${sql.join(t.uniques.filter((u) => u.every((c) => columns.includes(c))).map((u) => sql`
      union all
      select ${sql.lit(`${u.join(', ')} `)} || ${rowText('x', u)} || ' belongs to another row (' || ${rowText('y', key)} || ')'
      from ${stageOf(t)} x join ${target(t)} y on ${on(u)}
      where ${rowText('x', key)} <> ${rowText('y', key)}`), sql` `)}`.execute(trx)
  return { total: rows.length, examples: rows.slice(0, 5).map((r) => r.what) }
}

/** Inserts the staged rows the table does not have yet (same key, or the same content when rows have no key of their own). */
export async function insertNewRows(trx: Database, t: TableInfo, columns: string[], later: Record<string, string> = {}): Promise<number> {
  const key = keyColumns(t)
  const written = columns.filter((c) => !t.columns.find((x) => x.name === c)?.identity)
  const picks = written.map((c) => (c in later ? sql`${sql.lit(later[c])}::${sql.raw(t.columns.find((x) => x.name === c)!.type)}` : sql.ref(`x.${c}`)))
  const same = key
    ? sql.join(key.map((k) => sql`${sql.ref(`y.${k}`)} = ${sql.ref(`x.${k}`)}`), sql` and `)
    : sql`${rowText('y', written)} = ${rowText('x', written)}`
  // Numbered columns are numbered afresh here, in the exported order, so what they order (the problems
  // raised at one joint meeting, say) keeps its order.
  const numbered = columns.filter((c) => t.columns.find((x) => x.name === c)?.identity)
  const order = numbered.length ? sql`order by ${sql.join(numbered.map((c) => sql.ref(`x.${c}`)))}` : sql``
  const result = await sql`insert into ${target(t)} (${sql.join(written.map((c) => sql.ref(c)))})
    select ${sql.join(picks)} from ${stageOf(t)} x where not exists (select 1 from ${target(t)} y where ${same}) ${order}`.execute(trx)
  return Number(result.numAffectedRows ?? 0)
}

/** Sets the columns first written with a stand-in (see `later` in ownership.ts) to their exported values. */
export async function applyLaterColumns(trx: Database, t: TableInfo, later: string[]) {
  const key = keyColumns(t)
  if (!key || !later.length) return
  await sql`update ${target(t)} y set ${sql.join(later.map((c) => sql`${sql.ref(c)} = ${sql.ref(`x.${c}`)}`))}
    from ${stageOf(t)} x where ${sql.join(key.map((k) => sql`${sql.ref(`y.${k}`)} = ${sql.ref(`x.${k}`)}`), sql` and `)}
    and ${rowText('y', later)} is distinct from ${rowText('x', later)}`.execute(trx)
}
