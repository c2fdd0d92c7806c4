import { describe, expect, it } from 'vitest'
import { fitCount, pageCount, pageOf } from './paging'

describe('fitCount', () => {
  it('counts whole items with gaps between them, and never less than one', () => {
    expect(fitCount(20, 4, 1)).toBe(4) // 4 + 1 + 4 + 1 + 4 + 1 + 4 = 19
    expect(fitCount(24, 4, 1)).toBe(5)
    expect(fitCount(2, 4, 1)).toBe(1)
    expect(fitCount(0, 4)).toBe(1) // not measured yet
    expect(fitCount(3 * 3.4 + 2 * 0.45 - 0.005, 3.4, 0.45)).toBe(3) // sized for three, a pixel's rounding short
  })
})

describe('pageOf', () => {
  const items = [1, 2, 3, 4, 5]
  it('slices one page and wraps past the end', () => {
    expect(pageCount(items.length, 2)).toBe(3)
    expect(pageOf(items, 2, 0)).toEqual([1, 2])
    expect(pageOf(items, 2, 2)).toEqual([5])
    expect(pageOf(items, 2, 3)).toEqual([1, 2])
  })
})
