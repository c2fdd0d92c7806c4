import { describe, expect, it } from 'vitest'
import { rangeTitle, shiftDate, visibleRange } from './calendar-range'

describe('visibleRange', () => {
  it('covers one day in the day view', () => {
    expect(visibleRange('day', '2026-12-11')).toEqual({ from: '2026-12-11', to: '2026-12-11' })
  })

  it('runs Monday to Sunday in the week view, also across a year end', () => {
    expect(visibleRange('week', '2026-12-11')).toEqual({ from: '2026-12-07', to: '2026-12-13' })
    expect(visibleRange('week', '2026-12-13')).toEqual({ from: '2026-12-07', to: '2026-12-13' })
    expect(visibleRange('week', '2027-01-01')).toEqual({ from: '2026-12-28', to: '2027-01-03' })
  })

  it('covers the six-week grid of the month view', () => {
    // December 2026 starts on a Tuesday.
    expect(visibleRange('month', '2026-12-25')).toEqual({ from: '2026-11-30', to: '2027-01-10' })
    // February 2027 starts on a Monday.
    expect(visibleRange('month', '2027-02-14')).toEqual({ from: '2027-02-01', to: '2027-03-14' })
  })
})

describe('shiftDate', () => {
  it('moves by a day, a week or to the first of the next month', () => {
    expect(shiftDate('day', '2026-12-31', 1)).toBe('2027-01-01')
    expect(shiftDate('week', '2026-12-11', -1)).toBe('2026-12-04')
    expect(shiftDate('month', '2026-01-31', 1)).toBe('2026-02-01')
    expect(shiftDate('month', '2026-01-15', -1)).toBe('2025-12-01')
  })
})

describe('rangeTitle', () => {
  it('names the range in the UI language', () => {
    expect(rangeTitle('month', '2026-12-11', 'zh-CN')).toBe('2026年12月')
    expect(rangeTitle('week', '2026-12-11', 'zh-CN')).toBe('2026年12月7日 – 13日')
    expect(rangeTitle('week', '2027-01-01', 'zh-CN')).toBe('2026年12月28日 – 2027年1月3日')
    // ICU puts thin spaces around the dash.
    expect(rangeTitle('week', '2026-12-11', 'en')).toMatch(/^Dec 7\s–\s13, 2026$/)
    expect(rangeTitle('day', '2026-12-11', 'zh-CN')).toBe('2026年12月11日星期五')
  })
})
