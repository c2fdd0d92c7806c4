import { sql } from 'kysely'
import { type RoomOccupancy, isFull } from '@linli/contracts'
import type { Database } from '../../db/database'

/** The room as a count needs it: open-access rooms only take counts. */
export const findCountedRoom = (db: Database, roomId: string) =>
  db.selectFrom('rooms as r').innerJoin('centers as c', 'c.id', 'r.center_id')
    .select(['r.id', 'r.name', 'r.center_id', 'r.capacity', 'r.access', 'r.active', 'c.time_zone'])
    .where('r.id', '=', roomId).executeTakeFirst()

export type CountedRoom = NonNullable<Awaited<ReturnType<typeof findCountedRoom>>>

export const insertReading = (db: Database, r: { roomId: string; count: number; at: Date; staffId?: string; screenId?: string }) =>
  db.insertInto('occupancy_readings')
    .values({ room_id: r.roomId, count: r.count, at: r.at, staff_id: r.staffId ?? null, screen_id: r.screenId ?? null })
    .returning(['count', 'at']).executeTakeFirstOrThrow()

export const toOccupancy = (room: Pick<CountedRoom, 'id' | 'name' | 'capacity'>, reading: { count: number; at: Date }): RoomOccupancy => ({
  roomId: room.id, roomName: room.name, capacity: room.capacity, count: reading.count, full: isFull(reading.count, room.capacity), at: reading.at.toISOString(),
})

/** Each active open-access room's latest count since the start of the center's day; rooms without one today are left out. */
export async function occupancyToday(db: Database, centerId: string, now: Date): Promise<RoomOccupancy[]> {
  const { rows } = await sql<{ id: string; name: string; capacity: number; count: number; at: Date }>`
    select r.id, r.name, r.capacity, o.count, o.at
    from rooms r join centers c on c.id = r.center_id
    cross join lateral (
      select count, at from occupancy_readings o
      where o.room_id = r.id and o.at >= date_trunc('day', ${now}::timestamptz at time zone c.time_zone) at time zone c.time_zone and o.at <= ${now}
      order by o.at desc limit 1) o
    where r.center_id = ${centerId} and r.access = 'open' and r.active
    order by r.name collate "C"`.execute(db)
  return rows.map((r) => toOccupancy(r, r))
}
