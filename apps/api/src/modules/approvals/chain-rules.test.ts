import { describe, expect, it } from 'vitest'
import type { ApprovalStep } from '@linli/contracts'
import { isOutsideOrganisation, outsideCenterHours, stepApplies } from './chain-rules'

const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:30', closes: '18:00' }))
const request = { headcount: 20, organisationId: null, startsLocal: '2026-11-25T09:00', endsLocal: '2026-11-25T11:00' }
const sub = (when: ApprovalStep['when']): ApprovalStep => ({ approver: 'subdistrict_admin', deadlineHours: 24, onLapse: 'expire', when })

describe('which approval steps a request needs', () => {
  it('asks for the subdistrict when any of the step\'s conditions holds', () => {
    const step = sub({ headcountOver: 100, organisation: true, outsideCenterHours: true })
    expect(stepApplies(step, 1, request, weekdays)).toBe(false)
    expect(stepApplies(step, 1, { ...request, headcount: 101 }, weekdays)).toBe(true)
    expect(stepApplies(step, 1, { ...request, organisationId: 'org-1' }, weekdays)).toBe(true)
    // The gym opens at 06:00, before the center does.
    expect(stepApplies(step, 1, { ...request, startsLocal: '2026-11-25T06:30', endsLocal: '2026-11-25T07:30' }, weekdays)).toBe(true)
    expect(stepApplies(step, 1, { ...request, startsLocal: '2026-11-28T09:00', endsLocal: '2026-11-28T10:00' }, weekdays)).toBe(true)
  })

  it('always asks for a step without a condition, and for the first step', () => {
    expect(stepApplies(sub(undefined), 1, request, weekdays)).toBe(true)
    expect(stepApplies(sub({}), 1, request, weekdays)).toBe(true)
    expect(stepApplies(sub({ headcountOver: 100 }), 0, request, weekdays)).toBe(true)
  })

  it('counts a booking for an organisation as outside, one for nobody as not', () => {
    expect(isOutsideOrganisation({ organisationId: 'org-1' })).toBe(true)
    expect(isOutsideOrganisation({ organisationId: null })).toBe(false)
    expect(outsideCenterHours({ startsLocal: '2026-11-25T17:00', endsLocal: '2026-11-25T18:00' }, weekdays)).toBe(false)
  })
})
