import { type RawBuilder, sql } from 'kysely'
import type { Database } from '../../db/database'
import type { Value } from './csv-rows'
import type { TableInfo } from './catalogue.repository'

/** Values print the same on every server: UTC with the zone, ISO dates, floats exact. For the current transaction. */
export async function useExactText(trx: Database) {
  await sql`select set_config('TimeZone', 'UTC', true), set_config('DateStyle', 'ISO, YMD', true),
    set_config('IntervalStyle', 'postgres', true), set_config('extra_float_digits', '1', true)`.execute(trx)
}

export async function databaseKind(db: Database): Promise<'pglite' | 'postgres'> {
  const { rows } = await sql<{ v: string }>`select version() as v`.execute(db)
  return /wasm|emscripten/i.test(rows[0]?.v ?? '') ? 'pglite' : 'postgres'
}

export async function findCenterScope(db: Database, id: string) {
  return db.selectFrom('centers').select(['id', 'name', 'region_id']).where('id', '=', id).executeTakeFirst()
}

/** The region and every region under it, and the centers in them. */
export async function findRegionScope(db: Database, id: string) {
  const region = await db.selectFrom('regions').select(['id', 'name']).where('id', '=', id).executeTakeFirst()
  if (!region) return undefined
  const { rows } = await sql<{ id: string }>`
    with recursive tree as (select id from regions where id = ${id} union all select r.id from regions r join tree on r.parent_id = tree.id)
    select id::text from tree`.execute(db)
  const regionIds = rows.map((r) => r.id)
  const centers = await db.selectFrom('centers').select('id').where('region_id', 'in', regionIds).orderBy('id').execute()
  return { ...region, regionIds, centerIds: centers.map((c) => c.id) }
}

/** `column` is one of `values` (text, cast to the column's type so its index is used). */
export function columnIn(table: TableInfo, column: string, values: Iterable<string>): RawBuilder<unknown> {
  const type = table.columns.find((c) => c.name === column)?.type
  if (!type) throw new Error(`${table.name} has no column ${column}`)
  return sql`${sql.ref(column)} in (select value::${sql.raw(type)} from json_array_elements_text(${JSON.stringify([...values])}::json))`
}

/** The rows matching `where`, every value as PostgreSQL prints it (binary as base64), in primary key order. */
export async function selectRows(trx: Database, table: TableInfo, where: RawBuilder<unknown>): Promise<Value[][]> {
  const picks = table.columns.map((c, i) => sql`${c.binary ? sql`encode(${sql.ref(c.name)}, 'base64')` : sql`${sql.ref(c.name)}::text`} as ${sql.ref(`c${i}`)}`)
  const order = table.primaryKey.length ? table.primaryKey.map((k) => sql.ref(k)) : table.columns.map((_, i) => sql.raw(String(i + 1)))
  const { rows } = await sql<Record<string, Value>>`select ${sql.join(picks)} from ${sql.table(`public.${table.name}`)} where ${where} order by ${sql.join(order)}`.execute(trx)
  return rows.map((r) => table.columns.map((_, i) => r[`c${i}`] ?? null))
}
