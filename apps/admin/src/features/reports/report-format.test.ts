import { describe, expect, it } from 'vitest'
import { count, hours, percent, percentValue, roundFigure } from './report-format'

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

describe('one rounding rule for chart, table and print', () => {
  it('rounds half up on the figure as written, where toFixed and ×1000 disagree (书吧 0.0265 = 2.65 %)', () => {
    // Before: the table said 2.6 % (toFixed on the float 2.6499…) and the chart 2.7 % (Math.round of 26.5).
    expect(percent(0.0265)).toBe('2.7%')
    expect(percentValue(0.0265)).toBe(2.7)
    expect(`${percentValue(0.0265)}%`).toBe(percent(0.0265))
    expect(percent(0.0005)).toBe('0.1%')
    expect(hours(1.005)).toBe('1')
    expect(hours(0.05)).toBe('0.1')
    expect(roundFigure(2.675, 2)).toBe(2.68)
    expect(roundFigure(-2.65, 1)).toBe(-2.7)
    expect(roundFigure(1e-7, 1, 2)).toBe(0)
  })

  it('gives the chart value and the table text of every share from 0 to 100 % in 0.01 % steps the same figure', () => {
    for (let i = 0; i <= 10_000; i++) {
      const share = i / 10_000
      expect(`${percentValue(share)}%`, String(share)).toBe(percent(share))
      expect(percentValue(share), String(share)).toBe(Number(percent(share).slice(0, -1)))
    }
  })
})
