import { describe, expect, it } from 'vitest'
import { buildDayGrid, daySummary, isValidRange } from './slot-grid'
import { newDay } from './test-days'

const EARLY = '2026-11-22T20:00' // the evening before: every slot on the 23rd is far enough ahead
const states = (grid: ReturnType<typeof buildDayGrid>) => grid.slots.map((s) => `${s.time} ${s.state}`)

describe('buildDayGrid', () => {
  it('lays the slot grid over the opening hours', () => {
    const grid = buildDayGrid(newDay({ opening: [['09:00', '11:00']] }), EARLY)
    expect(states(grid)).toEqual(['09:00 free', '09:30 free', '10:00 free', '10:30 free'])
    expect(grid.closed).toBe(false)
  })

  it('anchors the grid to midnight, as the API checks it, not to an odd opening time', () => {
    const grid = buildDayGrid(newDay({ opening: [['08:45', '10:10']] }), EARLY)
    expect(grid.slots.map((s) => s.time)).toEqual(['09:00', '09:30'])
  })

  it('keeps a lunch break out of the grid and numbers the segments', () => {
    const grid = buildDayGrid(newDay({ opening: [['09:00', '10:00'], ['14:00', '15:00']] }), EARLY)
    expect(grid.slots.map((s) => `${s.time}/${s.segment}`)).toEqual(['09:00/0', '09:30/0', '14:00/1', '14:30/1'])
  })

  it('marks busy slots, even when the busy time is off the grid, and labels each run once', () => {
    const grid = buildDayGrid(newDay({
      opening: [['09:00', '12:00']],
      busy: [['09:00', '10:15'], ['10:15', '11:00', '社区合唱团']],
    }), EARLY)
    expect(grid.slots.slice(0, 4).map((s) => [s.time, s.state, s.label, s.runStart])).toEqual([
      ['09:00', 'busy', undefined, true],
      ['09:30', 'busy', undefined, false],
      ['10:00', 'busy', undefined, false],
      ['10:30', 'busy', '社区合唱团', true],
    ])
  })

  it('keeps the server\'s Chinese word for an anonymous holder off the page: only named holders carry a label', () => {
    const day = newDay({ opening: [['09:00', '10:00']] })
    day.busy = [{ startsAt: day.opening[0]!.opens, endsAt: day.opening[0]!.closes, label: '已占用', named: false }]
    expect(buildDayGrid(day, EARLY).slots.map((s) => s.label)).toEqual([undefined, undefined])
  })

  it('closes slots that start within the notice period', () => {
    const grid = buildDayGrid(newDay({ policy: { minNoticeMinutes: 60 } }), '2026-11-23T09:40')
    expect(states(grid).slice(0, 4)).toEqual(['09:00 past', '09:30 past', '10:00 past', '10:30 past'])
    expect(grid.slots[4]!.state).toBe('free')
  })

  it('turns a gap too short for the shortest booking into "gap"', () => {
    const grid = buildDayGrid(newDay({
      opening: [['09:00', '12:00']],
      policy: { minMinutes: 60, bufferMinutes: 0 },
      busy: [['09:30', '10:00'], ['10:30', '12:00']],
    }), EARLY)
    expect(states(grid).slice(0, 3)).toEqual(['09:00 gap', '09:30 busy', '10:00 gap'])
  })

  it('keeps the cleaning buffer free before the next booking', () => {
    // 09:00-09:30 would need 09:30-09:45 free for cleaning, but someone starts at 09:30.
    const grid = buildDayGrid(newDay({ policy: { bufferMinutes: 15, minMinutes: 30 }, busy: [['09:30', '10:00']] }), EARLY)
    expect(grid.slots[0]!.state).toBe('gap')
    expect(grid.slots[2]!.state).toBe('free')
  })

  it('reports a closed day', () => {
    const grid = buildDayGrid(newDay({ opening: [] }), EARLY)
    expect(grid.closed).toBe(true)
    expect(grid.slots).toEqual([])
  })

  it('handles busy times that start the day before', () => {
    const grid = buildDayGrid(newDay({ busy: [['2026-11-22T22:00', '09:30']] }), EARLY)
    expect(grid.slots[0]!.state).toBe('busy')
    expect(grid.slots[1]!.state).toBe('free')
  })

  it('counts free and busy slots', () => {
    const grid = buildDayGrid(newDay({ busy: [['09:00', '10:00']], policy: { bufferMinutes: 0 } }), EARLY)
    expect(daySummary(grid)).toEqual({ free: 4, busy: 2, total: 6 })
  })
})

describe('isValidRange', () => {
  const grid = buildDayGrid(newDay({
    opening: [['09:00', '12:00'], ['14:00', '17:00']],
    policy: { minMinutes: 60, maxMinutes: 120, bufferMinutes: 0 },
    busy: [['11:00', '11:30']],
  }), EARLY)
  const at = (time: string) => grid.slots.findIndex((s) => s.time === time)

  it('accepts a booking between minMinutes and maxMinutes', () => {
    expect(isValidRange(grid, at('09:00'), at('09:30'))).toBe(true)
    expect(isValidRange(grid, at('09:00'), at('10:30'))).toBe(true)
  })

  it('refuses too short, too long, reversed, busy and across-a-break ranges', () => {
    expect(isValidRange(grid, at('09:00'), at('09:00'))).toBe(false)
    expect(isValidRange(grid, at('14:00'), at('16:00'))).toBe(false)
    expect(isValidRange(grid, at('10:00'), at('09:00'))).toBe(false)
    expect(isValidRange(grid, at('10:30'), at('11:30'))).toBe(false)
    expect(isValidRange(grid, at('11:30'), at('14:00'))).toBe(false)
  })
})
