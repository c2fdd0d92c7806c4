import { describe, expect, it } from 'vitest'
import { buildDayGrid } from './slot-grid'
import { newDay } from './test-days'
import { timelineRows } from './timeline-rows'

const grid = buildDayGrid(newDay({
  opening: [['09:00', '11:00'], ['14:00', '15:00']],
  busy: [['09:00', '10:00', '合唱团'], ['14:00', '14:30']],
  policy: { bufferMinutes: 0 },
}), '2026-11-22T20:00')

describe('timelineRows', () => {
  it('merges a busy run into one block and keeps free slots apart', () => {
    const rows = timelineRows(grid, null)
    expect(rows.map((r) => `${r.slot.time} ${r.look}${r.joined ? '+' : ''}`)).toEqual([
      '09:00 busy', '09:30 busy+', '10:00 free', '10:30 free', '14:00 busy', '14:30 free',
    ])
  })

  it('marks the selection as one block and the lunch break before the afternoon', () => {
    const rows = timelineRows(grid, { from: 2, to: 3 })
    expect(rows.slice(2, 4).map((r) => `${r.look}${r.joined ? '+' : ''}`)).toEqual(['selected', 'selected+'])
    expect(rows[4]!.breakBefore).toBe('11:00–14:00')
  })
})
