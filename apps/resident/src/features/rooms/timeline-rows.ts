import { fromMinutes } from '../../shared/local-time'
import type { DayGrid, Slot } from './slot-grid'
import type { SlotRange } from './slot-selection'

export type RowLook = 'free' | 'busy' | 'past' | 'gap' | 'selected'

export interface TimelineRow {
  slot: Slot
  index: number
  look: RowLook
  /** Same look as the row above and drawn as one block with it; only a block's first row has text. */
  joined: boolean
  /** A break in opening hours just before this row ('12:00–14:00'). */
  breakBefore?: string
}

/** How each slot is drawn: blocks of busy, past or selected time are merged; free slots stay separate taps. */
export function timelineRows(grid: DayGrid, range: SlotRange | null): TimelineRow[] {
  const rows: TimelineRow[] = []
  grid.slots.forEach((slot, index) => {
    const look: RowLook = range && index >= range.from && index <= range.to ? 'selected' : slot.state
    const prev = rows[index - 1]
    const contiguous = prev !== undefined && prev.slot.end === slot.start && prev.slot.segment === slot.segment
    const sameBlock = look === 'busy' ? !slot.runStart : look !== 'free'
    const joined = contiguous && prev.look === look && sameBlock
    const breakBefore = prev && !contiguous ? `${fromMinutes(prev.slot.end)}–${slot.time}` : undefined
    rows.push({ slot, index, look, joined, ...(breakBefore ? { breakBefore } : {}) })
  })
  return rows
}
