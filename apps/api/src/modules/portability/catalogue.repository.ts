import { sql } from 'kysely'
import type { Database } from '../../db/database'

export interface Column {
  name: string
  /** The column's type as SQL spells it (`uuid`, `timestamp with time zone`, `text[]`), to cast text back into it. */
  type: string
  /** GENERATED … AS IDENTITY: numbered by each installation, so never carried over. */
  identity: boolean
  binary: boolean
}

export interface ForeignKey { columns: string[]; references: string; refColumns: string[] }

export interface TableInfo {
  name: string
  columns: Column[]
  primaryKey: string[]
  foreignKeys: ForeignKey[]
  /** Plain unique constraints and indexes (no expression, no WHERE) other than the primary key. */
  uniques: string[][]
}

export type Catalogue = Map<string, TableInfo>

/** The public schema's tables as this database has them: what an export writes and an import checks against. */
export async function readCatalogue(db: Database): Promise<Catalogue> {
  const { rows: columns } = await sql<{ table: string; name: string; type: string; identity: boolean; binary: boolean }>`
    select c.relname as table, a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
           a.attidentity <> '' as identity, a.atttypid = 'bytea'::regtype as binary
    from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    order by c.relname, a.attnum`.execute(db)
  const { rows: constraints } = await sql<{ table: string; kind: string; references: string | null; columns: string[]; ref_columns: string[] | null }>`
    select c.relname as table, k.contype as kind, r.relname as references,
           array(select a.attname::text from unnest(k.conkey) with ordinality u(n, o) join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.o) as columns,
           case when k.contype = 'f' then array(select a.attname::text from unnest(k.confkey) with ordinality u(n, o) join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.n order by u.o) end as ref_columns
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
    left join pg_class r on r.oid = k.confrelid
    where n.nspname = 'public' and k.contype in ('p', 'f', 'u')
    union all
    select c.relname, 'i', null,
           array(select a.attname::text from unnest(i.indkey::int2[]) with ordinality u(n, o) join pg_attribute a on a.attrelid = i.indrelid and a.attnum = u.n order by u.o), null
    from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and i.indisunique and not i.indisprimary and i.indexprs is null and i.indpred is null
      and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`.execute(db)
  const tables: Catalogue = new Map()
  for (const c of columns) {
    let t = tables.get(c.table)
    if (!t) tables.set(c.table, (t = { name: c.table, columns: [], primaryKey: [], foreignKeys: [], uniques: [] }))
    t.columns.push({ name: c.name, type: c.type, identity: c.identity, binary: c.binary })
  }
  for (const k of constraints) {
    const t = tables.get(k.table)
    if (!t) continue
    if (k.kind === 'p') t.primaryKey = k.columns
    else if (k.kind === 'f') t.foreignKeys.push({ columns: k.columns, references: k.references!, refColumns: k.ref_columns! })
    else t.uniques.push(k.columns)
  }
  return tables
}

/**
 * Table names with every table after the tables it references (self references aside), ties by name:
 * the order an import inserts in, so each foreign key finds its row.
 */
export function dependencyOrder(catalogue: Catalogue, names: Iterable<string>): string[] {
  const wanted = new Set(names)
  const done = new Set<string>()
  const order: string[] = []
  const visit = (name: string, path: string[]) => {
    if (done.has(name) || path.includes(name)) return
    for (const fk of catalogue.get(name)?.foreignKeys ?? []) if (fk.references !== name && wanted.has(fk.references)) visit(fk.references, [...path, name])
    done.add(name)
    order.push(name)
  }
  for (const name of [...wanted].sort()) visit(name, [])
  return order
}
