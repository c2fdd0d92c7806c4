import { type ComputedRef, computed, watch } from 'vue'
import type { BookingDraft } from './booking-draft'
import type { DayGrid } from './slot-grid'
import { type SlotRange, canResize, findRange, rangeTimes, resize, tapSlot } from './slot-selection'

/**
 * The chosen time lives in the draft as 'HH:mm' times (so it survives a re-read of the day, which
 * rebuilds the grid); the indices are derived from the current grid. A selection that became
 * unbookable (someone took it, the notice period passed) is dropped.
 */
export function useSlotSelection(draft: BookingDraft, grid: ComputedRef<DayGrid | undefined>) {
  const range = computed<SlotRange | null>(() =>
    grid.value && draft.starts && draft.ends ? findRange(grid.value, draft.starts, draft.ends) : null)

  watch(grid, (g) => {
    if (g && draft.starts && !range.value) set(null)
  })

  function set(next: SlotRange | null) {
    const times = next && grid.value ? rangeTimes(grid.value, next) : null
    draft.starts = times?.starts ?? ''
    draft.ends = times?.ends ?? ''
  }

  const tap = (index: number) => grid.value && set(tapSlot(grid.value, range.value, index))
  const grow = (delta: number) => grid.value && range.value && set(resize(grid.value, range.value, delta))
  const can = (delta: number) => Boolean(grid.value && range.value && canResize(grid.value, range.value, delta))
  const minutes = computed(() => (grid.value && range.value ? rangeTimes(grid.value, range.value).minutes : 0))

  return { range, minutes, tap, grow, can, clear: () => set(null) }
}
