import { describe, expect, it } from 'vitest'
import { CAP_HEIGHT_EM, typeScale } from './type-scale'

const mm = (inches: number, w: number, h: number) => (inches * 25.4) / Math.hypot(w, h)

describe('typeScale', () => {
  it('gives a 55-inch 1080p panel read from 3 m capitals and digits 25 mm tall (1rem about 54 px)', () => {
    const s = typeScale({ panelInches: 55, viewingDistanceM: 3 }, 1920, 1080)
    expect(s.capMm).toBeCloseTo(25, 5)
    expect(s.meetsRule).toBe(true)
    expect(s.remPx).toBeCloseTo(53.8, 1)
    // The 32 px the boards used before left capitals under 15 mm there.
    expect(32 * CAP_HEIGHT_EM * mm(55, 1920, 1080)).toBeLessThan(15)
  })

  it('is the same on the panel turned to portrait, and in CSS pixels of a 4K panel at 200 %', () => {
    const landscape = typeScale({ panelInches: 55, viewingDistanceM: 3 }, 1920, 1080)
    expect(typeScale({ panelInches: 55, viewingDistanceM: 3 }, 1080, 1920)).toEqual(landscape)
    expect(typeScale({ panelInches: 55, viewingDistanceM: 3 }, 3840, 2160).remPx).toBeCloseTo(landscape.remPx * 2, 5)
  })

  it('grows in step with the distance and shrinks as the panel gets bigger', () => {
    const at = (panelInches: number, viewingDistanceM: number) => typeScale({ panelInches, viewingDistanceM }, 1920, 1080)
    expect(at(55, 3.5).remPx).toBeCloseTo(at(55, 3).remPx * (3.5 / 3), 5)
    expect(at(75, 3).remPx).toBeCloseTo(at(55, 3).remPx * (55 / 75), 5)
    expect(at(75, 3).capMm).toBeCloseTo(25, 5)
  })

  it('never goes below the size the layouts were drawn at, which more than meets the rule up close', () => {
    const near = typeScale({ panelInches: 65, viewingDistanceM: 1 }, 1920, 1080)
    expect(near.remPx).toBe(32)
    expect(near.meetsRule).toBe(true)
    expect(near.capMm).toBeGreaterThan(25 / 3)
  })

  it('stops at 16rem on the shorter side and says so when a small panel is too far away', () => {
    const far = typeScale({ panelInches: 32, viewingDistanceM: 8 }, 1920, 1080)
    expect(far.remPx).toBe(1080 / 16)
    expect(far.meetsRule).toBe(false)
    expect(far.capMm).toBeLessThan(8 * (25 / 3))
  })

  it('falls back to 32 px rather than dividing by nothing', () => {
    expect(typeScale({ panelInches: 55, viewingDistanceM: 3 }, 0, 0).remPx).toBe(32)
    expect(typeScale({ panelInches: Number.NaN, viewingDistanceM: 3 }, 1920, 1080).remPx).toBe(32)
  })
})
