import { describe, expect, it } from 'vitest'
import { DEFAULT_BOOKING_POLICY, type RoomAvailability } from '@linli/contracts'
import { dayView, endOptions, overlapsBusy, placeOn, startOptions } from './availability'

const item: RoomAvailability = {
  roomId: 'r1', date: '2026-11-24', timeZone: 'Asia/Shanghai', policy: DEFAULT_BOOKING_POLICY,
  opening: [{ opens: '2026-11-24T09:00:00+08:00', closes: '2026-11-24T12:00:00+08:00' }, { opens: '2026-11-24T14:00:00+08:00', closes: '2026-11-24T17:00:00+08:00' }],
  busy: [
    { startsAt: '2026-11-24T06:00:00Z', endsAt: '2026-11-24T08:15:00Z', label: '已占用', named: false },
    { startsAt: '2026-11-23T22:00:00+08:00', endsAt: '2026-11-24T08:00:00+08:00', label: '夕阳红合唱团', named: true },
  ],
}

describe('room availability on the center clock', () => {
  it('reads opening and busy blocks in the center zone, clipped to the day', () => {
    expect(dayView(item)).toEqual({
      opening: [{ from: '09:00', to: '12:00' }, { from: '14:00', to: '17:00' }],
      busy: [{ from: '14:00', to: '16:15', label: '已占用' }, { from: '00:00', to: '08:00', label: '夕阳红合唱团' }],
    })
  })

  it('offers starts and ends on the slot grid within opening hours and duration limits', () => {
    const { opening } = dayView(item)
    const policy = { slotMinutes: 60, minMinutes: 60, maxMinutes: 120 }
    expect(startOptions(opening, policy)).toEqual(['09:00', '10:00', '11:00', '14:00', '15:00', '16:00'])
    expect(endOptions('10:00', opening, policy)).toEqual(['11:00', '12:00'])
    expect(endOptions('14:00', opening, { ...policy, slotMinutes: 30 })).toEqual(['15:00', '15:30', '16:00'])
    expect(endOptions('12:30', opening, policy)).toEqual([])
  })

  it('sees an overlap with a busy block and places blocks on a timeline', () => {
    const busy = dayView(item).busy
    expect(overlapsBusy({ from: '16:00', to: '17:00' }, busy)).toBe(true)
    expect(overlapsBusy({ from: '16:15', to: '17:00' }, busy)).toBe(false)
    expect(placeOn({ from: '10:00', to: '12:00' }, '08:00', '16:00')).toEqual({ left: '25%', width: '25%' })
  })
})
