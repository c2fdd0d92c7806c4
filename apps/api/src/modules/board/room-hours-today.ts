import { localDateOf, roomHoursOn } from '@linli/schedule'
import type { RoomHoursToday } from '@linli/contracts'
import type { Database } from '../../db/database'
import { findCenter } from '../centers/centers.repository'
import { listRooms } from '../rooms/rooms.repository'

/** Each active room's hours for the center's today, for the lobby and door screens. */
export async function roomHoursToday(db: Database, centerId: string, now: Date): Promise<(RoomHoursToday & { roomId: string })[]> {
  const [center, rooms] = await Promise.all([findCenter(db, centerId), listRooms(db, centerId, false)])
  if (!center) return []
  const today = localDateOf(now, center.timeZone)
  return rooms.map((r) => ({ roomId: r.id, ...roomHoursOn(today, center.openingHours, { weekly: r.weekly_hours, exceptions: r.hours_exceptions }) }))
}
