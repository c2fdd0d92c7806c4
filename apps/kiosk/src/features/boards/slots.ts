import type { OccupiedSlot, Schedule, ScheduleItem } from '@linli/contracts'
import { type LocalDate, dateOf } from './center-time'

/** Something holding a room (or a place) for a while: an activity, or a resident's booking. */
export interface Slot {
  id: string
  kind: 'activity' | 'booking'
  /** The activity's title, or the booking's public label ("已占用" or an organisation that chose to be named). */
  title: string
  roomId: string | null
  roomName: string | null
  location: string | null
  startsAt: string
  endsAt: string
  /** Instants in ms, for comparing with the screen's clock. */
  start: number
  end: number
  cancelled: boolean
  item?: ScheduleItem
}

const fromItem = (item: ScheduleItem): Slot => ({
  id: item.id, kind: 'activity', title: item.title, roomId: item.roomId, roomName: item.roomName, location: item.location,
  startsAt: item.startsAt, endsAt: item.endsAt, start: Date.parse(item.startsAt), end: Date.parse(item.endsAt),
  cancelled: item.status === 'cancelled', item,
})

// A booking never carries the resident's name or phone: the API only sends the public label.
const fromBooking = (b: OccupiedSlot): Slot => ({
  id: `booking:${b.roomId}:${b.startsAt}`, kind: 'booking', title: b.label, roomId: b.roomId, roomName: b.roomName,
  location: null, startsAt: b.startsAt, endsAt: b.endsAt, start: Date.parse(b.startsAt), end: Date.parse(b.endsAt),
  cancelled: false,
})

const byStart = (a: Slot, b: Slot) => a.start - b.start || a.end - b.end || a.title.localeCompare(b.title, 'zh-CN')

/** Activities and bookings of a schedule as one list, in order of starting time. */
export function slotsOf(schedule: Pick<Schedule, 'items' | 'occupied'>): Slot[] {
  return [...schedule.items.map(fromItem), ...schedule.occupied.map(fromBooking)].sort(byStart)
}

/** Slots on a local date, plus any still running from the night before. */
export const slotsOfDay = (slots: readonly Slot[], day: LocalDate, now: number) =>
  slots.filter((s) => dateOf(s.startsAt) === day || (s.start <= now && now < s.end))

export interface RoomState {
  /** What is on in the room now (the latest to have started, if two overlap). */
  current?: Slot
  /** When the room is free again: the end of the run of back-to-back slots from now. */
  busyUntil?: string
  /** The next thing to start after now. */
  next?: Slot
}

/** The state of one room at `now`, from its slots (cancelled ones never hold a room). */
export function roomStateAt(slots: readonly Slot[], now: number): RoomState {
  const live = slots.filter((s) => !s.cancelled).sort(byStart)
  const running = live.filter((s) => s.start <= now && now < s.end)
  const current = running.at(-1)
  const next = live.find((s) => s.start > now)
  if (!current) return next ? { next } : {}
  let until = Math.max(...running.map((s) => s.end))
  let busyUntil = running.find((s) => s.end === until)!.endsAt
  for (const s of live) {
    if (s.start <= until && s.end > until) {
      until = s.end
      busyUntil = s.endsAt
    }
  }
  return { current, busyUntil, ...(next && { next }) }
}
