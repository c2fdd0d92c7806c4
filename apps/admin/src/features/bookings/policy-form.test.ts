import { describe, expect, it } from 'vitest'
import { DEFAULT_BOOKING_POLICY } from '@linli/contracts'
import { POLICY_KEYS, centerPatch, policyProblem, roomOverrides, roomPatch, toPolicyForm } from './policy-form'

const center = { ...DEFAULT_BOOKING_POLICY, maxMinutes: 180 }

describe('booking policy form', () => {
  it('covers every rule of the contract once', () => {
    expect([...POLICY_KEYS].sort()).toEqual(Object.keys(DEFAULT_BOOKING_POLICY).sort())
  })

  it('sends only the changed center defaults', () => {
    const form = toPolicyForm(center)
    form.weeklyQuota = 5
    form.releaseTime = '07:30'
    expect(centerPatch(form, center)).toEqual({ weeklyQuota: 5, releaseTime: '07:30' })
    expect(center.weeklyQuota).toBe(3)
  })

  it('takes a room value that differs from the center as an override', () => {
    expect(roomOverrides({ ...center, slotMinutes: 60, bufferMinutes: 0 }, center)).toEqual(['slotMinutes', 'bufferMinutes'])
    expect(roomOverrides(center, center)).toEqual([])
  })

  it('sets new overrides and puts cleared ones back to the center value', () => {
    const room = { ...center, slotMinutes: 60 }
    const form = { ...room, maxMinutes: 120, slotMinutes: 15 }
    // slotMinutes no longer overridden: back to the center's 30; maxMinutes newly set.
    expect(roomPatch(form, ['maxMinutes'], center, room)).toEqual({ maxMinutes: 120, slotMinutes: 30 })
    expect(roomPatch(room, ['slotMinutes'], center, room)).toEqual({})
  })

  it('refuses a shortest booking longer than the longest', () => {
    expect(policyProblem({ ...center, minMinutes: 240, maxMinutes: 60 })).toBe('policy.minOverMax')
    expect(policyProblem(center)).toBeNull()
  })
})
