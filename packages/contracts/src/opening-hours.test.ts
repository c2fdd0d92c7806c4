import { describe, expect, it } from 'vitest'
import { openingHoursProblems } from './opening-hours'

describe('openingHoursProblems', () => {
  it('accepts a split day and closed days', () => {
    expect(
      openingHoursProblems([
        { weekday: 1, opens: '08:30', closes: '12:00' },
        { weekday: 1, opens: '14:00', closes: '21:00' },
        { weekday: 6, opens: '09:00', closes: '17:00' },
      ]),
    ).toEqual([])
  })

  it('rejects an interval that closes before it opens', () => {
    expect(openingHoursProblems([{ weekday: 2, opens: '18:00', closes: '09:00' }])).toEqual([
      'openingHours/0: closes (09:00) must be after opens (18:00)',
    ])
  })

  it('rejects overlapping intervals on the same day only', () => {
    const problems = openingHoursProblems([
      { weekday: 3, opens: '08:00', closes: '12:00' },
      { weekday: 3, opens: '11:00', closes: '15:00' },
      { weekday: 4, opens: '11:00', closes: '15:00' },
    ])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('weekday 3')
  })
})
