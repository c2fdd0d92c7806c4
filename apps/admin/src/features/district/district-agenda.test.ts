import { describe, expect, it } from 'vitest'
import type { DistrictCalendar } from '@linli/contracts'
import { agendaDays, datesBetween } from './district-agenda'

const place = { centerName: '凤凰台党群服务中心', subdistrictId: null, subdistrictName: '凤凰台街道' }
const occurrence = (id: string, startsAt: string, endsAt: string, status: 'scheduled' | 'cancelled' = 'scheduled') => ({
  id, activityId: 'a', centerId: 'c', title: `活动${id}`, category: 'lecture' as const, audiences: ['seniors' as const], organiserName: '中心',
  roomId: null, roomName: null, location: '广场', startsAt, endsAt, status, ...place,
})

describe('the district calendar laid out by day', () => {
  it('lists every day asked for, entries by start time, bookings beside activities', () => {
    const calendar: DistrictCalendar = {
      from: '2026-11-23', to: '2026-11-25', truncated: false,
      items: [occurrence('2', '2026-11-23T14:00:00+08:00', '2026-11-23T15:00:00+08:00'), occurrence('1', '2026-11-23T09:00:00+08:00', '2026-11-23T10:30:00+08:00', 'cancelled')],
      bookings: [{ id: 'b', centerId: 'c', roomId: 'r', roomName: '书吧', startsAt: '2026-11-25T09:00:00+08:00', endsAt: '2026-11-25T11:00:00+08:00', status: 'approved', purpose: '合唱排练', headcount: 12, ...place }],
    }
    const days = agendaDays(calendar, datesBetween('2026-11-23', '2026-11-25'))
    expect(days.map((d) => [d.date, d.entries.map((e) => [e.kind, e.starts, e.ends, e.place, e.cancelled])])).toEqual([
      ['2026-11-23', [['activity', '09:00', '10:30', '广场', true], ['activity', '14:00', '15:00', '广场', false]]],
      ['2026-11-24', []],
      ['2026-11-25', [['booking', '09:00', '11:00', '书吧', false]]],
    ])
  })

  it('puts what began before the first day on the first day', () => {
    const calendar: DistrictCalendar = { from: '2026-11-23', to: '2026-11-23', truncated: false, bookings: [], items: [occurrence('1', '2026-11-22T20:00:00+08:00', '2026-11-23T02:00:00+08:00')] }
    expect(agendaDays(calendar, ['2026-11-23'])[0]!.entries).toHaveLength(1)
  })

  it('counts the dates of a range, across a month end', () => {
    expect(datesBetween('2026-11-29', '2026-12-02')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02'])
  })
})
