import { describe, expect, it } from 'vitest'
import { DEFAULT_PARTICIPATION_POLICY } from '@linli/contracts'
import { policyPatch, switchNoShowRule, switchReminder, thresholdProblems, thresholdsOf, toPolicyForm } from './policy-form'

const keys = (values: (number | null)[]) => thresholdProblems(values).map((p) => `${p.index}:${p.key.split('.').at(-1)}`)

describe('star thresholds', () => {
  it('accepts ten ascending numbers, and fewer stars with trailing blanks', () => {
    expect(keys([10, 30, 60, 100, 200, 400, 700, 1000, 1500, 2000])).toEqual([])
    expect(keys([10, 30, 60, null, null, null, null, null, null, null])).toEqual([])
    expect(thresholdsOf([10, 30, 60, null, null])).toEqual([10, 30, 60])
  })

  it('refuses a list with no first star', () => {
    expect(keys([null, null, null])).toEqual(['0:first'])
  })

  it('points at the box that breaks the order', () => {
    expect(keys([10, 30, 30, 100])).toEqual(['2:ascending'])
    expect(keys([10, 50, 40, 100])).toEqual(['2:ascending'])
  })

  it('points at a blank between filled boxes, and at numbers out of range', () => {
    expect(keys([10, null, 60])).toEqual(['1:gap'])
    expect(keys([0, 30])).toEqual(['0:range'])
    expect(keys([10, 20.5, 30])).toEqual(['1:range'])
    expect(keys([10, 20_000_000])).toEqual(['1:range'])
  })
})

describe('participation rules form', () => {
  it('fills ten boxes whatever the center has', () => {
    const form = toPolicyForm({ ...DEFAULT_PARTICIPATION_POLICY, starThresholds: [5, 15] })
    expect(form.starThresholds).toEqual([5, 15, null, null, null, null, null, null, null, null])
  })

  it('sends only what changed', () => {
    const current = DEFAULT_PARTICIPATION_POLICY
    const form = toPolicyForm(current)
    expect(policyPatch(form, current)).toEqual({})
    form.offerHoldMinutes = 60
    form.kioskLeaderboard = true
    form.starThresholds = [10, 30, 60, null, null, null, null, null, null, null]
    expect(policyPatch(form, current)).toEqual({ offerHoldMinutes: 60, kioskLeaderboard: true, starThresholds: [10, 30, 60] })
  })
})

describe('reminder switches', () => {
  it('sends null for a reminder switched off, and brings back what it was when switched on again', () => {
    const current = { ...DEFAULT_PARTICIPATION_POLICY, reminderDayBeforeAt: '19:30' }
    const form = toPolicyForm(current)
    const remembered = {}
    switchReminder(form, 'reminderDayBeforeAt', false, remembered)
    switchReminder(form, 'reminderLeadMinutes', false, remembered)
    expect(policyPatch(form, current)).toEqual({ reminderDayBeforeAt: null, reminderLeadMinutes: null })
    switchReminder(form, 'reminderDayBeforeAt', true, remembered)
    expect(policyPatch(form, current)).toEqual({ reminderLeadMinutes: null })
  })

  it('switches a reminder a center had off on at the default', () => {
    const current = { ...DEFAULT_PARTICIPATION_POLICY, reminderLeadMinutes: null }
    const form = toPolicyForm(current)
    switchReminder(form, 'reminderLeadMinutes', true, {})
    expect(policyPatch(form, current)).toEqual({ reminderLeadMinutes: 60 })
  })
})

describe('the no-show rule switch (爽约规则)', () => {
  it('is off by default and switches on with the example, all three numbers at once', () => {
    const form = toPolicyForm(DEFAULT_PARTICIPATION_POLICY)
    expect(form.noShowLimit).toBeNull()
    switchNoShowRule(form, true, {})
    expect(policyPatch(form, DEFAULT_PARTICIPATION_POLICY)).toEqual({ noShowLimit: 2, noShowWindowDays: 120, suspensionDays: 120 })
  })

  it('switches off to three nulls and back on to the numbers it had', () => {
    const current = { ...DEFAULT_PARTICIPATION_POLICY, noShowLimit: 3, noShowWindowDays: 60, suspensionDays: 30 }
    const form = toPolicyForm(current)
    const remembered = {}
    switchNoShowRule(form, false, remembered)
    expect(policyPatch(form, current)).toEqual({ noShowLimit: null, noShowWindowDays: null, suspensionDays: null })
    switchNoShowRule(form, true, remembered)
    expect(policyPatch(form, current)).toEqual({})
  })
})
