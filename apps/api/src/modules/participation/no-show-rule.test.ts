import { describe, expect, it } from 'vitest'
import { countingSince, noShowRuleOf, suspensionDue } from './no-show-rule'

const now = new Date('2026-11-23T02:00:00Z')
const rule = { limit: 2, windowDays: 120, suspensionDays: 120 }

describe('the no-show rule (爽约规则)', () => {
  it('is off unless all three numbers are set', () => {
    expect(noShowRuleOf({ noShowLimit: null, noShowWindowDays: null, suspensionDays: null })).toBeNull()
    expect(noShowRuleOf({ noShowLimit: 2, noShowWindowDays: 120, suspensionDays: null })).toBeNull()
    expect(noShowRuleOf({ noShowLimit: 2, noShowWindowDays: 120, suspensionDays: 120 })).toEqual(rule)
  })

  it('counts within the window, but never before the last suspension began', () => {
    expect(countingSince(rule, now, null)).toEqual(new Date('2026-07-26T02:00:00Z'))
    expect(countingSince(rule, now, new Date('2026-05-01T00:00:00Z'))).toEqual(new Date('2026-07-26T02:00:00Z'))
    expect(countingSince(rule, now, new Date('2026-11-01T00:00:00Z'))).toEqual(new Date('2026-11-01T00:00:00Z'))
  })

  it('suspends from now for suspensionDays once the count reaches the limit', () => {
    expect(suspensionDue(rule, 1, now)).toBeNull()
    expect(suspensionDue(rule, 2, now)).toEqual({ startsAt: now, endsAt: new Date('2027-03-23T02:00:00Z') })
    expect(suspensionDue(rule, 5, now)?.endsAt).toEqual(new Date('2027-03-23T02:00:00Z'))
  })
})
