import { describe, expect, it } from 'vitest'
import { isCalendarDate, isLocalDateTimeText, isOffsetDateTime, isYearMonth } from './formats'

describe('date formats', () => {
  it.each(['2026-02-30', '2026-04-31', '2025-02-29', '0000-01-01', '9999-12-31', '1999-12-31', '2026-13-01', '2026-00-10', '2026-1-01', ' 2026-01-01'])(
    'refuses the date %s', (value) => expect(isCalendarDate(value)).toBe(false))

  it.each(['2024-02-29', '2000-01-01', '2100-12-31', '2026-04-30', '2026-12-31'])('accepts the date %s', (value) =>
    expect(isCalendarDate(value)).toBe(true))

  it('checks local date-times the same way, and the clock', () => {
    expect(isLocalDateTimeText('2026-12-11T09:00')).toBe(true)
    expect(isLocalDateTimeText('2026-02-30T09:00')).toBe(false)
    expect(isLocalDateTimeText('2026-12-11T24:00')).toBe(false)
    expect(isLocalDateTimeText('2026-12-11T23:60')).toBe(false)
    expect(isLocalDateTimeText('2026-12-11T09:00:00')).toBe(false)
  })

  it('checks months', () => {
    expect(isYearMonth('2026-11')).toBe(true)
    expect(isYearMonth('0000-11')).toBe(false)
    expect(isYearMonth('2026-13')).toBe(false)
  })

  it('checks instants with an offset', () => {
    expect(isOffsetDateTime('2026-12-11T09:00:00+08:00')).toBe(true)
    expect(isOffsetDateTime('2026-12-11T01:00:00.123Z')).toBe(true)
    expect(isOffsetDateTime('2026-12-11T09:00+08:00')).toBe(false)
    expect(isOffsetDateTime('2026-02-30T09:00:00+08:00')).toBe(false)
    expect(isOffsetDateTime('9999-12-31T23:59:59Z')).toBe(false)
    expect(isOffsetDateTime('2026-12-11T09:00:00')).toBe(false)
    expect(isOffsetDateTime('2026-12-11T09:00:00+25:00')).toBe(false)
    expect(isOffsetDateTime('2026-12-11T09:00:61Z')).toBe(false)
  })
})
