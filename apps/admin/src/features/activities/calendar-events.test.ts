import { describe, expect, it } from 'vitest'
import type { Occurrence, Room } from '@linli/contracts'
import { OFFSITE_SPLIT, dropToUpdate, roomColumns, toCalendarEvent, visibleHours } from './calendar-events'
import { wallClockToDate } from './wall-clock'

const occurrence = (over: Partial<Occurrence> = {}): Occurrence => ({
  id: 'o1', activityId: 'a1', centerId: 'c1', title: '四点半课堂', category: 'children', audiences: ['children'],
  organiserName: '凤凰台党群服务中心', roomId: 'r1', roomName: '四点半课堂', location: null,
  startsAt: '2026-12-11T16:30:00+08:00', endsAt: '2026-12-11T18:00:00+08:00', recurrenceLocal: '2026-12-11T16:30',
  status: 'scheduled', activityStatus: 'published', overridden: false, recurring: true, capacity: 30, kioskVisible: true,
  ...over,
})
const room = (id: string, name: string, active = true) => ({ id, name, active }) as Room

describe('toCalendarEvent', () => {
  it("places an occurrence at the center's wall-clock time, whatever offset it was written in", () => {
    const event = toCalendarEvent(occurrence({ startsAt: '2026-12-11T08:30:00Z', endsAt: '2026-12-11T10:00:00Z' }), 'Asia/Shanghai', { editable: true, byRoom: false })
    expect([event.startsLocal, event.endsLocal]).toEqual(['2026-12-11T16:30', '2026-12-11T18:00'])
    expect(event.start).toEqual(wallClockToDate('2026-12-11T16:30'))
    expect(event).toMatchObject({ class: 'cal-ev cal-ev--children', draggable: true })
    expect(event).not.toHaveProperty('split')
  })

  it('marks drafts and cancellations and does not let cancelled ones be dragged', () => {
    const draft = toCalendarEvent(occurrence({ activityStatus: 'draft' }), 'Asia/Shanghai', { editable: true, byRoom: false })
    expect(draft.class).toContain('cal-ev--draft')
    const cancelled = toCalendarEvent(occurrence({ status: 'cancelled' }), 'Asia/Shanghai', { editable: true, byRoom: false })
    expect(cancelled).toMatchObject({ draggable: false })
    expect(cancelled.class).toContain('cal-ev--cancelled')
  })

  it('puts events in room columns on the day view, room-less ones off-site', () => {
    expect(toCalendarEvent(occurrence(), 'Asia/Shanghai', { editable: false, byRoom: true }).split).toBe('r1')
    expect(toCalendarEvent(occurrence({ roomId: null, location: '东门广场' }), 'Asia/Shanghai', { editable: false, byRoom: true }).split).toBe(OFFSITE_SPLIT)
  })
})

describe('roomColumns', () => {
  it('lists active rooms, inactive ones only when used, unknown rooms by name, then off-site', () => {
    const rooms = [room('r1', '多功能厅'), room('r2', '书吧', false), room('r3', '旧会议室', false)]
    const used = [occurrence({ roomId: 'r3' }), occurrence({ roomId: 'r9', roomName: '临时教室' })]
    expect(roomColumns(rooms, used, '场外/其他').map((c) => c.label)).toEqual(['多功能厅', '旧会议室', '临时教室', '场外/其他'])
  })
})

describe('dropToUpdate', () => {
  const event = toCalendarEvent(occurrence(), 'Asia/Shanghai', { editable: true, byRoom: true })

  it('moves start and end together, keeping the duration', () => {
    expect(dropToUpdate(event, { newDate: wallClockToDate('2026-12-12T09:15') }, 'week'))
      .toEqual({ startsLocal: '2026-12-12T09:15', endsLocal: '2026-12-12T10:45' })
  })

  it('changes only the day on the month view', () => {
    expect(dropToUpdate(event, { newDate: wallClockToDate('2026-12-15T03:20') }, 'month'))
      .toEqual({ startsLocal: '2026-12-15T16:30', endsLocal: '2026-12-15T18:00' })
  })

  it('changes the room when dropped in another column, none when dropped in place', () => {
    expect(dropToUpdate(event, { newDate: wallClockToDate('2026-12-11T16:30'), newSplit: 'r2' }, 'day')).toEqual({ roomId: 'r2' })
    expect(dropToUpdate(event, { newDate: wallClockToDate('2026-12-11T16:30'), newSplit: OFFSITE_SPLIT }, 'day')).toEqual({ roomId: null })
    expect(dropToUpdate(event, { newDate: wallClockToDate('2026-12-11T16:30'), newSplit: 'r1' }, 'day')).toBeNull()
  })
})

describe('visibleHours', () => {
  it('shows 07:00-22:00, widened to whole hours for early, late and overnight events', () => {
    expect(visibleHours([{ startsLocal: '2026-12-11T09:00', endsLocal: '2026-12-11T11:00' }])).toEqual({ from: 420, to: 1320 })
    expect(visibleHours([{ startsLocal: '2026-12-11T06:30', endsLocal: '2026-12-11T22:15' }])).toEqual({ from: 360, to: 1380 })
    expect(visibleHours([{ startsLocal: '2026-12-31T21:00', endsLocal: '2027-01-01T00:30' }])).toEqual({ from: 420, to: 1440 })
  })
})
