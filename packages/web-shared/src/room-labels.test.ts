import { describe, expect, it } from 'vitest'
import { floorMessage } from './room-labels'

describe('floorMessage', () => {
  it('names upper floors, basements and the ground floor', () => {
    expect(floorMessage(3)).toEqual({ key: 'room.floor', n: 3 })
    expect(floorMessage(-1)).toEqual({ key: 'room.basement', n: 1 })
    expect(floorMessage(0)).toEqual({ key: 'room.ground', n: 0 })
  })
})
