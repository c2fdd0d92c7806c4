import { describe, expect, it } from 'vitest'
import { changedFields } from './changed-fields'

describe('changedFields', () => {
  it('keeps only what differs, comparing arrays by value and undefined like null', () => {
    const prev = { name: '书吧', amenities: ['空调'], contactName: null, capacity: 20 }
    expect(changedFields({ name: '书吧', amenities: ['空调'], contactName: null, capacity: 30 }, prev)).toEqual({ capacity: 30 })
    expect(changedFields({ name: '书吧', amenities: ['空调', '白板'], contactName: '李娜', capacity: 20 }, prev))
      .toEqual({ amenities: ['空调', '白板'], contactName: '李娜' })
    expect(changedFields({ name: '书吧' }, { name: '书吧' })).toEqual({})
  })
})
