import { describe, expect, it } from 'vitest'
import { defaultRange, matchingPreset, monthRange, parseRange, presetRange, previousMonth, tooLong } from './report-range'

describe('report periods', () => {
  it('has the quick ranges 本月, 上月, 本季度 and 今年, the open ones ending today', () => {
    const today = '2026-11-22'
    expect(presetRange('thisMonth', today)).toEqual(['2026-11-01', '2026-11-22'])
    expect(presetRange('lastMonth', today)).toEqual(['2026-10-01', '2026-10-31'])
    expect(presetRange('thisQuarter', today)).toEqual(['2026-10-01', '2026-11-22'])
    expect(presetRange('thisYear', today)).toEqual(['2026-01-01', '2026-11-22'])
  })

  it('finds last month across a new year and in a leap February', () => {
    expect(presetRange('lastMonth', '2027-01-05')).toEqual(['2026-12-01', '2026-12-31'])
    expect(presetRange('lastMonth', '2028-03-31')).toEqual(['2028-02-01', '2028-02-29'])
    expect(presetRange('thisQuarter', '2027-01-05')).toEqual(['2027-01-01', '2027-01-05'])
    expect(previousMonth('2026-01-15')).toBe('2025-12')
  })

  it('tells which quick range a period is, if any', () => {
    expect(matchingPreset(['2026-10-01', '2026-10-31'], '2026-11-22')).toBe('lastMonth')
    expect(matchingPreset(['2026-10-01', '2026-11-22'], '2026-11-22')).toBe('thisQuarter')
    expect(matchingPreset(['2026-10-02', '2026-10-31'], '2026-11-22')).toBeUndefined()
    // On the first of a quarter's first month, 本月 and 本季度 are the same days: the first wins.
    expect(matchingPreset(['2026-10-01', '2026-10-01'], '2026-10-01')).toBe('thisMonth')
  })

  it('starts with this month so far in the center’s time zone', () => {
    // 17:00 UTC on 31 October is already 1 November in Shanghai.
    expect(defaultRange('Asia/Shanghai', new Date('2026-10-31T17:00:00Z'))).toEqual(['2026-11-01', '2026-11-01'])
    expect(defaultRange('Europe/London', new Date('2026-10-31T17:00:00Z'))).toEqual(['2026-10-01', '2026-10-31'])
  })

  it('reads months and periods from the URL, refusing anything else', () => {
    expect(monthRange('2026-02')).toEqual(['2026-02-01', '2026-02-28'])
    expect(monthRange('2026-13')).toBeUndefined()
    expect(monthRange('2026-1')).toBeUndefined()
    expect(parseRange('2026-10-01', '2026-10-31')).toEqual(['2026-10-01', '2026-10-31'])
    expect(parseRange('2026-10-31', '2026-10-01')).toBeUndefined()
    expect(parseRange(['2026-10-01'], '2026-10-31')).toBeUndefined()
    expect(parseRange('yesterday', '2026-10-31')).toBeUndefined()
  })

  it('refuses periods longer than the API’s two years', () => {
    // 731 days, both ends counted, is the most.
    expect(tooLong(['2025-01-01', '2027-01-01'])).toBe(false)
    expect(tooLong(['2025-01-01', '2027-01-02'])).toBe(true)
  })
})
