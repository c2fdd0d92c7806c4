import { describe, expect, it } from 'vitest'
import { slotsOf } from '../boards/slots'
import { at, newBooking, newItem } from '../boards/test-schedule'
import { remainingToday, roomsNowNext } from './now-next'

const items = [
  newItem('棋艺交流', '09:00', '11:30', { roomId: 'chess', roomName: '益智棋类室' }),
  newItem('亲子绘本阅读', '10:00', '11:00', { roomId: 'books', roomName: '书吧' }),
  newItem('妇女手工坊', '14:00', '16:00', { roomId: 'women', roomName: '妇女之家' }),
  newItem('太极拳晨练', '07:00', '08:00', { roomId: null, roomName: null, location: '中心东侧广场' }),
  newItem('律师坐诊', '15:00', '17:00', { roomId: 'law', roomName: '法律援助室', status: 'cancelled' }),
  newItem('明天的', '2026-11-23T09:00', '2026-11-23T10:00', { roomId: 'hall', roomName: '多功能厅' }),
]
const occupied = [newBooking('13:00', '14:00', { roomId: 'hall', roomName: '多功能厅', label: '夕阳红合唱团' })]
const slots = slotsOf({ items, occupied })

describe('roomsNowNext', () => {
  it('lists rooms in use first, then by next start, then rooms whose day is over, and leaves out cancelled-only rooms', () => {
    const rooms = roomsNowNext(slots, '2026-11-22', at('10:15'))
    expect(rooms.map((r) => [r.roomName, r.current?.title ?? null, r.next?.title ?? null])).toEqual([
      ['益智棋类室', '棋艺交流', null],
      ['书吧', '亲子绘本阅读', null],
      ['多功能厅', null, '夕阳红合唱团'],
      ['妇女之家', null, '妇女手工坊'],
    ])
  })

  it('shows an activity outside the rooms under its location while it is on and before it starts', () => {
    const on = roomsNowNext(slots, '2026-11-22', at('07:30'))
    expect(on[0]).toMatchObject({ roomId: 'place:中心东侧广场', roomName: '中心东侧广场', offsite: true, current: { title: '太极拳晨练' }, busyUntil: '2026-11-22T08:00:00+08:00' })
    const before = roomsNowNext(slots, '2026-11-22', at('06:30'))
    expect(before.find((r) => r.offsite)).toMatchObject({ roomName: '中心东侧广场', next: { title: '太极拳晨练' } })
    // Once it is over the square is not a room to walk into: it leaves the panel.
    expect(roomsNowNext(slots, '2026-11-22', at('08:00')).some((r) => r.offsite)).toBe(false)
  })

  it('leaves out an activity with neither a room nor a location', () => {
    const nowhere = slotsOf({ items: [newItem('线上讲座', '09:00', '10:00', { roomId: null, roomName: null, location: null })], occupied: [] })
    expect(roomsNowNext(nowhere, '2026-11-22', at('09:30'))).toEqual([])
  })

  it('shows a booking under its public label and moves finished rooms to the end', () => {
    const rooms = roomsNowNext(slots, '2026-11-22', at('13:30'))
    expect(rooms[0]).toMatchObject({ roomName: '多功能厅', current: { kind: 'booking', title: '夕阳红合唱团' } })
    expect(rooms.slice(-2).map((r) => r.roomName)).toEqual(['书吧', '益智棋类室'])
    expect(rooms.at(-1)).toEqual({ roomId: 'chess', roomName: '益智棋类室', offsite: false })
  })
})

describe('remainingToday', () => {
  it('keeps what has not ended today, marks what is on, and keeps cancellations to strike them through', () => {
    const rows = remainingToday(items, '2026-11-22', at('10:15'))
    expect(rows.map((r) => [r.item.title, r.ongoing])).toEqual([
      ['棋艺交流', true], ['亲子绘本阅读', true], ['妇女手工坊', false], ['律师坐诊', false],
    ])
  })
})
