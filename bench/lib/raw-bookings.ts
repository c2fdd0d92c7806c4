import { sql } from 'kysely'
import pg from 'pg'
import { localToInstant } from '@linli/schedule'
import type { Database } from '@linli/api/src/db/database'
import { slotAt } from './slots'
import { percentile } from './stats'
import { TIME_ZONE } from './world'

export interface Writes { perSecond: number; p50: number; p99: number; count: number }

/** A table holding rooms the way room_reservations does: the same exclusion constraint, nothing else. */
export const createReservationTable = (db: Database, name: string) =>
  sql`create table ${sql.table(name)} (id bigint generated always as identity primary key, room_id uuid not null, during tstzrange not null,
    constraint ${sql.ref(`${name}_no_overlap`)} exclude using gist (room_id with =, during with &&))`.execute(db)

/** The baseline: one INSERT per write, straight into an exclusion-constrained table, at the same concurrency. */
export async function rawInserts(url: string, amount: number, concurrency: number, poolSize: number, offset: number, roomIds: string[]): Promise<Writes> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize })
  let next = offset
  const latencies: number[] = []
  const started = performance.now()
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < offset + amount) {
      const s = slotAt(next++, roomIds, '2030-01-07')
      const t = performance.now()
      await pool.query('insert into bench_reservations (room_id, during) values ($1, tstzrange($2, $3))',
        [s.roomId, localToInstant(s.startsLocal, TIME_ZONE), localToInstant(s.endsLocal, TIME_ZONE)])
      latencies.push(performance.now() - t)
    }
  }))
  const seconds = (performance.now() - started) / 1000
  await pool.end()
  return { perSecond: amount / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), count: amount }
}

/**
 * Bookings (and their reservations) in SQL, twice a day from tomorrow on in rooms of their own, so
 * the race runs against a GiST index of production size (a year of a 20-room center's series is
 * ~15,000 reservations), busy around the raced time.
 */
export async function prefillReservations(db: Database, centerId: string, roomIds: string[], firstDate: string, count: number) {
  const n = roomIds.length
  await sql`insert into bookings (room_id, center_id, organisation_name, purpose, headcount, starts_at, ends_at, status)
    select (${roomIds}::uuid[])[1 + i % ${n}], ${centerId}, '书法协会', '例会', 10, t, t + interval '90 minutes', 'approved'
    from generate_series(0, ${count - 1}) as i,
      lateral (select (${firstDate}::date + (i / ${2 * n}) + time '09:00' + ((i / ${n}) % 2) * interval '5 hours') at time zone ${TIME_ZONE} as t) s`.execute(db)
  await sql`insert into room_reservations (room_id, during, booking_id)
    select room_id, tstzrange(starts_at, ends_at), id from bookings where room_id = any(${roomIds}::uuid[])`.execute(db)
}

