import { describe, expect, it } from 'vitest'
import { resendAt, secondsLeft } from './code-countdown'

describe('resendAt and secondsLeft', () => {
  it('counts down from what the server said, then allows asking again', () => {
    const until = resendAt(1_000, 60)
    expect(secondsLeft(until, 1_000)).toBe(60)
    expect(secondsLeft(until, 1_500)).toBe(60)
    expect(secondsLeft(until, 59_000)).toBe(2)
    expect(secondsLeft(until, 61_000)).toBe(0)
    expect(secondsLeft(until, 90_000)).toBe(0)
  })

  it('uses Retry-After when given, and a minute when the server said nothing usable', () => {
    expect(secondsLeft(resendAt(0, 17), 0)).toBe(17)
    expect(secondsLeft(resendAt(0, undefined), 0)).toBe(60)
    expect(secondsLeft(resendAt(0, Number.NaN), 0)).toBe(60)
    expect(secondsLeft(resendAt(0, 0), 0)).toBe(0)
  })
})
