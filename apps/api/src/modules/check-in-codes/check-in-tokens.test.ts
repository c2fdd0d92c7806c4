import { describe, expect, it } from 'vitest'
import { SLOT_SECONDS, signCheckInToken, tokenExpiry, verifyCheckInToken } from './check-in-tokens'

const place = { kind: 'room', id: 'r1' } as const
const at = (iso: string) => new Date(iso)
const plus = (d: Date, seconds: number) => new Date(d.getTime() + seconds * 1000)

describe('rotating check-in codes at another slot length', () => {
  it('takes a code for 2-3 slots whatever the slot, so a shorter test slot keeps production\'s rule', () => {
    expect(SLOT_SECONDS).toBe(30)
    for (const slotSeconds of [30, 10]) {
      // Made at the very start of a slot: good for exactly three slots.
      const start = at('2026-11-21T00:50:00Z')
      const token = signCheckInToken('secret', place, start, slotSeconds)
      expect(tokenExpiry(start, slotSeconds)).toEqual(plus(start, 3 * slotSeconds))
      expect(verifyCheckInToken('secret', place, token, plus(start, 3 * slotSeconds - 1), slotSeconds)).toBe('ok')
      expect(verifyCheckInToken('secret', place, token, plus(start, 3 * slotSeconds), slotSeconds)).toBe('expired')
      // Made at a slot's last second: still good for two slots after it.
      const late = plus(start, slotSeconds - 1)
      const lateToken = signCheckInToken('secret', place, late, slotSeconds)
      expect(verifyCheckInToken('secret', place, lateToken, plus(late, 2 * slotSeconds), slotSeconds)).toBe('ok')
      expect(verifyCheckInToken('secret', place, lateToken, plus(late, 2 * slotSeconds + 1), slotSeconds)).toBe('expired')
    }
  })
})
