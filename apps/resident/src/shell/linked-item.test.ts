import { describe, expect, it } from 'vitest'
import { queryId, tabOf } from './linked-item'

describe('tabOf', () => {
  const groups = { upcoming: [{ id: 'a' }], past: [{ id: 'b' }] }

  it('finds the tab the linked item is on', () => {
    expect(tabOf(groups, 'a')).toBe('upcoming')
    expect(tabOf(groups, 'b')).toBe('past')
  })

  it('says when the item is not on the list at all', () => {
    expect(tabOf(groups, 'c')).toBeUndefined()
  })
})

describe('queryId', () => {
  it('takes one non-empty value of a query parameter', () => {
    expect(queryId('x1')).toBe('x1')
    expect(queryId(['x1', 'x2'])).toBe('x1')
    expect(queryId('')).toBeUndefined()
    expect(queryId(null)).toBeUndefined()
    expect(queryId(undefined)).toBeUndefined()
  })
})
