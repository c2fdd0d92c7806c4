import { type RoomHoursSpec, addDays, instantToLocal, localDateOf, minutesBetween, weekdayOf } from '@linli/schedule'
import { type BookingPolicy, type BookingPolicyPatch, type OpeningHours, resolvePolicy } from '@linli/contracts'
import { badRequest } from '../../plugins/errors'
import { assertWithinRoomHours, ownRoomHoursOn } from './room-hours-rule'

/** The rules in force for a room: center default < room kind < room (quotas: the strictest wins). */
export const effectivePolicy = (center: BookingPolicyPatch, kind: BookingPolicyPatch | null | undefined, room: BookingPolicyPatch): BookingPolicy =>
  resolvePolicy(center, kind ?? {}, room).policy

export interface BookingRequest {
  startsLocal: string
  endsLocal: string
  headcount: number
}

export interface RuleContext {
  policy: BookingPolicy
  openingHours: OpeningHours
  /** The room's own hours, which replace the center's for it; null or absent follows the center. */
  roomHours?: RoomHoursSpec | null
  capacity: number
  now: Date
  timeZone: string
  /** Staff booking on someone's behalf skip the notice, advance-window and quota rules. */
  byStaff: boolean
}

const minuteOfDay = (local: string) => Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16))

/** The time rules every booking must meet; each violation is a 400 naming the rule. */
export function checkTimeRules(b: BookingRequest, ctx: RuleContext) {
  const { policy } = ctx
  const minutes = minutesBetween(b.startsLocal, b.endsLocal)
  if (minutes <= 0) throw badRequest('invalid_time_range', 'The end must be after the start')
  if (minutes < policy.minMinutes) throw badRequest('duration_too_short', `Book at least ${policy.minMinutes} minutes`)
  if (minutes > policy.maxMinutes) throw badRequest('duration_too_long', `Book at most ${policy.maxMinutes} minutes`)
  if (minuteOfDay(b.startsLocal) % policy.slotMinutes !== 0 || minuteOfDay(b.endsLocal) % policy.slotMinutes !== 0)
    throw badRequest('off_grid', `Start and end on the ${policy.slotMinutes}-minute grid (e.g. 09:00, 09:${String(policy.slotMinutes % 60).padStart(2, '0')})`)
  const date = b.startsLocal.slice(0, 10)
  const own = ownRoomHoursOn(date, ctx.openingHours, ctx.roomHours)
  if (own) assertWithinRoomHours(b, own, ctx.now, ctx.timeZone)
  else {
    const open = ctx.openingHours.filter((h) => h.weekday === weekdayOf(date))
    if (open.length === 0) throw badRequest('closed_day', 'The center is closed on that day')
    if (b.endsLocal.slice(0, 10) !== date || !open.some((h) => h.opens <= b.startsLocal.slice(11) && b.endsLocal.slice(11) <= h.closes))
      throw badRequest('outside_opening_hours', `Book within opening hours: ${open.map((h) => `${h.opens}-${h.closes}`).join(', ')}`)
  }
  if (b.headcount > ctx.capacity) throw badRequest('over_capacity', `The room holds at most ${ctx.capacity} people`)
  if (ctx.byStaff) return
  const nowLocal = instantToLocal(ctx.now, ctx.timeZone)
  if (minutesBetween(nowLocal, b.startsLocal) < policy.minNoticeMinutes)
    throw badRequest('too_short_notice', `Book at least ${policy.minNoticeMinutes} minutes ahead`)
  if (date > lastBookableDate(ctx))
    throw badRequest('too_far_ahead', `Book at most ${policy.maxAdvanceDays} days ahead; a new day opens at ${policy.releaseTime}`)
}

/** Days open for booking maxAdvanceDays ahead, the newest one from releaseTime on. */
export function lastBookableDate(ctx: Pick<RuleContext, 'policy' | 'now' | 'timeZone'>): string {
  const today = localDateOf(ctx.now, ctx.timeZone)
  const released = instantToLocal(ctx.now, ctx.timeZone).slice(11) >= ctx.policy.releaseTime
  return addDays(today, ctx.policy.maxAdvanceDays - (released ? 0 : 1))
}

/** Monday of the ISO week a local date falls in. */
export const weekStart = (date: string) => addDays(date, 1 - weekdayOf(date))
