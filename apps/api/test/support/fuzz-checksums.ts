import { sql } from 'kysely'
import type { Database } from '../../src/db/database'

export type Checksums = Map<string, string>
interface Sum { rows: number; top: bigint; sum: bigint }

/**
 * A content checksum per user table: its row count and the sum of a 64-bit hash of each row's
 * text. Any inserted, deleted or changed row moves it (a row count would miss an update, or a
 * delete plus an insert), and it can be kept up to date without rehashing every row:
 * - writing a row needs a transaction id, so while none has been handed out since the last call
 *   (the snapshot's xmax stays put) no table can have changed;
 * - every inserted or updated row version carries its new, larger transaction id in xmin, so only
 *   rows newer than the table's last max(xmin) need hashing; if the count then says no row went
 *   away (nothing deleted, nothing replaced by an update), the old sum plus theirs is the new sum,
 *   and otherwise the table is hashed whole again.
 */
export function checksummer(db: Database) {
  let tables: string[] | undefined
  let last: { xid: string; sums: Checksums } | undefined
  const known = new Map<string, Sum>()
  const hash = sql`hashtextextended(x::text, 0)`
  const version = sql`xmin::text::bigint`

  return async function checksums(): Promise<Checksums> {
    const { xid } = (await sql<{ xid: string }>`select pg_snapshot_xmax(pg_current_snapshot())::text as xid`.execute(db)).rows[0]!
    if (last?.xid === xid) return last.sums
    tables ??= (await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema() order by 1`.execute(db)).rows.map((r) => r.name)
    const stamps = await sql<{ name: string; rows: string; top: string | null }>`${sql.join(tables.map((t) => sql`select ${t} as name, count(*) as rows, max(${version}) as top from ${sql.table(t)} x`), sql` union all `)}`.execute(db)
    const moved = stamps.rows.filter((r) => {
      const k = known.get(r.name)
      return !k || k.rows !== Number(r.rows) || k.top !== BigInt(r.top ?? -1)
    })
    if (moved.length) {
      // Only the new row versions are hashed (a WHERE, so older rows are never turned into text).
      const fresh = await sql<{ name: string; rows: string; sum: string | null }>`${sql.join(moved.map((r) => {
        const since = (known.get(r.name)?.top ?? -1n).toString()
        return sql`select ${r.name} as name, count(*) as rows, sum(${hash}) as sum from ${sql.table(r.name)} x where ${version} > ${since}::bigint`
      }), sql` union all `)}`.execute(db)
      const whole: string[] = []
      for (const r of moved) {
        const was = known.get(r.name) ?? { rows: 0, top: -1n, sum: 0n }
        const f = fresh.rows.find((x) => x.name === r.name)!
        if (Number(r.rows) === was.rows + Number(f.rows)) known.set(r.name, { rows: Number(r.rows), top: BigInt(r.top ?? -1), sum: was.sum + BigInt(f.sum ?? 0) })
        else whole.push(r.name)
      }
      if (whole.length) {
        const all = await sql<{ name: string; sum: string | null }>`${sql.join(whole.map((t) => sql`select ${t} as name, sum(${hash}) as sum from ${sql.table(t)} x`), sql` union all `)}`.execute(db)
        for (const r of all.rows) {
          const counted = stamps.rows.find((x) => x.name === r.name)!
          known.set(r.name, { rows: Number(counted.rows), top: BigInt(counted.top ?? -1), sum: BigInt(r.sum ?? 0) })
        }
      }
    }
    // Reading writes nothing, so the transaction id read first still marks this state.
    last = { xid, sums: new Map(tables.map((t) => [t, `${known.get(t)!.rows}:${known.get(t)!.sum}`])) }
    return last.sums
  }
}

export const changedTables = (before: Checksums, after: Checksums) =>
  [...new Set([...before.keys(), ...after.keys()])].filter((t) => before.get(t) !== after.get(t))
