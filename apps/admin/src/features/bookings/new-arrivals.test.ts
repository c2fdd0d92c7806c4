import { describe, expect, it } from 'vitest'
import { newArrivals } from './new-arrivals'

describe('the next approver is told of requests reaching their step', () => {
  it('announces nothing on the first read, when the list is what already waited', () => {
    expect(newArrivals(undefined, ['a', 'b'])).toEqual([])
  })

  it('announces the requests that were not there before, and none that were decided meanwhile', () => {
    expect(newArrivals(new Set(['a', 'b']), ['b', 'c', 'd'])).toEqual(['c', 'd'])
    expect(newArrivals(new Set(['a', 'b']), ['a'])).toEqual([])
  })
})
