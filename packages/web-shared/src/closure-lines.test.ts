import { describe, expect, it } from 'vitest'
import { closureLines, closureWhen } from './closure-lines'

const ROOM = '11111111-1111-4111-8111-111111111111'
const OTHER = '22222222-2222-4222-8222-222222222222'
const closures = [
  { roomId: ROOM, roomName: '会议室', startsAt: '2026-11-25T13:00:00+08:00', endsAt: '2026-11-25T17:00:00+08:00', allDay: false, reason: '设备检修' },
  { roomId: null, roomName: null, startsAt: '2026-11-27T00:00:00+08:00', endsAt: '2026-11-30T00:00:00+08:00', allDay: true, reason: '消防检查' },
  { roomId: OTHER, roomName: '书吧', startsAt: '2026-11-25T00:00:00+08:00', endsAt: '2026-11-26T00:00:00+08:00', allDay: true, reason: '盘点' },
]
const at = (local: string) => Date.parse(`${local}:00+08:00`)

describe('closure lines', () => {
  it("splits today's from what comes later, and a room's view keeps the center's and its own", () => {
    const { today, upcoming } = closureLines(closures, '2026-11-25', at('2026-11-25T10:00'))
    expect(today.map((l) => l.reason)).toEqual(['设备检修', '盘点'])
    expect(upcoming).toEqual([{ scope: 'center', roomName: null, reason: '消防检查', firstDay: '2026-11-27', lastDay: '2026-11-29', times: null }])
    expect(closureLines(closures, '2026-11-25', at('2026-11-25T10:00'), ROOM).today.map((l) => l.reason)).toEqual(['设备检修'])
  })

  it('drops a closure once it has ended', () => {
    expect(closureLines(closures, '2026-11-25', at('2026-11-25T17:00'), ROOM).today).toEqual([])
  })

  it('says when in a few words', () => {
    const [part, , day] = closures.map((c) => closureLines([c], '2026-11-20', at('2026-11-20T10:00')).upcoming[0]!)
    const range = closureLines([closures[1]!], '2026-11-28', at('2026-11-28T10:00')).today[0]!
    expect(closureWhen(part!, '2026-11-20', 'zh-CN', '今日')).toBe('11月25日 13:00–17:00')
    expect(closureWhen(day!, '2026-11-25', 'zh-CN', '今日')).toBe('今日')
    expect(closureWhen(range, '2026-11-28', 'zh-CN', '今日')).toBe('今日–11月29日')
    expect(closureWhen(range, '2026-11-28', 'en', 'Today')).toBe('Today–Nov 29')
  })
})
