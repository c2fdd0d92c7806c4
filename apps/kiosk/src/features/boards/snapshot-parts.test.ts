import { describe, expect, it } from 'vitest'
import { ALL_PARTS, partsFor } from './snapshot-parts'

describe('partsFor', () => {
  it('re-reads everything after a (re)connect and only what a push names otherwise', () => {
    expect(partsFor('connect')).toEqual(ALL_PARTS)
    expect(partsFor('schedule')).toEqual(['schedule'])
    expect(partsFor('emergency')).toEqual(['board'])
    expect(partsFor('announcements')).toEqual(['board'])
    expect(partsFor('rooms')).toEqual(['rooms', 'schedule'])
    expect(partsFor('center')).toEqual(['center', 'schedule'])
  })
})
