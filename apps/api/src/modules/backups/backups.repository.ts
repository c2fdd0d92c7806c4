import { sql } from 'kysely'
import type { Database } from '../../db/database'

/** The migrations a database has had, oldest first; none when it was never migrated. */
export async function appliedMigrations(db: Database): Promise<string[]> {
  const { rows: [table] } = await sql<{ t: string | null }>`select to_regclass('public.kysely_migration')::text as t`.execute(db)
  if (!table?.t) return []
  const { rows } = await sql<{ name: string }>`select name from public.kysely_migration order by name`.execute(db)
  return rows.map((r) => r.name)
}

/** How many tables the public schema has: zero is the empty database a restore may fill. */
export async function publicTableCount(db: Database): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_tables where schemaname = 'public'`.execute(db)
  return rows[0]?.n ?? 0
}

/** The server's major version (15, 16, 17…): pg_dump must be at least as new. */
export async function serverMajorVersion(db: Database): Promise<number> {
  const { rows } = await sql<{ v: string }>`show server_version_num`.execute(db)
  return Math.floor(Number(rows[0]?.v ?? 0) / 10_000)
}

/** Whether the database answers at all. */
export async function pingDatabase(db: Database): Promise<void> {
  await sql`select 1`.execute(db)
}
