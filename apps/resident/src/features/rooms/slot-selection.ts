import { fromMinutes } from '../../shared/local-time'
import { type DayGrid, isValidRange, validEnds } from './slot-grid'

/** A chosen booking: slot indices, both inclusive. */
export interface SlotRange {
  from: number
  to: number
}

/**
 * Starting at a slot: the shortest booking allowed from there. A slot that can only close a
 * booking (the last one before a busy block when minMinutes is longer than a slot) instead gets
 * the shortest booking that ends on it, so every free slot answers a tap with something sensible.
 */
export function startAt(grid: DayGrid, i: number): SlotRange | null {
  const ends = validEnds(grid, i)
  if (ends[0] !== undefined) return { from: i, to: ends[0] }
  for (let from = i - 1; from >= 0; from--) if (isValidRange(grid, from, i)) return { from, to: i }
  return null
}

/**
 * The "tap a start, then tap an end" gesture: tapping the start again clears; tapping a later slot
 * that makes a valid booking with the current start moves the end there (longer or shorter);
 * any other tap starts afresh.
 */
export function tapSlot(grid: DayGrid, current: SlotRange | null, i: number): SlotRange | null {
  if (current && i === current.from) return null
  if (current && i > current.from && isValidRange(grid, current.from, i)) return { from: current.from, to: i }
  return startAt(grid, i)
}

/** Lengthens or shortens by whole slots, keeping the start; unchanged when that breaks a rule. */
export function resize(grid: DayGrid, current: SlotRange, deltaSlots: number): SlotRange {
  const to = current.to + deltaSlots
  return isValidRange(grid, current.from, to) ? { from: current.from, to } : current
}

export const canResize = (grid: DayGrid, current: SlotRange, deltaSlots: number) =>
  isValidRange(grid, current.from, current.to + deltaSlots)

/** After the day was re-read, a kept selection must still be bookable, or it is dropped. */
export function revalidate(grid: DayGrid, current: SlotRange | null): SlotRange | null {
  return current && isValidRange(grid, current.from, current.to) ? current : null
}

/** The selection as local 'HH:mm' times, end exclusive, and its length. */
export function rangeTimes(grid: DayGrid, range: SlotRange) {
  const first = grid.slots[range.from]!
  const last = grid.slots[range.to]!
  return { starts: fromMinutes(first.start), ends: fromMinutes(last.end), minutes: last.end - first.start }
}

/** Finds the indices of a stored 'HH:mm'–'HH:mm' selection in a freshly built grid. */
export function findRange(grid: DayGrid, starts: string, ends: string): SlotRange | null {
  const from = grid.slots.findIndex((s) => s.time === starts)
  const to = grid.slots.findIndex((s) => fromMinutes(s.end) === ends)
  return from >= 0 && to >= from ? revalidate(grid, { from, to }) : null
}
