import { describe, expect, it } from 'vitest'
import { roomStateAt, slotsOf, slotsOfDay } from './slots'
import { at, newBooking, newItem as item } from './test-schedule'

describe('slotsOf', () => {
  it('merges activities and bookings in starting order, bookings under their public label only', () => {
    const slots = slotsOf({
      items: [item('棋艺交流', '09:00', '11:30')],
      occupied: [newBooking('08:00', '09:00')],
    })
    expect(slots.map((s) => [s.kind, s.title])).toEqual([['booking', '已占用'], ['activity', '棋艺交流']])
  })

  it('keeps the slots of a day and anything still running into it', () => {
    const slots = slotsOf({
      items: [item('跨夜', '2026-11-21T22:00', '2026-11-22T01:00'), item('今天', '09:00', '10:00')],
      occupied: [],
    })
    expect(slotsOfDay(slots, '2026-11-22', at('00:30')).map((s) => s.title)).toEqual(['跨夜', '今天'])
    expect(slotsOfDay(slots, '2026-11-22', at('02:00')).map((s) => s.title)).toEqual(['今天'])
  })
})

describe('roomStateAt', () => {
  const slots = slotsOf({
    items: [
      item('A', '09:00', '10:00'), item('B', '10:00', '11:00'), item('C', '14:00', '15:00'),
      item('取消了', '12:00', '13:00', { status: 'cancelled' }),
    ],
    occupied: [],
  })

  it('is free with the next slot before anything starts', () => {
    expect(roomStateAt(slots, at('08:00'))).toEqual({ next: slots[0] })
  })

  it('is busy until the end of back-to-back slots, with the next one after now', () => {
    const state = roomStateAt(slots, at('09:30'))
    expect(state.current?.title).toBe('A')
    expect(state.busyUntil).toBe('2026-11-22T11:00:00+08:00')
    expect(state.next?.title).toBe('B')
  })

  it('ignores cancelled slots and is empty after the last one', () => {
    const noon = roomStateAt(slots, at('12:30'))
    expect(noon.current).toBeUndefined()
    expect(noon.next?.title).toBe('C')
    expect(roomStateAt(slots, at('15:00'))).toEqual({})
  })
})
