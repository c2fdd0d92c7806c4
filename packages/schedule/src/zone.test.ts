import { describe, expect, it } from 'vitest'
import { existsLocally, formatOffset, instantToLocal, localDateOf, localToInstant } from './zone'

const iso = (local: string, zone: string) => localToInstant(local, zone).toISOString()

describe('localToInstant', () => {
  it('converts ordinary wall clocks', () => {
    expect(iso('2026-12-11T09:00', 'Asia/Shanghai')).toBe('2026-12-11T01:00:00.000Z')
    expect(iso('2026-07-01T09:00', 'Asia/Shanghai')).toBe('2026-07-01T01:00:00.000Z')
    expect(iso('2026-07-01T09:00', 'America/New_York')).toBe('2026-07-01T13:00:00.000Z')
    expect(iso('2026-12-01T09:00', 'America/New_York')).toBe('2026-12-01T14:00:00.000Z')
    expect(iso('2026-12-01T09:00', 'UTC')).toBe('2026-12-01T09:00:00.000Z')
  })

  it('moves a time in the spring-forward gap forward by the gap (America/New_York, 2026-03-08)', () => {
    expect(iso('2026-03-08T01:59', 'America/New_York')).toBe('2026-03-08T06:59:00.000Z') // EST
    // 02:30 does not exist; read with the offset before the gap (EST) it is 03:30 EDT.
    expect(iso('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z')
    expect(instantToLocal(localToInstant('2026-03-08T02:30', 'America/New_York'), 'America/New_York')).toBe('2026-03-08T03:30')
    expect(iso('2026-03-08T02:00', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z')
    expect(iso('2026-03-08T03:00', 'America/New_York')).toBe('2026-03-08T07:00:00.000Z') // EDT
  })

  it('tells a wall clock in the spring-forward gap from one that exists, the repeated hour included', () => {
    const ny = (local: string) => existsLocally(local, 'America/New_York')
    expect([ny('2027-03-14T01:59'), ny('2027-03-14T02:00'), ny('2027-03-14T02:30'), ny('2027-03-14T02:59'), ny('2027-03-14T03:00')])
      .toEqual([true, false, false, false, true])
    expect(ny('2026-11-01T01:30')).toBe(true)
    expect(existsLocally('2026-03-29T01:30', 'Europe/London')).toBe(false)
    expect(existsLocally('2027-03-14T02:30', 'Asia/Shanghai')).toBe(true)
  })

  it('takes the first of the repeated hour when clocks fall back (America/New_York, 2026-11-01)', () => {
    expect(iso('2026-11-01T00:59', 'America/New_York')).toBe('2026-11-01T04:59:00.000Z')
    expect(iso('2026-11-01T01:00', 'America/New_York')).toBe('2026-11-01T05:00:00.000Z') // EDT, not 06:00Z EST
    expect(iso('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z')
    expect(iso('2026-11-01T02:00', 'America/New_York')).toBe('2026-11-01T07:00:00.000Z') // EST
    expect(instantToLocal(new Date('2026-11-01T05:30:00Z'), 'America/New_York')).toBe('2026-11-01T01:30')
    expect(instantToLocal(new Date('2026-11-01T06:30:00Z'), 'America/New_York')).toBe('2026-11-01T01:30')
  })

  it('handles Europe/London (gap 2026-03-29 01:00-02:00, overlap 2026-10-25 01:00-02:00)', () => {
    expect(iso('2026-03-29T00:59', 'Europe/London')).toBe('2026-03-29T00:59:00.000Z')
    expect(iso('2026-03-29T01:30', 'Europe/London')).toBe('2026-03-29T01:30:00.000Z') // = 02:30 BST
    expect(iso('2026-03-29T02:00', 'Europe/London')).toBe('2026-03-29T01:00:00.000Z')
    expect(iso('2026-10-25T00:30', 'Europe/London')).toBe('2026-10-24T23:30:00.000Z')
    expect(iso('2026-10-25T01:30', 'Europe/London')).toBe('2026-10-25T00:30:00.000Z') // BST, the first 01:30
    expect(iso('2026-10-25T02:00', 'Europe/London')).toBe('2026-10-25T02:00:00.000Z')
  })

  it('rejects unknown zones and malformed wall clocks', () => {
    expect(() => localToInstant('2026-12-11T09:00', 'Asia/Nowhere')).toThrow(RangeError)
    expect(() => localToInstant('2026-12-11T9:00', 'Asia/Shanghai')).toThrow(RangeError)
  })
})

describe('instantToLocal and localDateOf', () => {
  it('reads the wall clock and date in the zone, truncating seconds', () => {
    const instant = new Date('2026-12-10T16:30:59.999Z')
    expect(instantToLocal(instant, 'Asia/Shanghai')).toBe('2026-12-11T00:30')
    expect(localDateOf(instant, 'Asia/Shanghai')).toBe('2026-12-11')
    expect(localDateOf(instant, 'America/New_York')).toBe('2026-12-10')
  })

  it('round-trips every wall clock outside gaps', () => {
    for (const local of ['2026-03-08T01:59', '2026-03-08T03:00', '2026-11-01T01:59', '2026-11-01T02:00', '2026-06-30T23:59']) {
      expect(instantToLocal(localToInstant(local, 'America/New_York'), 'America/New_York')).toBe(local)
    }
  })

  it('rejects an invalid Date', () => {
    expect(() => instantToLocal(new Date(Number.NaN), 'UTC')).toThrow(RangeError)
  })
})

describe('formatOffset', () => {
  it('writes ISO 8601 with the zone offset and no milliseconds', () => {
    expect(formatOffset(new Date('2026-12-11T01:00:00.123Z'), 'Asia/Shanghai')).toBe('2026-12-11T09:00:00+08:00')
    expect(formatOffset(new Date('2026-12-11T01:00:00Z'), 'UTC')).toBe('2026-12-11T01:00:00+00:00')
    expect(formatOffset(new Date('2026-12-11T01:00:00Z'), 'Europe/London')).toBe('2026-12-11T01:00:00+00:00')
    expect(formatOffset(new Date('2026-07-11T01:00:00Z'), 'Europe/London')).toBe('2026-07-11T02:00:00+01:00')
    expect(formatOffset(new Date('2026-03-08T07:30:00Z'), 'America/New_York')).toBe('2026-03-08T03:30:00-04:00')
    expect(formatOffset(new Date('2026-11-01T06:30:45Z'), 'America/New_York')).toBe('2026-11-01T01:30:45-05:00')
    expect(formatOffset(new Date('2026-12-11T01:00:00Z'), 'Asia/Kolkata')).toBe('2026-12-11T06:30:00+05:30')
    expect(formatOffset(new Date('2026-12-11T12:00:00Z'), 'America/St_Johns')).toBe('2026-12-11T08:30:00-03:30')
  })

  it('names the same instant it was given', () => {
    const instant = new Date('2026-11-01T05:30:00Z')
    expect(new Date(formatOffset(instant, 'America/New_York')).getTime()).toBe(instant.getTime())
  })
})
