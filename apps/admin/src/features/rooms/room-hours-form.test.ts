import { describe, expect, it } from 'vitest'
import type { Room } from '@linli/contracts'
import { describeWeek, invertedDays, toHoursBody, toHoursForm } from './room-hours-form'

const center = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:30', closes: '20:30' }))
const room = (hours: Room['hours']) => ({ hours }) as Room

describe('room hours form', () => {
  it('starts a room that follows the center from the center\'s week, and saves it as following', () => {
    const form = toHoursForm(null, center)
    expect(form.mode).toBe('follow')
    expect(form.days[0]).toEqual([{ opens: '08:30', closes: '20:30' }])
    expect(form.days[6]).toEqual([])
    expect(toHoursBody(form)).toEqual({ weekly: null, exceptions: [] })
  })

  it('round-trips a gym\'s own week and its dated exceptions, closed or with other hours', () => {
    const hours = {
      weekly: [{ weekday: 1, opens: '06:00', closes: '12:00' }, { weekday: 1, opens: '14:00', closes: '21:00' }, { weekday: 6, opens: '06:00', closes: '12:00' }],
      exceptions: [{ date: '2027-01-01', intervals: [] }, { date: '2026-12-24', intervals: [{ opens: '06:00', closes: '15:00' }] }],
    }
    const form = toHoursForm(room(hours), center)
    expect(form.mode).toBe('own')
    expect(form.exceptions.map((e) => e.closed)).toEqual([true, false])
    expect(toHoursBody(form)).toEqual({ ...hours, exceptions: [...hours.exceptions].reverse() })
  })

  it('names the days whose times are inverted', () => {
    const form = toHoursForm(room({ weekly: [{ weekday: 3, opens: '21:00', closes: '06:00' }], exceptions: [] }), center)
    expect(invertedDays(form)).toEqual([2])
    expect(invertedDays({ ...form, mode: 'follow' })).toEqual([])
  })

  it('describes the center\'s week for the 跟随中心 hint', () => {
    expect(describeWeek([...center, { weekday: 6, opens: '09:00', closes: '17:00' }], ['周一', '周二', '周三', '周四', '周五', '周六', '周日'], '不开放'))
      .toBe('周一 08:30–20:30；周二 08:30–20:30；周三 08:30–20:30；周四 08:30–20:30；周五 08:30–20:30；周六 09:00–17:00')
    expect(describeWeek([], [], '不开放')).toBe('不开放')
  })
})
