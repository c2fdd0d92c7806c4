import { type LocalDate, hhmm } from './center-time'
import { type Slot, roomStateAt, slotsOfDay } from './slots'

export type DoorState =
  | { kind: 'busy'; until: string; title: string; booking: boolean }
  | { kind: 'free'; next?: string; nextTitle?: string }

/** What the panel at a room's door says: 使用中 至 HH:mm, or 空闲 (下一场 HH:mm). */
export function doorState(slots: readonly Slot[], now: number): DoorState {
  const { current, busyUntil, next } = roomStateAt(slots, now)
  if (current && busyUntil) return { kind: 'busy', until: hhmm(busyUntil), title: current.title, booking: current.kind === 'booking' }
  return next ? { kind: 'free', next: hhmm(next.startsAt), nextTitle: next.title } : { kind: 'free' }
}

export interface DoorRow {
  slot: Slot
  phase: 'past' | 'now' | 'later'
}

/** The room's day, in order, each marked as over, on now, or still to come. */
export function doorDay(slots: readonly Slot[], roomId: string, today: LocalDate, now: number): DoorRow[] {
  return slotsOfDay(slots, today, now)
    .filter((s) => s.roomId === roomId)
    .map((slot) => ({ slot, phase: slot.end <= now ? 'past' : slot.start <= now && !slot.cancelled ? 'now' : 'later' }))
}
