import { describe, expect, it } from 'vitest'
import { roomBadges, splitRooms } from './room-badges'

describe('roomBadges', () => {
  it('says in words who may book and whether approval is needed', () => {
    expect(roomBadges({ access: 'resident', requiresApproval: true }).map((b) => b.key)).toEqual(['m.room.access.resident', 'm.room.approval'])
    expect(roomBadges({ access: 'resident', requiresApproval: false }).map((b) => b.key)).toEqual(['m.room.access.resident', 'm.room.instant'])
    expect(roomBadges({ access: 'staff', requiresApproval: true }).map((b) => b.key)).toEqual(['m.room.access.staff'])
    expect(roomBadges({ access: 'open', requiresApproval: false }).map((b) => b.key)).toEqual(['m.room.access.open'])
  })
})

describe('splitRooms', () => {
  it('puts the rooms residents can book first', () => {
    const rooms = [{ id: 'a', access: 'open' as const }, { id: 'b', access: 'resident' as const }, { id: 'c', access: 'staff' as const }]
    const { bookable, others } = splitRooms(rooms)
    expect(bookable.map((r) => r.id)).toEqual(['b'])
    expect(others.map((r) => r.id)).toEqual(['a', 'c'])
  })
})
