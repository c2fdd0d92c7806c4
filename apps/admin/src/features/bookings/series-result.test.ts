import { describe, expect, it } from 'vitest'
import { ApiError } from '@linli/api-client'
import type { Booking } from '@linli/contracts'
import { seriesConflictsOf, seriesSummary, slotTakenOf } from './series-result'

const tz = 'Asia/Shanghai'
const conflict = (date: string, from: string, to: string) => ({
  date, roomId: 'r1', roomName: '多功能厅', startsAt: `${date}T14:00:00+08:00`, endsAt: `${date}T16:00:00+08:00`,
  withTitle: '已占用', withStartsAt: `${date}T${from}:00+08:00`, withEndsAt: `${date}T${to}:00+08:00`,
})
const booking = (startsAt: string) => ({ id: startsAt, startsAt }) as Booking

describe('series results', () => {
  it('reads the refused dates of a series_conflicts answer, with the occupied times', () => {
    const err = new ApiError({
      statusCode: 409, code: 'series_conflicts', message: '2 of 4 dates cannot be booked',
      details: [{ path: '2026-12-08', message: 'slot_taken: This time is already taken' }, { path: '2026-12-01', message: 'closed_day: The center is closed' }],
      conflicts: [conflict('2026-12-08', '15:00', '17:15')],
    })
    expect(seriesConflictsOf(err, tz)).toEqual([
      { date: '2026-12-01', code: 'closed_day', message: 'The center is closed' },
      { date: '2026-12-08', code: 'slot_taken', message: 'This time is already taken', busy: ['15:00–17:15'] },
    ])
    expect(seriesConflictsOf(new Error('x'), tz)).toBeNull()
  })

  it('reads a single slot_taken as one refused date', () => {
    const err = new ApiError({ statusCode: 409, code: 'slot_taken', message: 'taken', conflicts: [conflict('2026-11-24', '13:00', '15:00')] })
    expect(slotTakenOf(err, '2026-11-24', tz)).toEqual([{ date: '2026-11-24', code: 'slot_taken', message: 'taken', busy: ['13:00–15:00'] }])
  })

  it('sums up what a series created and skipped', () => {
    const result = {
      created: [booking('2026-12-08T14:00:00+08:00'), booking('2026-11-24T14:00:00+08:00')],
      skipped: [{ date: '2026-12-01', code: 'slot_taken', message: 'taken' }],
    }
    expect(seriesSummary(result, tz)).toEqual({
      created: 2, first: '2026-11-24T14:00:00+08:00', last: '2026-12-08T14:00:00+08:00',
      skipped: [{ date: '2026-12-01', code: 'slot_taken', message: 'taken' }],
    })
  })
})
