import { describe, expect, it } from 'vitest'
import { doorDay, doorState } from './door-state'
import { slotsOf } from './slots'
import { at, newBooking, newItem } from './test-schedule'
import { weekDays } from './week-days'

const slots = slotsOf({
  items: [
    newItem('棋艺交流', '09:00', '10:00'),
    newItem('取消的讲座', '10:30', '11:00', { status: 'cancelled' }),
    newItem('别的房间', '09:00', '12:00', { roomId: 'r2' }),
  ],
  occupied: [newBooking('10:00', '10:30'), newBooking('14:00', '15:00', { label: '夕阳红合唱团' })],
})

describe('doorState', () => {
  it('is busy until the end of back-to-back use', () => {
    const mine = slots.filter((s) => s.roomId === 'r1')
    expect(doorState(mine, at('09:15'))).toEqual({ kind: 'busy', until: '10:30', title: '棋艺交流', booking: false })
    expect(doorState(mine, at('10:10'))).toMatchObject({ kind: 'busy', title: '已占用', booking: true })
  })

  it('is free with the next start, cancelled slots not counting', () => {
    const mine = slots.filter((s) => s.roomId === 'r1')
    expect(doorState(mine, at('10:40'))).toEqual({ kind: 'free', next: '14:00', nextTitle: '夕阳红合唱团' })
    expect(doorState(mine, at('16:00'))).toEqual({ kind: 'free' })
  })
})

describe('doorDay', () => {
  it('lists only this room, marking past, current and later slots', () => {
    const rows = doorDay(slots, 'r1', '2026-11-22', at('10:10'))
    expect(rows.map((r) => [r.slot.title, r.phase])).toEqual([
      ['棋艺交流', 'past'], ['已占用', 'now'], ['取消的讲座', 'later'], ['夕阳红合唱团', 'later'],
    ])
  })
})

describe('weekDays', () => {
  it('gives seven days from today with their activities in order, today\'s without what has ended', () => {
    const days = weekDays([
      newItem('周一', '2026-11-23T09:00', '2026-11-23T10:00'),
      newItem('今天晚', '19:00', '20:00'),
      newItem('今天早', '08:00', '09:00'),
      newItem('已结束', '06:00', '07:00'),
      newItem('下周', '2026-11-29T09:00', '2026-11-29T10:00'),
    ], '2026-11-22', at('07:30'))
    expect(days.map((d) => d.date)).toEqual(['2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28'])
    expect(days[0]).toMatchObject({ weekday: 7, isToday: true })
    expect(days[0]!.items.map((i) => i.title)).toEqual(['今天早', '今天晚'])
    expect(days[1]!.items.map((i) => i.title)).toEqual(['周一'])
    expect(days.flatMap((d) => d.items).map((i) => i.title)).not.toContain('下周')
  })
})
