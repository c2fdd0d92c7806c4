import type { BookingPolicy, RoomAvailability } from '@linli/contracts'
import { localOf } from './booking-time'

/** A span of one day on the center's wall clock, `HH:mm`; `24:00` is the end of the day. */
export interface Span {
  from: string
  to: string
  label?: string
}

const pad = (n: number) => String(n).padStart(2, '0')
export const toMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))
export const toClock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`

/** Wall-clock time of an instant within `date`: before the day is 00:00, after it 24:00. */
function clockWithin(iso: string, date: string, timeZone: string): string {
  const local = localOf(iso, timeZone)
  if (local.slice(0, 10) < date) return '00:00'
  if (local.slice(0, 10) > date) return '24:00'
  return local.slice(11, 16)
}

/** Opening hours and busy blocks of one availability day, on the center's wall clock. */
export function dayView(item: RoomAvailability) {
  const at = (iso: string) => clockWithin(iso, item.date, item.timeZone)
  return {
    opening: item.opening.map((o) => ({ from: at(o.opens), to: at(o.closes) })),
    busy: item.busy.map((b) => ({ from: at(b.startsAt), to: at(b.endsAt), label: b.label })),
  }
}

/** Start times on the room's grid that leave room for the shortest booking before closing. */
export function startOptions(opening: Span[], policy: Pick<BookingPolicy, 'slotMinutes' | 'minMinutes'>): string[] {
  const out: string[] = []
  for (const o of opening) {
    const first = Math.ceil(toMinutes(o.from) / policy.slotMinutes) * policy.slotMinutes
    for (let m = first; m + policy.minMinutes <= toMinutes(o.to); m += policy.slotMinutes) out.push(toClock(m))
  }
  return out
}

/** End times on the grid after `start`, within its opening span and the shortest/longest duration. */
export function endOptions(start: string, opening: Span[], policy: Pick<BookingPolicy, 'slotMinutes' | 'minMinutes' | 'maxMinutes'>): string[] {
  const s = toMinutes(start)
  const span = opening.find((o) => toMinutes(o.from) <= s && s < toMinutes(o.to))
  if (!span) return []
  const out: string[] = []
  const last = Math.min(toMinutes(span.to), s + policy.maxMinutes)
  for (let m = s + policy.slotMinutes; m <= last; m += policy.slotMinutes) if (m - s >= policy.minMinutes) out.push(toClock(m))
  return out
}

/** Whether a wanted span overlaps any busy block (the server has the last word). */
export const overlapsBusy = (wanted: Span, busy: Span[]) =>
  busy.some((b) => toMinutes(b.from) < toMinutes(wanted.to) && toMinutes(wanted.from) < toMinutes(b.to))

/** Left and width in percent of a span on a timeline from `from` to `to`. */
export function placeOn(span: Span, from: string, to: string) {
  const a = toMinutes(from)
  const total = Math.max(1, toMinutes(to) - a)
  const left = Math.max(0, toMinutes(span.from) - a)
  const right = Math.min(total, toMinutes(span.to) - a)
  return { left: `${(left / total) * 100}%`, width: `${(Math.max(0, right - left) / total) * 100}%` }
}
