import { describe, expect, it } from 'vitest'
import { MAX_INSTANCES, expandLocal } from './expand'

const dates = (locals: string[]) => locals.map((l) => l.slice(0, 10))

describe('expandLocal with the seed rules (Asia/Shanghai wall clock)', () => {
  it('themed party day: second Friday of each month, December 2026 to June 2027', () => {
    const starts = expandLocal({ dtstart: '2026-12-11T09:00', rrule: 'FREQ=MONTHLY;BYDAY=2FR', to: '2027-07-01T00:00', limit: 100 })
    expect(starts).toEqual([
      '2026-12-11T09:00', '2027-01-08T09:00', '2027-02-12T09:00', '2027-03-12T09:00',
      '2027-04-09T09:00', '2027-05-14T09:00', '2027-06-11T09:00',
    ])
  })

  it('after-school class on school days, with New Year\'s Day taken out', () => {
    const starts = expandLocal({
      dtstart: '2026-12-07T16:30', rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', exdates: ['2027-01-01T16:30'],
      from: '2026-12-28T00:00', to: '2027-01-09T00:00', limit: 100,
    })
    expect(dates(starts)).toEqual([
      '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31',
      '2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08',
    ])
    expect(starts.every((s) => s.endsWith('T16:30'))).toBe(true)
  })

  it('seniors\' birthday on the last Sunday, first science Saturday, members\' day on the 15th', () => {
    const last = expandLocal({ dtstart: '2026-12-27T09:30', rrule: 'FREQ=MONTHLY;BYDAY=-1SU', limit: 7 })
    expect(dates(last)).toEqual(['2026-12-27', '2027-01-31', '2027-02-28', '2027-03-28', '2027-04-25', '2027-05-30', '2027-06-27'])
    const science = expandLocal({ dtstart: '2026-12-05T09:30', rrule: 'FREQ=MONTHLY;BYDAY=1SA', limit: 4 })
    expect(dates(science)).toEqual(['2026-12-05', '2027-01-02', '2027-02-06', '2027-03-06'])
    const members = expandLocal({ dtstart: '2026-12-15T14:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=15', limit: 3 })
    expect(members).toEqual(['2026-12-15T14:00', '2027-01-15T14:00', '2027-02-15T14:00'])
    const quarterly = expandLocal({ dtstart: '2027-01-05T10:00', rrule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU', limit: 4 })
    expect(dates(quarterly)).toEqual(['2027-01-05', '2027-04-06', '2027-07-06', '2027-10-05'])
  })
})

describe('expandLocal', () => {
  it('gives a single occurrence for a null rule, subject to exdates and the window', () => {
    expect(expandLocal({ dtstart: '2026-12-11T09:00', rrule: null, limit: 10 })).toEqual(['2026-12-11T09:00'])
    expect(expandLocal({ dtstart: '2026-12-11T09:00', rrule: null, exdates: ['2026-12-11T09:00'], limit: 10 })).toEqual([])
    expect(expandLocal({ dtstart: '2026-12-11T09:00', rrule: null, from: '2026-12-11T09:01', limit: 10 })).toEqual([])
    expect(expandLocal({ dtstart: '2026-12-11T09:00', rrule: null, to: '2026-12-11T09:00', limit: 10 })).toEqual([])
    expect(expandLocal({ dtstart: '2026-12-11T09:00', rrule: null, limit: 0 })).toEqual([])
  })

  it('treats from as inclusive and to as exclusive', () => {
    const base = { dtstart: '2026-12-01T09:00', rrule: 'FREQ=DAILY', limit: 100 }
    expect(expandLocal({ ...base, from: '2026-12-03T09:00', to: '2026-12-05T09:00' })).toEqual(['2026-12-03T09:00', '2026-12-04T09:00'])
    expect(expandLocal({ ...base, from: '2026-12-03T09:01', to: '2026-12-05T09:01' })).toEqual(['2026-12-04T09:00', '2026-12-05T09:00'])
    expect(expandLocal({ ...base, from: '2026-12-05T00:00', to: '2026-12-04T00:00' })).toEqual([])
  })

  it('finds instances of open-ended rules far from the start', () => {
    const starts = expandLocal({ dtstart: '2026-12-11T09:00', rrule: 'FREQ=MONTHLY;BYDAY=2FR', from: '2030-01-01T00:00', limit: 2 })
    expect(starts).toEqual(['2030-01-11T09:00', '2030-02-08T09:00'])
  })

  it('removes exdates without letting them use up COUNT or the limit', () => {
    const rule = 'FREQ=DAILY;COUNT=5'
    const all = expandLocal({ dtstart: '2026-12-01T09:00', rrule: rule, limit: 10 })
    expect(all).toHaveLength(5)
    // RFC 5545: COUNT counts what the rule generates; EXDATE then removes from that set.
    const some = expandLocal({ dtstart: '2026-12-01T09:00', rrule: rule, exdates: ['2026-12-02T09:00', '2026-12-04T09:00', '2026-12-04T10:00'], limit: 10 })
    expect(some).toEqual(['2026-12-01T09:00', '2026-12-03T09:00', '2026-12-05T09:00'])
    const limited = expandLocal({ dtstart: '2026-12-01T09:00', rrule: 'FREQ=DAILY', exdates: ['2026-12-01T09:00'], limit: 2 })
    expect(limited).toEqual(['2026-12-02T09:00', '2026-12-03T09:00'])
  })

  it('rejects malformed exdates instead of silently matching nothing', () => {
    expect(() => expandLocal({ dtstart: '2026-12-01T09:00', rrule: 'FREQ=DAILY', exdates: ['2026-12-02 09:00'], limit: 3 })).toThrow(RangeError)
  })

  it('caps the result at the limit and at MAX_INSTANCES', () => {
    const daily = { dtstart: '2026-01-01T09:00', rrule: 'FREQ=DAILY' }
    expect(expandLocal({ ...daily, limit: 3 })).toHaveLength(3)
    expect(expandLocal({ ...daily, limit: 2.9 })).toHaveLength(2)
    expect(expandLocal({ ...daily, limit: -1 })).toEqual([])
    expect(MAX_INSTANCES).toBe(5000)
    const many = expandLocal({ ...daily, limit: 1_000_000 })
    expect(many).toHaveLength(5000)
    expect(many.at(-1)).toBe('2039-09-09T09:00') // 2026-01-01 + 4999 days
    expect(expandLocal({ ...daily, limit: Number.POSITIVE_INFINITY })).toHaveLength(5000)
    expect(() => expandLocal({ ...daily, limit: Number.NaN })).toThrow(RangeError)
  })

  it('reads a UTC UNTIL in the series zone', () => {
    // 2026-12-13T01:00Z is 09:00 in Shanghai, so the 13th's 09:00 start is the last one.
    const options = { dtstart: '2026-12-11T09:00', rrule: 'FREQ=DAILY;UNTIL=20261213T010000Z', limit: 10 }
    expect(expandLocal({ ...options, timeZone: 'Asia/Shanghai' })).toEqual(['2026-12-11T09:00', '2026-12-12T09:00', '2026-12-13T09:00'])
    // Without a zone it is read as UTC: 01:00 on the 13th, before that day's 09:00.
    expect(expandLocal(options)).toEqual(['2026-12-11T09:00', '2026-12-12T09:00'])
    expect(expandLocal({ ...options, timeZone: 'America/New_York' })).toEqual(['2026-12-11T09:00', '2026-12-12T09:00'])
  })

  it('reads a date-only UNTIL as the whole of that day, and a floating one as wall clock', () => {
    const base = { dtstart: '2027-06-27T09:00', limit: 10 }
    expect(expandLocal({ ...base, rrule: 'FREQ=DAILY;UNTIL=20270630' })).toHaveLength(4)
    expect(expandLocal({ ...base, rrule: 'FREQ=DAILY;UNTIL=20270630T090000' }).at(-1)).toBe('2027-06-30T09:00')
    expect(expandLocal({ ...base, rrule: 'FREQ=DAILY;UNTIL=20270630T085959' }).at(-1)).toBe('2027-06-29T09:00')
    expect(expandLocal({ ...base, rrule: 'FREQ=DAILY;UNTIL=20270601' })).toEqual([])
  })

  it('leaves out a start the rule does not produce, as rrule does (RFC 5545: "undefined")', () => {
    // 2026-12-10 is a Thursday; the series begins on the first second Friday after it.
    expect(expandLocal({ dtstart: '2026-12-10T09:00', rrule: 'FREQ=MONTHLY;BYDAY=2FR', limit: 2 })).toEqual(['2026-12-11T09:00', '2027-01-08T09:00'])
  })

  it('gives up on rare rules a century past the window instead of searching to the year 9999', () => {
    const started = Date.now()
    const starts = expandLocal({ dtstart: '2026-01-01T09:00', rrule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO', limit: 10 })
    expect(starts).toEqual(['2044-02-29T09:00', '2072-02-29T09:00', '2112-02-29T09:00'])
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('throws parseRule\'s message for a bad rule', () => {
    expect(() => expandLocal({ dtstart: '2026-12-11T09:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=32', limit: 1 }))
      .toThrow('RRULE part BYMONTHDAY: 32 is not a day of the month (1..31 or -31..-1)')
    expect(() => expandLocal({ dtstart: '2026-12-11 09:00', rrule: 'FREQ=DAILY', limit: 1 })).toThrow(RangeError)
  })

  it('keeps wall-clock times through DST changes', () => {
    const starts = expandLocal({ dtstart: '2026-03-07T02:30', rrule: 'FREQ=DAILY', limit: 3 })
    expect(starts).toEqual(['2026-03-07T02:30', '2026-03-08T02:30', '2026-03-09T02:30'])
  })
})
