import { describe, expect, it } from 'vitest'
import type { Room } from '@linli/contracts'
import { toRoomBody, toRoomForm } from './room-form'

const room: Room = {
  id: 'r1', centerId: 'c1', name: '多功能厅', kind: 'multi_function', capacity: 200, floor: 1,
  amenities: ['投影仪', '音响'], access: 'resident', requiresApproval: true, description: '可举办讲座',
  active: true, hours: { weekly: null, exceptions: [] }, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
}

describe('room form mapping', () => {
  it('starts a new room empty, bookable by residents with approval', () => {
    expect(toRoomForm()).toMatchObject({ name: '', kind: '', capacity: '', access: 'resident', requiresApproval: true, active: true })
  })

  it('copies amenities so editing the form leaves the list row alone', () => {
    const form = toRoomForm(room)
    form.amenities.push('白板')
    expect(room.amenities).toEqual(['投影仪', '音响'])
  })

  it('trims text, drops blank and duplicate amenities and sends numbers', () => {
    const form = { ...toRoomForm(room), name: ' 多功能厅 ', amenities: ['投影仪', ' 投影仪 ', ' ', '白板'] }
    form.capacity = '120' as unknown as number
    expect(toRoomBody(form)).toEqual({
      name: '多功能厅', kind: 'multi_function', capacity: 120, floor: 1, access: 'resident',
      requiresApproval: true, amenities: ['投影仪', '白板'], description: '可举办讲座', active: true,
    })
  })
})
