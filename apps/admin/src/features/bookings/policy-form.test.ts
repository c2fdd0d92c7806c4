import { describe, expect, it } from 'vitest'
import { DEFAULT_BOOKING_POLICY } from '@linli/contracts'
import { POLICY_KEYS, centerPatch, kindPolicy, policyProblem, roomOverrides, roomPatch, toPolicyForm } from './policy-form'

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

  it("sends a room kind's whole set: only the fields it sets itself", () => {
    expect(kindPolicy({ ...center, slotMinutes: 60, weeklyQuota: 2 }, ['weeklyQuota', 'slotMinutes'])).toEqual({ slotMinutes: 60, weeklyQuota: 2 })
    expect(kindPolicy(center, [])).toEqual({})
  })

  it("reads the room's own overrides as the API stores them", () => {
    expect(roomOverrides({ slotMinutes: 60, bufferMinutes: 0 })).toEqual(['slotMinutes', 'bufferMinutes'])
    expect(roomOverrides({})).toEqual([])
  })

  it('sets new overrides and clears dropped ones with null, so the room follows the center', () => {
    const room = { ...center, slotMinutes: 60 }
    const form = { ...room, maxMinutes: 120, slotMinutes: 15 }
    // slotMinutes no longer overridden: null makes the room follow the center; maxMinutes newly set.
    expect(roomPatch(form, ['maxMinutes'], { slotMinutes: 60 })).toEqual({ maxMinutes: 120, slotMinutes: null })
    expect(roomPatch(room, ['slotMinutes'], { slotMinutes: room.slotMinutes })).toEqual({})
  })

  it('refuses a shortest booking longer than the longest', () => {
    expect(policyProblem({ ...center, minMinutes: 240, maxMinutes: 60 })).toBe('policy.minOverMax')
    expect(policyProblem(center)).toBeNull()
  })
})
