import { describe, expect, it } from 'vitest'
import { expandInstants } from './instances'
import { formatOffset } from './zone'

const SH = 'Asia/Shanghai'
const NY = 'America/New_York'

describe('expandInstants', () => {
  it('gives each instance its recurrence wall clock and instants in the zone', () => {
    const instances = expandInstants({ dtstart: '2026-12-11T09:00', endsLocal: '2026-12-11T11:00', rrule: 'FREQ=MONTHLY;BYDAY=2FR', timeZone: SH, limit: 2 })
    expect(instances.map((i) => [i.recurrenceLocal, formatOffset(i.startsAt, SH), formatOffset(i.endsAt, SH)])).toEqual([
      ['2026-12-11T09:00', '2026-12-11T09:00:00+08:00', '2026-12-11T11:00:00+08:00'],
      ['2027-01-08T09:00', '2027-01-08T09:00:00+08:00', '2027-01-08T11:00:00+08:00'],
    ])
    expect(instances[0]?.startsAt.toISOString()).toBe('2026-12-11T01:00:00.000Z')
  })

  it('keeps 09:00-11:00 local across a DST change, so the UTC instants move', () => {
    const instances = expandInstants({ dtstart: '2026-03-01T09:00', endsLocal: '2026-03-01T11:00', rrule: 'FREQ=WEEKLY', timeZone: NY, limit: 2 })
    expect(instances.map((i) => [i.startsAt.toISOString(), i.endsAt.toISOString()])).toEqual([
      ['2026-03-01T14:00:00.000Z', '2026-03-01T16:00:00.000Z'],
      ['2026-03-08T13:00:00.000Z', '2026-03-08T15:00:00.000Z'],
    ])
  })

  it('includes an instance when it overlaps [from, to)', () => {
    // The instance runs 01:00Z-03:00Z.
    const base = { dtstart: '2026-12-11T09:00', endsLocal: '2026-12-11T11:00', rrule: null, timeZone: SH, limit: 10 }
    const count = (from?: string, to?: string) =>
      expandInstants({ ...base, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined }).length
    expect(count('2026-12-11T02:59:59Z')).toBe(1)
    expect(count('2026-12-11T03:00:00Z')).toBe(0)
    expect(count(undefined, '2026-12-11T01:00:01Z')).toBe(1)
    expect(count(undefined, '2026-12-11T01:00:00Z')).toBe(0)
    expect(count('2026-12-10T00:00:00Z', '2026-12-12T00:00:00Z')).toBe(1)
  })

  it('applies the limit after the window, so earlier instances do not use it up', () => {
    const instances = expandInstants({
      dtstart: '2026-12-01T09:00', endsLocal: '2026-12-01T10:00', rrule: 'FREQ=DAILY', timeZone: SH,
      from: new Date('2027-01-01T00:00:00Z'), to: new Date('2027-02-01T00:00:00Z'), limit: 3,
    })
    expect(instances.map((i) => i.recurrenceLocal)).toEqual(['2027-01-01T09:00', '2027-01-02T09:00', '2027-01-03T09:00'])
  })

  it('catches a multi-day instance that started before from', () => {
    const instances = expandInstants({
      dtstart: '2026-12-01T09:00', endsLocal: '2026-12-04T17:00', rrule: 'FREQ=WEEKLY', timeZone: SH,
      from: new Date('2026-12-10T00:00:00Z'), to: new Date('2026-12-11T00:00:00Z'), limit: 10,
    })
    expect(instances.map((i) => i.recurrenceLocal)).toEqual(['2026-12-08T09:00'])
  })

  it('honours exdates and a UTC UNTIL in the zone', () => {
    const instances = expandInstants({
      dtstart: '2026-12-11T09:00', endsLocal: '2026-12-11T10:00', rrule: 'FREQ=DAILY;UNTIL=20261213T010000Z',
      exdates: ['2026-12-12T09:00'], timeZone: SH, limit: 10,
    })
    expect(instances.map((i) => i.recurrenceLocal)).toEqual(['2026-12-11T09:00', '2026-12-13T09:00'])
  })

  it('never ends an instance before it starts when the start falls in a DST gap', () => {
    // 02:30-03:00 on 2026-03-08 in New York: 02:30 becomes 03:30 EDT, later than the 03:00 end.
    const [, gapDay] = expandInstants({ dtstart: '2026-03-07T02:30', endsLocal: '2026-03-07T03:00', rrule: 'FREQ=DAILY', timeZone: NY, limit: 2 })
    expect(gapDay?.startsAt.toISOString()).toBe('2026-03-08T07:30:00.000Z')
    expect(gapDay?.endsAt.toISOString()).toBe('2026-03-08T08:00:00.000Z')
  })

  it('rejects an end before the start', () => {
    expect(() => expandInstants({ dtstart: '2026-12-11T09:00', endsLocal: '2026-12-11T08:00', rrule: null, timeZone: SH, limit: 1 })).toThrow(RangeError)
  })

  it('caps at 5000 instances', () => {
    const instances = expandInstants({ dtstart: '2026-01-01T09:00', endsLocal: '2026-01-01T10:00', rrule: 'FREQ=DAILY', timeZone: SH, limit: 9999 })
    expect(instances).toHaveLength(5000)
  })
})
