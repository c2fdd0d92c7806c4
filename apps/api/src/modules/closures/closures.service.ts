import { type CenterCalendar, type DayPlan, addDays, dayPlan, formatOffset, instantToLocal, localDateOf, localToInstant } from '@linli/schedule'
import type { ClosureImpact, ClosureInput, OpeningHours } from '@linli/contracts'
import type { Database } from '../../db/database'
import { AppError, badRequest } from '../../plugins/errors'
import { type ClosureRow, bookingsCovered, closuresCovering, datesCovered, followsNationalHolidays, holidayExceptions, overlappingSameScope } from './closures.repository'
import { nationalCalendar } from './national-calendar'

/** `known`: whether the center follows the national holidays, when the caller has already read it. */
export async function centerCalendar(db: Database, centerId: string, known?: boolean): Promise<CenterCalendar> {
  const follows = known ?? await followsNationalHolidays(db, centerId)
  return { followsNationalHolidays: follows, openOn: follows ? await holidayExceptions(db, centerId) : new Set() }
}

export const planOf = (date: string, cal: CenterCalendar): DayPlan => dayPlan(date, nationalCalendar, cal)

/**
 * The week as it applies on `date`: a make-up working day (调休) takes the hours of the weekday it
 * replaces, a holiday has none. Only that date's weekday changes, so the booking rules can check it
 * as any other day.
 */
export function hoursOn(hours: OpeningHours, date: string, plan: DayPlan, weekdayOfDate: number): OpeningHours {
  if (plan.kind === 'regular') return hours
  const others = hours.filter((h) => h.weekday !== weekdayOfDate)
  if (plan.kind === 'holiday') return others
  return [...others, ...hours.filter((h) => h.weekday === plan.weekday).map((h) => ({ ...h, weekday: weekdayOfDate }))]
}

/**
 * A room as it stands on `date`: on a make-up working day both the center's week and the room's own
 * week (a gym from 06:00) carry the hours of the weekday the day replaces; dated exceptions still win.
 */
export function roomOnPlan<R extends { openingHours: OpeningHours; roomHours: { weekly: OpeningHours | null; exceptions: unknown[] } | null }>(room: R, date: string, plan: DayPlan, weekdayOfDate: number): R {
  if (plan.kind !== 'makeup') return room
  const own = room.roomHours
  return {
    ...room,
    openingHours: hoursOn(room.openingHours, date, plan, weekdayOfDate),
    roomHours: own && { ...own, weekly: own.weekly && hoursOn(own.weekly, date, plan, weekdayOfDate) },
  } as R
}

/** What residents are told about a national holiday closure. */
export const holidayReason = (name: string) => `法定节假日闭馆：${name}`

/** A closure or a statutory holiday that shuts [startsAt, endsAt) in this room: its reason, or undefined. */
export async function closureAt(db: Database, room: { id: string; center_id: string; time_zone: string }, startsAt: Date, endsAt: Date, cal?: CenterCalendar) {
  const calendar = cal ?? await centerCalendar(db, room.center_id)
  for (let d = localDateOf(startsAt, room.time_zone); d <= localDateOf(new Date(endsAt.getTime() - 1), room.time_zone); d = addDays(d, 1)) {
    const plan = planOf(d, calendar)
    if (plan.kind === 'holiday') return holidayReason(plan.name)
  }
  return (await closuresCovering(db, room.center_id, room.id, startsAt, endsAt))[0]?.reason
}

/** 409 closure_conflict naming the reason, for a booking or sign-up on a closed time. */
export const closureConflict = (reason: string) =>
  new AppError(409, 'closure_conflict', `Closed at that time: ${reason}`, [{ path: 'closure', message: reason }])

export interface ClosureSpan { startsAt: Date; endsAt: Date; allDay: boolean }

/** The instants a closure input covers, in the center's zone; refuses inverted, past and overlapping ones. */
export async function closureSpan(db: Database, centerId: string, timeZone: string, input: ClosureInput, now: Date): Promise<ClosureSpan> {
  if ((input.startTime === undefined) !== (input.endTime === undefined))
    throw badRequest('closure_times_incomplete', 'Give both a start and an end time, or neither for whole days')
  if (input.endDate < input.startDate) throw badRequest('invalid_time_range', `The last day (${input.endDate}) is before the first (${input.startDate})`)
  const allDay = input.startTime === undefined
  const startsAt = localToInstant(`${input.startDate}T${input.startTime ?? '00:00'}`, timeZone)
  const endsAt = allDay ? localToInstant(`${addDays(input.endDate, 1)}T00:00`, timeZone) : localToInstant(`${input.endDate}T${input.endTime}`, timeZone)
  if (endsAt <= startsAt) throw badRequest('invalid_time_range', `The closure must end after it starts (${input.startTime}-${input.endTime})`)
  if (endsAt.getTime() - startsAt.getTime() > 366 * 86_400_000) throw badRequest('closure_too_long', 'A closure lasts at most 366 days')
  if (endsAt <= now) throw badRequest('closure_in_past', `This closure would end before now (${instantToLocal(now, timeZone).replace('T', ' ')})`)
  const other = await overlappingSameScope(db, centerId, input.roomId ?? null, startsAt, endsAt)
  // 400, not 409: the input itself is wrong (issue 15), as with an inverted or past closure; staff pick other dates.
  if (other) throw badRequest('closure_overlap', `Another closure already covers part of this time: ${describeClosure(other)}`, [{ path: 'closure', message: describeClosure(other) }])
  return { startsAt, endsAt, allDay }
}

export const describeClosure = (c: Pick<ClosureRow, 'starts_at' | 'ends_at' | 'reason' | 'time_zone'>) =>
  `${instantToLocal(c.starts_at, c.time_zone).replace('T', ' ')} – ${instantToLocal(c.ends_at, c.time_zone).replace('T', ' ')} ${c.reason}`

/** The bookings and activity dates still on during the span; past ones are history and left alone. */
export async function closureImpact(db: Database, centerId: string, roomId: string | null, timeZone: string, span: ClosureSpan, now: Date): Promise<ClosureImpact> {
  const from = span.startsAt > now ? span.startsAt : now
  const [bookings, dates] = await Promise.all([
    bookingsCovered(db, centerId, roomId, from, span.endsAt), datesCovered(db, centerId, roomId, from, span.endsAt),
  ])
  return {
    bookings: bookings.map((b) => ({
      id: b.id, roomName: b.room_name, startsAt: formatOffset(b.starts_at, timeZone), endsAt: formatOffset(b.ends_at, timeZone), status: b.status,
      holder: b.organisation_name ?? b.resident_name ?? b.walk_in_name ?? '', purpose: b.purpose,
    })),
    dates: dates.map((o) => ({
      occurrenceId: o.id, activityId: o.activity_id, title: o.title, roomName: o.room_name,
      startsAt: formatOffset(o.starts_at, timeZone), endsAt: formatOffset(o.ends_at, timeZone), signedUp: Number(o.signed_up ?? 0),
    })),
  }
}
