import { localDateOf, roomHoursOn, weekdayOf } from '@linli/schedule'
import type { RoomHoursToday } from '@linli/contracts'
import type { Database } from '../../db/database'
import { findCenter } from '../centers/centers.repository'
import { centerCalendar, planOf, roomOnPlan } from '../closures/closures.service'
import { listRooms } from '../rooms/rooms.repository'

/** Each active room's hours for the center's today (a make-up working day has its weekday's), for the lobby and door screens. */
export async function roomHoursToday(db: Database, centerId: string, now: Date): Promise<(RoomHoursToday & { roomId: string })[]> {
  const [center, rooms, calendar] = await Promise.all([findCenter(db, centerId), listRooms(db, centerId, false), centerCalendar(db, centerId)])
  if (!center) return []
  const today = localDateOf(now, center.timeZone)
  const plan = planOf(today, calendar)
  return rooms.map((r) => {
    const onDay = roomOnPlan({ openingHours: center.openingHours, roomHours: { weekly: r.weekly_hours, exceptions: r.hours_exceptions } }, today, plan, weekdayOf(today))
    return { roomId: r.id, ...roomHoursOn(today, onDay.openingHours, onDay.roomHours) }
  })
}
