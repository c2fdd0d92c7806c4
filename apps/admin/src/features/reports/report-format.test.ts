import { describe, expect, it } from 'vitest'
import { count, hours, percent, percentValue } from './report-format'

describe('report number formats', () => {
  it('writes shares as percentages without needless decimals', () => {
    expect(percent(0.9458)).toBe('94.6%')
    expect(percent(0.95)).toBe('95%')
    expect(percent(1)).toBe('100%')
    expect(percent(0)).toBe('0%')
    expect(percent(0.12345, 2)).toBe('12.35%')
  })

  it('shows a dash for a share that does not apply', () => {
    expect(percent(null)).toBe('—')
    expect(percent(undefined)).toBe('—')
    expect(percent(Number.NaN)).toBe('—')
  })

  it('groups thousands and keeps hours to one decimal', () => {
    expect(count(60000)).toBe('60,000')
    expect(count(810)).toBe('810')
    expect(hours(12.25)).toBe('12.3')
    expect(hours(12)).toBe('12')
    expect(hours(3699.04)).toBe('3,699')
    expect(hours(0.04)).toBe('0')
    expect(hours(null)).toBe('—')
  })

  it('gives charts percentages as numbers, none as zero', () => {
    expect(percentValue(0.9458)).toBe(94.6)
    expect(percentValue(null)).toBe(0)
  })
})
