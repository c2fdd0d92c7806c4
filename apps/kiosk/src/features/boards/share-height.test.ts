import { describe, expect, it } from 'vitest'
import { type PanelRows, shareHeight } from './share-height'

const panel = (rows: number, row = 3, chrome = 2, gap = 0.5): PanelRows => ({ chrome, row, gap, rows })

describe('shareHeight', () => {
  it('gives every panel what it needs when everything fits, and says how much is spare', () => {
    const { heights, spare } = shareHeight(30, [panel(2), panel(1)], 1)
    expect(heights).toEqual([2 + 3 + 0.5 + 3, 2 + 3])
    expect(spare).toBeCloseTo(30 - 13.5 - 1)
  })

  it('hands out whole rows in turn, the first panel first, so none ends in half a row of blank', () => {
    // 3 rows of rooms, 3 of activities, 6 codes: room for seven rows in all.
    const { heights, spare } = shareHeight(2 * 3 + 7 * 3 + 4 * 0.5 + 2, [panel(3), panel(3), panel(6)], 1)
    const rows = heights.map((h) => (h - 2 + 0.5) / 3.5)
    expect(rows).toEqual([3, 2, 2])
    expect(spare).toBeCloseTo(0)
  })

  it('lets a panel with smaller rows take what is too little for the others', () => {
    const { heights } = shareHeight(2 * 2 + 5 + 2 + 1 + 2.5, [panel(2, 5), panel(3, 2)], 1)
    expect(heights).toEqual([2 + 5, 2 + 2 + 0.5 + 2])
  })

  it('leaves the last panels out when not even one row of each fits, never the first', () => {
    expect(shareHeight(11, [panel(4), panel(0)], 1).heights).toEqual([5, 5])
    expect(shareHeight(10, [panel(4), panel(1), panel(2)], 1)).toEqual({ heights: [8.5], spare: 1.5 })
    expect(shareHeight(3, [panel(4), panel(1)], 1).heights).toEqual([5])
  })
})
