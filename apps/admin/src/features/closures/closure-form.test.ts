import { describe, expect, it } from 'vitest'
import { closureFormProblems, closureWhen, emptyClosureForm, toClosureInput } from './closure-form'

const today = '2026-12-06'
const form = (over: Partial<ReturnType<typeof emptyClosureForm>> = {}) => ({ ...emptyClosureForm(today), reason: '闭馆：设备检修', ...over })

describe('the closure form', () => {
  it('accepts a whole day of the center and sends no times', () => {
    expect(closureFormProblems(form(), today)).toEqual([])
    expect(toClosureInput(form())).toEqual({ roomId: null, startDate: today, endDate: today, reason: '闭馆：设备检修' })
  })

  it('sends part of a day in one room with its times', () => {
    const f = form({ roomId: 'r1', allDay: false, startTime: '13:00', endTime: '17:00', reason: '  暂停开放：消防检查 ' })
    expect(closureFormProblems(f, today)).toEqual([])
    expect(toClosureInput(f)).toEqual({ roomId: 'r1', startDate: today, endDate: today, startTime: '13:00', endTime: '17:00', reason: '暂停开放：消防检查' })
  })

  it('names what is wrong: inverted dates or times, the past, a missing or long reason', () => {
    expect(closureFormProblems(form({ startDate: '2026-12-10', endDate: '2026-12-08' }), today)).toEqual(['endBeforeStart'])
    expect(closureFormProblems(form({ startDate: '2026-12-01', endDate: '2026-12-02' }), today)).toEqual(['inPast'])
    expect(closureFormProblems(form({ allDay: false, startTime: '15:00', endTime: '09:00' }), today)).toEqual(['endTimeBeforeStart'])
    expect(closureFormProblems(form({ allDay: false, startTime: '', endTime: '09:00' }), today)).toEqual(['timesRequired'])
    expect(closureFormProblems(form({ reason: '   ' }), today)).toEqual(['reasonRequired'])
    expect(closureFormProblems(form({ reason: '修'.repeat(101) }), today)).toEqual(['reasonTooLong'])
    expect(closureFormProblems(form({ startDate: '', endDate: '' }), today)).toEqual(['datesRequired'])
  })

  it('lets a closure over several days end earlier in the day than it starts', () => {
    expect(closureFormProblems(form({ endDate: '2026-12-08', allDay: false, startTime: '18:00', endTime: '09:00' }), today)).toEqual([])
  })
})

describe('when a closure is', () => {
  it('shows whole days as dates and parts of days as times, in the center\'s clock', () => {
    expect(closureWhen({ startsAt: '2026-12-10T00:00:00+08:00', endsAt: '2026-12-11T00:00:00+08:00', allDay: true })).toBe('2026-12-10')
    expect(closureWhen({ startsAt: '2026-12-10T00:00:00+08:00', endsAt: '2026-12-13T00:00:00+08:00', allDay: true })).toBe('2026-12-10 – 2026-12-12')
    expect(closureWhen({ startsAt: '2026-12-10T13:00:00+08:00', endsAt: '2026-12-10T17:00:00+08:00', allDay: false })).toBe('2026-12-10 13:00 – 17:00')
    expect(closureWhen({ startsAt: '2026-12-10T18:00:00+08:00', endsAt: '2026-12-11T09:00:00+08:00', allDay: false })).toBe('2026-12-10 18:00 – 2026-12-11 09:00')
  })
})
