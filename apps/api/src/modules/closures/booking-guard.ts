import type { RoomAvailability } from '@linli/contracts'
import { addDays, formatOffset, localToInstant, minutesBetween, weekdayOf } from '@linli/schedule'
import type { Database } from '../../db/database'
import type { RoomContext } from '../bookings/room-context'
import { closuresCovering, closuresOfRooms } from './closures.repository'
import { roomIntervalsOn } from '../bookings/room-hours-rule'
import { centerCalendar, closureAt, closureConflict, holidayReason, planOf, roomOnPlan } from './closures.service'

/**
 * A room as the booking rules should see it for one requested slot: refused with 409
 * closure_conflict (naming the reason) on a closure or a statutory holiday the center follows;
 * on a make-up working day (调休) its week, and its own week if it has one, carry the hours of the
 * weekday that day replaces.
 */
export async function withCalendar<R extends RoomContext>(db: Database, room: R, slot: { startsLocal: string; endsLocal: string }): Promise<R> {
  if (minutesBetween(slot.startsLocal, slot.endsLocal) <= 0) return room
  const calendar = await centerCalendar(db, room.center_id, room.follows_national_holidays)
  const reason = await closureAt(db, room, localToInstant(slot.startsLocal, room.time_zone), localToInstant(slot.endsLocal, room.time_zone), calendar)
  if (reason) throw closureConflict(reason)
  const date = slot.startsLocal.slice(0, 10)
  const plan = planOf(date, calendar)
  return roomOnPlan(room, date, plan, weekdayOf(date))
}

/**
 * Marks the closed times of availability days (closures and, where the center follows them,
 * statutory holidays, which also have no opening), and gives make-up days their weekday hours.
 */
export async function markClosures(db: Database, room: RoomContext, days: RoomAvailability[]): Promise<RoomAvailability[]> {
  if (days.length === 0) return days
  const tz = room.time_zone
  const first = days[0]!.date
  const last = days[days.length - 1]!.date
  const [calendar, closures] = await Promise.all([
    centerCalendar(db, room.center_id, room.follows_national_holidays),
    closuresCovering(db, room.center_id, room.id, localToInstant(`${first}T00:00`, tz), localToInstant(`${addDays(last, 1)}T00:00`, tz)),
  ])
  return days.map((day) => {
    const dayStart = localToInstant(`${day.date}T00:00`, tz)
    const dayEnd = localToInstant(`${addDays(day.date, 1)}T00:00`, tz)
    const plan = planOf(day.date, calendar)
    const closed = closures.filter((c) => c.starts_at < dayEnd && c.ends_at > dayStart)
      .map((c) => ({ startsAt: formatOffset(c.starts_at > dayStart ? c.starts_at : dayStart, tz), endsAt: formatOffset(c.ends_at < dayEnd ? c.ends_at : dayEnd, tz), reason: c.reason }))
    if (plan.kind === 'holiday')
      return { ...day, opening: [], closed: [{ startsAt: formatOffset(dayStart, tz), endsAt: formatOffset(dayEnd, tz), reason: holidayReason(plan.name) }, ...closed] }
    const onDay = roomOnPlan(room, day.date, plan, weekdayOf(day.date))
    const opening = plan.kind === 'makeup'
      ? roomIntervalsOn(day.date, onDay.openingHours, onDay.roomHours)
        .map((h) => ({ opens: formatOffset(localToInstant(`${day.date}T${h.opens}`, tz), tz), closes: formatOffset(localToInstant(`${day.date}T${h.closes}`, tz), tz) }))
      : day.opening
    return { ...day, opening, closed }
  })
}

/**
 * Marks the activity dates of a sign-up list that fall on a closed time (a closure of the center or
 * of the date's room, or a statutory holiday the center follows) with the reason residents are shown.
 * Dates staff kept over a closure stay open for sign-up: the event may be why the center is closed.
 */
export async function markClosedDates<T extends { roomId: string | null; startsAt: string; endsAt: string }>(
  db: Database, centerId: string, items: T[],
): Promise<(T & { closure?: string })[]> {
  if (items.length === 0) return items
  const calendar = await centerCalendar(db, centerId)
  const from = new Date(Math.min(...items.map((i) => Date.parse(i.startsAt))))
  const to = new Date(Math.max(...items.map((i) => Date.parse(i.endsAt))))
  const closures = await closuresCovering(db, centerId, null, from, to).then(async (centerWide) => [
    ...centerWide, ...(await closuresOfRooms(db, centerId, from, to)),
  ])
  return items.map((item) => {
    const starts = new Date(item.startsAt)
    const ends = new Date(item.endsAt)
    const plan = planOf(item.startsAt.slice(0, 10), calendar)
    const hit = closures.find((c) => (c.room_id === null || c.room_id === item.roomId) && c.starts_at < ends && c.ends_at > starts)
    const reason = plan.kind === 'holiday' ? holidayReason(plan.name) : hit?.reason
    return reason ? { ...item, closure: reason } : item
  })
}
