import { describe, expect, it } from 'vitest'
import { standingValues } from './standing'

describe('a suspension in plain words', () => {
  it('gives the count, the center and the day it lasts until, month and day as numbers', () => {
    const s = { id: 'x', centerId: 'c', centerName: '凤凰台党群服务中心', endsAt: '2027-03-23T10:05:00+08:00', untilDate: '2027-03-23', noShows: 2, windowDays: 120 }
    expect(standingValues(s)).toEqual({ n: 2, days: 120, center: '凤凰台党群服务中心', year: 2027, month: 3, day: 23, date: '2027-03-23' })
  })
})
