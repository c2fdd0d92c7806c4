import type { BookingPolicy, RoomAvailability } from '@linli/contracts'
import { type LocalDateTime, fromMinutes, minuteOfDay, minutesBetween, wallClock } from '../../shared/local-time'

/**
 * free: nobody holds it and it is far enough ahead; busy: held (by a booking, its cleaning buffer
 * or an activity); past: too late to book under the notice rule; gap: free, but too short a gap to
 * fit any booking allowed here (see markUnusableGaps).
 */
export type SlotState = 'free' | 'busy' | 'past' | 'gap'

export interface Slot {
  /** 'HH:mm', the start; also the test hook `m-slot-<time>`. */
  time: string
  /** Minutes from the day's midnight. */
  start: number
  end: number
  state: SlotState
  /** Which opening interval it belongs to: a booking never spans a break (lunch, closed hours). */
  segment: number
  /** A published organisation's name, on busy slots it holds; none for an anonymous holder (the page says "occupied"). */
  label?: string
  /** First slot of a run held under the same label, where the label is written once. */
  runStart?: boolean
}

export interface Interval {
  start: number
  end: number
}

export interface DayGrid {
  date: string
  policy: BookingPolicy
  slots: Slot[]
  /** Busy times in minutes of the day, exact (they need not sit on the grid). */
  busy: Interval[]
  /** No opening interval at all: the center is closed that day. */
  closed: boolean
}

/**
 * One day's slots on the room's grid. The API accepts starts and ends whose minute of the day is
 * a multiple of slotMinutes and that lie within an opening interval, so the grid is anchored to
 * midnight, not to the opening time (a center opening at 08:45 on a 30-minute grid starts at 09:00).
 */
export function buildDayGrid(day: RoomAvailability, now: LocalDateTime): DayGrid {
  const { date, policy } = day
  const step = policy.slotMinutes
  const busy = day.busy.map((b) => ({
    start: minuteOfDay(date, wallClock(b.startsAt)),
    end: minuteOfDay(date, wallClock(b.endsAt)),
    // Only an organisation's published name is shown as sent; an anonymous holder is worded by the page.
    label: b.named ? b.label : undefined,
  }))
  const slots: Slot[] = []
  day.opening.forEach((o, segment) => {
    const opens = minuteOfDay(date, wallClock(o.opens))
    const closes = minuteOfDay(date, wallClock(o.closes))
    for (let start = Math.ceil(opens / step) * step; start + step <= closes; start += step) {
      const end = start + step
      const time = fromMinutes(start)
      const holder = busy.find((b) => b.start < end && b.end > start)
      if (holder) slots.push({ time, start, end, segment, state: 'busy', label: holder.label })
      else if (minutesBetween(now, `${date}T${time}`) < policy.minNoticeMinutes) slots.push({ time, start, end, segment, state: 'past' })
      else slots.push({ time, start, end, segment, state: 'free' })
    }
  })
  slots.forEach((s, i) => {
    const prev = slots[i - 1]
    if (s.state === 'busy') s.runStart = !(prev && prev.state === 'busy' && prev.label === s.label && prev.end === s.start)
  })
  const grid: DayGrid = { date, policy, slots, busy: busy.map(({ start, end }) => ({ start, end })), closed: day.opening.length === 0 }
  return markUnusableGaps(grid)
}

/** Whether slots from..to (inclusive indices) make a booking the API would accept. */
export function isValidRange(grid: DayGrid, from: number, to: number): boolean {
  const { slots, policy, busy } = grid
  const first = slots[from]
  const last = slots[to]
  if (!first || !last || to < from) return false
  for (let i = from; i <= to; i++) {
    const s = slots[i]!
    if (s.state === 'busy' || s.state === 'past' || s.segment !== first.segment) return false
    if (i > from && slots[i - 1]!.end !== s.start) return false
  }
  const minutes = last.end - first.start
  if (minutes < policy.minMinutes || minutes > policy.maxMinutes) return false
  // The API keeps bufferMinutes free after every booking, so ours must not run into the next one.
  const until = last.end + policy.bufferMinutes
  return !busy.some((b) => b.start < until && b.end > last.end)
}

/** The last indices a booking starting at `from` may end on, shortest first. */
export function validEnds(grid: DayGrid, from: number): number[] {
  const ends: number[] = []
  const maxSlots = Math.floor(grid.policy.maxMinutes / grid.policy.slotMinutes)
  for (let to = from; to < grid.slots.length && to < from + maxSlots; to++) if (isValidRange(grid, from, to)) ends.push(to)
  return ends
}

/** Free slots no allowed booking can cover (a gap shorter than minMinutes, or no room for the buffer) become 'gap'. */
function markUnusableGaps(grid: DayGrid): DayGrid {
  const usable = new Set<number>()
  grid.slots.forEach((s, from) => {
    if (s.state !== 'free') return
    for (const to of validEnds(grid, from)) for (let i = from; i <= to; i++) usable.add(i)
  })
  grid.slots.forEach((s, i) => {
    if (s.state === 'free' && !usable.has(i)) s.state = 'gap'
  })
  return grid
}

/** Counts for the day's summary and the date strip. */
export function daySummary(grid: DayGrid) {
  const count = (state: SlotState) => grid.slots.filter((s) => s.state === state).length
  return { free: count('free'), busy: count('busy'), total: grid.slots.length }
}
