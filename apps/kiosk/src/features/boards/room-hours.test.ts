import { describe, expect, it } from 'vitest'
import type { ScreenBoard } from '@linli/contracts'
import { ownRoomHoursText, roomHoursText } from './room-hours'

const board = (roomHours: ScreenBoard['roomHours']): ScreenBoard => ({ announcements: [], emergency: null, roomHours })

describe('roomHoursText', () => {
  const b = board([
    { roomId: 'gym', date: '2026-12-07', source: 'room', intervals: [{ opens: '06:00', closes: '12:00' }, { opens: '14:00', closes: '21:00' }] },
    { roomId: 'hall', date: '2026-12-07', source: 'exception', intervals: [] },
  ])

  it("gives a room's hours today, or that it is closed", () => {
    expect(roomHoursText(b, 'gym', '2026-12-07')).toEqual({ closed: false, text: '06:00–12:00 14:00–21:00' })
    expect(roomHoursText(b, 'hall', '2026-12-07')).toEqual({ closed: true })
  })

  it('says nothing for another day, an unknown room or a board from before room hours', () => {
    expect(roomHoursText(b, 'gym', '2026-12-08')).toBeUndefined()
    expect(roomHoursText(b, 'nope', '2026-12-07')).toBeUndefined()
    expect(roomHoursText(board(undefined), 'gym', '2026-12-07')).toBeUndefined()
  })

  it("puts on a lobby card only the hours a room keeps apart from the center's", () => {
    const mixed = board([
      { roomId: 'gym', date: '2026-12-07', source: 'room', intervals: [{ opens: '06:00', closes: '21:00' }] },
      { roomId: 'chess', date: '2026-12-07', source: 'center', intervals: [{ opens: '08:30', closes: '21:00' }] },
    ])
    expect(ownRoomHoursText(mixed, 'gym', '2026-12-07')).toEqual({ closed: false, text: '06:00–21:00' })
    expect(ownRoomHoursText(mixed, 'chess', '2026-12-07')).toBeUndefined()
  })
})
