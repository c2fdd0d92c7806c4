import { describe, expect, it } from 'vitest'
import { openingHoursProblems } from '@linli/contracts'
import { copyMondayToWeekdays, fromWeek, toWeek, typicalWeek, weekProblems } from './opening-hours-form'

describe('opening hours form mapping', () => {
  const hours = [
    { weekday: 1, opens: '14:00', closes: '21:00' },
    { weekday: 1, opens: '08:30', closes: '12:00' },
    { weekday: 6, opens: '09:00', closes: '17:00' },
  ]

  it('gives seven rows, Monday first, with intervals in time order and closed days marked', () => {
    const week = toWeek(hours)
    expect(week.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(week[0]).toEqual({
      weekday: 1,
      open: true,
      intervals: [{ opens: '08:30', closes: '12:00' }, { opens: '14:00', closes: '21:00' }],
    })
    expect(week[1]?.open).toBe(false)
    expect(week[6]?.open).toBe(false)
  })

  it('round-trips through the editor rows', () => {
    const back = fromWeek(toWeek(hours))
    expect(back).toHaveLength(3)
    expect(back).toEqual(expect.arrayContaining(hours))
  })

  it('leaves closed days out even if they still hold intervals', () => {
    const week = toWeek(hours)
    week[0]!.open = false
    expect(fromWeek(week)).toEqual([{ weekday: 6, opens: '09:00', closes: '17:00' }])
  })

  it('produces a typical week the contract accepts', () => {
    const week = fromWeek(typicalWeek())
    expect(openingHoursProblems(week)).toEqual([])
    expect(week.length).toBeLessThanOrEqual(21)
    expect(weekProblems(typicalWeek())).toEqual([])
  })

  it('names the problem of each bad day', () => {
    const week = toWeek([])
    week[0] = { weekday: 1, open: true, intervals: [{ opens: '18:00', closes: '09:00' }] }
    week[1] = { weekday: 2, open: true, intervals: [{ opens: '08:00', closes: '12:00' }, { opens: '11:00', closes: '15:00' }] }
    week[2] = { weekday: 3, open: true, intervals: [{ opens: '08:00', closes: '' }] }
    week[3] = { weekday: 4, open: false, intervals: [{ opens: '18:00', closes: '09:00' }] }
    expect(weekProblems(week)).toEqual([
      { weekday: 1, kind: 'order' },
      { weekday: 2, kind: 'overlap' },
      { weekday: 3, kind: 'incomplete' },
    ])
  })

  it('copies Monday to the other weekdays without sharing objects', () => {
    const week = copyMondayToWeekdays(toWeek(hours))
    expect(week[4]?.intervals).toEqual(week[0]?.intervals)
    expect(week[4]?.intervals[0]).not.toBe(week[0]?.intervals[0])
    expect(week[5]?.intervals).toEqual([{ opens: '09:00', closes: '17:00' }])
  })
})
