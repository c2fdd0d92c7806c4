import { describe, expect, it } from 'vitest'
import { buildDayGrid } from './slot-grid'
import { canResize, findRange, rangeTimes, resize, revalidate, startAt, tapSlot } from './slot-selection'
import { newDay } from './test-days'

const EARLY = '2026-11-22T20:00'
// 09:00-13:00 on a 30-minute grid; 11:00-11:30 is taken; bookings of 60 to 90 minutes, no buffer.
const grid = buildDayGrid(newDay({
  opening: [['09:00', '13:00']],
  policy: { minMinutes: 60, maxMinutes: 90, bufferMinutes: 0 },
  busy: [['11:00', '11:30']],
}), EARLY)
const at = (time: string) => grid.slots.findIndex((s) => s.time === time)
const times = (r: ReturnType<typeof tapSlot>) => (r ? `${grid.slots[r.from]!.time}-${rangeTimes(grid, r).ends}` : null)

describe('tapSlot', () => {
  it('starts with the shortest booking allowed', () => {
    expect(times(tapSlot(grid, null, at('09:00')))).toBe('09:00-10:00')
  })

  it('moves the end to a later tapped slot, and back', () => {
    const first = tapSlot(grid, null, at('09:00'))
    const longer = tapSlot(grid, first, at('10:00'))
    expect(times(longer)).toBe('09:00-10:30')
    expect(times(tapSlot(grid, longer, at('09:30')))).toBe('09:00-10:00')
  })

  it('starts afresh when the tapped end would break a rule', () => {
    const first = tapSlot(grid, null, at('09:00'))
    // 09:00-11:00 is longer than 90 minutes, so 10:30 becomes a new start… which can only close a booking.
    expect(times(tapSlot(grid, first, at('10:30')))).toBe('10:00-11:00')
  })

  it('clears when the start is tapped again', () => {
    const first = tapSlot(grid, null, at('09:00'))
    expect(tapSlot(grid, first, at('09:00'))).toBeNull()
  })

  it('ignores busy and past slots', () => {
    expect(tapSlot(grid, null, at('11:00'))).toBeNull()
    const late = buildDayGrid(newDay({ opening: [['09:00', '13:00']] }), '2026-11-23T10:50')
    expect(startAt(late, 0)).toBeNull()
  })
})

describe('resize', () => {
  const first = { from: at('09:00'), to: at('09:30') }

  it('lengthens and shortens within minMinutes and maxMinutes', () => {
    expect(times(resize(grid, first, 1))).toBe('09:00-10:30')
    expect(canResize(grid, first, -1)).toBe(false)
    expect(resize(grid, first, -1)).toBe(first)
    expect(canResize(grid, { from: at('09:00'), to: at('10:00') }, 1)).toBe(false)
  })

  it('does not grow into a busy slot', () => {
    expect(canResize(grid, { from: at('10:00'), to: at('10:30') }, 1)).toBe(false)
  })
})

describe('keeping a selection across re-reads', () => {
  it('finds a stored selection again and drops one that was taken meanwhile', () => {
    expect(times(findRange(grid, '09:30', '10:30'))).toBe('09:30-10:30')
    expect(findRange(grid, '10:30', '11:30')).toBeNull()
    const taken = buildDayGrid(newDay({ opening: [['09:00', '13:00']], busy: [['09:00', '10:00']] }), EARLY)
    expect(revalidate(taken, { from: 0, to: 1 })).toBeNull()
  })

  it('reports local times and length', () => {
    expect(rangeTimes(grid, { from: at('12:00'), to: at('12:30') })).toEqual({ starts: '12:00', ends: '13:00', minutes: 60 })
  })
})
