import { sql } from 'kysely'
import type { Database } from '../../db/database'

/**
 * Serialises writers of the same rooms (in a fixed order): concurrent exclusion-constraint checks
 * on one room can otherwise deadlock each other under a rush, instead of one simply winning.
 */
export async function lockRooms(db: Database, roomIds: string[]) {
  for (const id of [...new Set(roomIds)].sort()) await sql`select pg_advisory_xact_lock(hashtext(${`linli:room:${id}`}))`.execute(db)
}

/** A time a room would be held, with the local date it belongs to (for per-date conflict lists). */
export interface Hold {
  roomId: string
  startsAt: Date
  endsAt: Date
}

export interface ReservationClash {
  index: number
  roomId: string
  roomName: string
  withTitle: string
  withStartsAt: Date
  withEndsAt: Date
}

/**
 * What already holds the rooms at the given times, in one query for a whole series. Holds by the
 * occurrences in `excludeOccurrenceIds` (the ones being replaced) do not count.
 */
export async function findClashes(db: Database, holds: Hold[], excludeOccurrenceIds: string[] = []): Promise<ReservationClash[]> {
  if (holds.length === 0) return []
  const { rows } = await sql<{ idx: number; room_id: string; room_name: string; title: string; starts_at: Date; ends_at: Date }>`
    select c.idx::int as idx, r.room_id, rooms.name as room_name, a.title, lower(r.during) as starts_at, upper(r.during) as ends_at
    from unnest(${holds.map((h) => h.roomId)}::uuid[], ${holds.map((h) => h.startsAt.toISOString())}::timestamptz[],
                ${holds.map((h) => h.endsAt.toISOString())}::timestamptz[]) with ordinality as c(room_id, starts_at, ends_at, idx)
    join room_reservations r on r.room_id = c.room_id and r.during && tstzrange(c.starts_at, c.ends_at)
    join rooms on rooms.id = r.room_id
    left join occurrences o on o.id = r.occurrence_id
    left join activities a on a.id = o.activity_id
    where r.occurrence_id is null or r.occurrence_id <> all(${excludeOccurrenceIds}::uuid[])
    order by c.idx, lower(r.during)`.execute(db)
  return rows.map((r) => ({
    index: r.idx - 1,
    roomId: r.room_id,
    roomName: r.room_name,
    withTitle: r.title ?? '已被占用',
    withStartsAt: new Date(r.starts_at),
    withEndsAt: new Date(r.ends_at),
  }))
}

/**
 * Rebuilds the reservations of some occurrences from their current state: a scheduled occurrence
 * of an activity that is not cancelled holds its room. The exclusion constraint rejects overlaps.
 */
export async function refreshOccurrenceReservations(db: Database, where: { activityId: string } | { occurrenceIds: string[] }) {
  const ids =
    'activityId' in where
      ? sql`select id from occurrences where activity_id = ${where.activityId}`
      : sql`select unnest(${where.occurrenceIds}::uuid[])`
  await sql`delete from room_reservations where occurrence_id in (${ids})`.execute(db)
  await sql`
    insert into room_reservations (room_id, during, occurrence_id)
    select o.room_id, tstzrange(o.starts_at, o.ends_at), o.id
    from occurrences o join activities a on a.id = o.activity_id
    where o.id in (${ids}) and o.status = 'scheduled' and o.room_id is not null and a.status <> 'cancelled'`.execute(db)
}
