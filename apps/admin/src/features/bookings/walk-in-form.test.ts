import { describe, expect, it } from 'vitest'
import { emptyWalkInForm, isSeries, toBookingBody, toSeriesBody, walkInProblems } from './walk-in-form'

const filled = () => ({
  ...emptyWalkInForm('2026-11-24', 'r1'), start: '14:00', end: '16:00', purpose: ' 合唱排练 ', headcount: 20,
  name: ' 张阿姨 ', phone: '13800000009',
})

describe('walk-in booking form', () => {
  it('books a walk-in with name and phone on the center wall clock', () => {
    expect(toBookingBody(filled())).toEqual({
      startsLocal: '2026-11-24T14:00', endsLocal: '2026-11-24T16:00', purpose: '合唱排练', headcount: 20,
      walkIn: { name: '张阿姨', phone: '13800000009' },
    })
  })

  it('books for an organisation, weekly when asked', () => {
    const form = { ...filled(), kind: 'organisation' as const, organisationId: '9b2f4c1e-0000-4000-8000-000000000001', publishOrganisation: true, repeat: true, weeks: 6, skipConflicts: true }
    expect(isSeries(form)).toBe(true)
    expect(toSeriesBody(form)).toEqual({
      startsLocal: '2026-11-24T14:00', endsLocal: '2026-11-24T16:00', purpose: '合唱排练', headcount: 20,
      organisationId: '9b2f4c1e-0000-4000-8000-000000000001', publishOrganisation: true, weeks: 6, skipConflicts: true,
    })
    expect(isSeries({ ...form, kind: 'walkIn' })).toBe(false)
  })

  it('lists what is missing', () => {
    expect(walkInProblems(emptyWalkInForm('2026-11-24'))).toEqual([
      'walkIn.needRoom', 'walkIn.needTime', 'walkIn.needPurpose', 'walkIn.needHeadcount', 'walkIn.needName', 'walkIn.needPhone',
    ])
    expect(walkInProblems(filled(), 12)).toEqual(['walkIn.overCapacity'])
    expect(walkInProblems({ ...filled(), kind: 'organisation' })).toEqual(['walkIn.needOrganisation'])
    expect(walkInProblems(filled(), 30)).toEqual([])
  })
})
