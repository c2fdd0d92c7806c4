import { describe, expect, it } from 'vitest'
import { formatIntervals, roomHoursOn, roomHoursProblems, withinIntervals } from './room-hours'
import { localToInstant } from './zone'

const weekdays = (opens: string, closes: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens, closes }))
const center = [...weekdays('08:30', '20:30'), { weekday: 6, opens: '09:00', closes: '17:00' }]
const gym = { weekly: [...weekdays('06:00', '21:00'), { weekday: 6, opens: '06:00', closes: '12:00' }], exceptions: [] }

describe('roomHoursOn', () => {
  it('follows the center when the room has no week of its own', () => {
    expect(roomHoursOn('2026-12-07', center, null)).toEqual({ date: '2026-12-07', source: 'center', intervals: [{ opens: '08:30', closes: '20:30' }] })
    expect(roomHoursOn('2026-12-13', center, { weekly: null, exceptions: [] }).intervals).toEqual([]) // Sunday
  })

  it('uses the room\'s own week, earlier and later than the center', () => {
    const monday = roomHoursOn('2026-12-07', center, gym)
    expect(monday).toMatchObject({ source: 'room', intervals: [{ opens: '06:00', closes: '21:00' }] })
    expect(withinIntervals(monday.intervals, '06:30', '07:30')).toBe(true)
    expect(withinIntervals(monday.intervals, '21:00', '22:00')).toBe(false)
    expect(roomHoursOn('2026-12-12', center, gym).intervals).toEqual([{ opens: '06:00', closes: '12:00' }])
  })

  it('lets a dated exception close a day or give other hours, for a following room too', () => {
    const spec = { ...gym, exceptions: [{ date: '2026-12-08', intervals: [] }, { date: '2026-12-09', intervals: [{ opens: '14:00', closes: '18:00' }, { opens: '08:00', closes: '10:00' }] }] }
    expect(roomHoursOn('2026-12-08', center, spec)).toEqual({ date: '2026-12-08', source: 'exception', intervals: [] })
    expect(formatIntervals(roomHoursOn('2026-12-09', center, spec).intervals)).toBe('08:00–10:00、14:00–18:00')
    const following = { weekly: null, exceptions: [{ date: '2026-12-13', intervals: [{ opens: '10:00', closes: '12:00' }] }] }
    expect(roomHoursOn('2026-12-13', center, following).source).toBe('exception')
  })

  it('keeps wall-clock hours across a DST change (America/New_York, 2027-03-14)', () => {
    const hours = roomHoursOn('2027-03-14', [{ weekday: 7, opens: '01:00', closes: '21:00' }], null)
    expect(hours.intervals).toEqual([{ opens: '01:00', closes: '21:00' }])
    // 01:00 to 21:00 that day is 19 real hours, not 20: the wall clock holds, the instants move.
    const opens = localToInstant('2027-03-14T01:00', 'America/New_York').getTime()
    const closes = localToInstant('2027-03-14T21:00', 'America/New_York').getTime()
    expect((closes - opens) / 3_600_000).toBe(19)
  })
})

describe('roomHoursProblems', () => {
  const today = '2026-12-06'
  it('accepts a gym that opens before and closes after the center', () => {
    expect(roomHoursProblems({ ...gym, exceptions: [{ date: '2026-12-25', intervals: [] }] }, center, today)).toEqual([])
  })

  it('names inverted times, overlaps, impossible, past and repeated dates', () => {
    const problems = roomHoursProblems({
      weekly: [{ weekday: 1, opens: '21:00', closes: '06:00' }, { weekday: 2, opens: '06:00', closes: '12:00' }, { weekday: 2, opens: '11:00', closes: '13:00' }],
      exceptions: [
        { date: '2027-02-30', intervals: [] }, { date: '2026-12-01', intervals: [] },
        { date: '2026-12-20', intervals: [] }, { date: '2026-12-20', intervals: [] },
      ],
    }, center, today)
    expect(problems).toEqual([
      '周一：结束时间 06:00 须晚于开始时间 21:00',
      '周二：时段 06:00–12:00 与 11:00–13:00 重叠',
      '特殊日期 2027-02-30：不是有效的日期',
      '特殊日期 2026-12-01：已经过去（今天是 2026-12-06）',
      '特殊日期 2026-12-20：重复填写',
    ])
  })

  it('refuses weekly room hours on a day the center is shut, unless the center has no hours', () => {
    const sunday = { weekly: [{ weekday: 7, opens: '06:00', closes: '21:00' }], exceptions: [] }
    expect(roomHoursProblems(sunday, center, today)).toEqual(['周日：中心全天不开放，房间不能在这一天开放'])
    expect(roomHoursProblems(sunday, [], today)).toEqual([])
  })
})
