import { describe, expect, it } from 'vitest'
import type { Room } from '@linli/contracts'
import { chooseGrid, lobbyRooms, pageOf } from './room-grid'

// Room areas in rem as measured at 32px per rem: 1920x1080 and 1080x1920 minus header, footer, padding.
const landscape = { width: 58, height: 24.9 }
const portrait = { width: 31.75, height: 51.2 }
const laptop = { width: 40.7, height: 16.5 } // 1366x768

describe('chooseGrid', () => {
  it('fits a typical center of 8-12 rooms on one landscape page, four across', () => {
    expect(chooseGrid(8, landscape)).toEqual({ columns: 4, rows: 2, perPage: 8, pages: 1 })
    expect(chooseGrid(10, landscape)).toEqual({ columns: 4, rows: 3, perPage: 12, pages: 1 })
    expect(chooseGrid(12, landscape)).toEqual({ columns: 4, rows: 3, perPage: 12, pages: 1 })
  })

  it('reflows to two columns in portrait', () => {
    expect(chooseGrid(10, portrait)).toEqual({ columns: 2, rows: 5, perPage: 10, pages: 1 })
    expect(chooseGrid(12, portrait)).toEqual({ columns: 2, rows: 6, perPage: 12, pages: 1 })
  })

  it('pages in equal halves rather than a full page and a remainder', () => {
    expect(chooseGrid(14, portrait)).toEqual({ columns: 2, rows: 4, perPage: 8, pages: 2 })
    expect(chooseGrid(12, laptop)).toEqual({ columns: 3, rows: 2, perPage: 6, pages: 2 })
  })

  it('spreads a few rooms over balanced rows instead of one long row', () => {
    expect(chooseGrid(6, landscape)).toMatchObject({ columns: 3, rows: 2 })
    expect(chooseGrid(3, landscape)).toMatchObject({ columns: 3, rows: 1 })
    expect(chooseGrid(1, portrait)).toMatchObject({ columns: 1, rows: 1, pages: 1 })
  })

  it('pages when there are more rooms than fit', () => {
    expect(chooseGrid(25, landscape)).toEqual({ columns: 3, rows: 3, perPage: 9, pages: 3 })
  })

  it('has no pages without rooms, and one card per page before the area is measured', () => {
    expect(chooseGrid(0, landscape).pages).toBe(0)
    expect(chooseGrid(4, { width: 0, height: 0 })).toEqual({ columns: 1, rows: 1, perPage: 1, pages: 4 })
  })
})

describe('pageOf', () => {
  const items = [1, 2, 3, 4, 5]
  it('slices one page and wraps past the end', () => {
    expect(pageOf(items, 2, 0)).toEqual([1, 2])
    expect(pageOf(items, 2, 2)).toEqual([5])
    expect(pageOf(items, 2, 3)).toEqual([1, 2])
  })
})

describe('lobbyRooms', () => {
  const room = (name: string, floor: number, active = true) => ({ name, floor, active }) as Room

  it('drops inactive rooms and orders by floor, then name', () => {
    const rooms = [room('书吧', 2), room('健身室', 1), room('停用室', 1, false), room('儿童乐园', 1), room('档案室', -1)]
    expect(lobbyRooms(rooms).map((r) => r.name)).toEqual(['档案室', '儿童乐园', '健身室', '书吧'])
  })
})
