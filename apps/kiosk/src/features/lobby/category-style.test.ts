import { describe, expect, it } from 'vitest'
import { ACTIVITY_CATEGORIES } from '@linli/contracts'
import { categoryStyle } from './category-style'

// WCAG relative luminance and contrast ratio.
const channel = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16) / 255)) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05)

describe('categoryStyle', () => {
  it('gives every category an icon and a colour that carries white text at WCAG AA', () => {
    for (const category of ACTIVITY_CATEGORIES) {
      const { paths, colour } = categoryStyle(category)
      expect(paths.length, category).toBeGreaterThan(0)
      expect(contrastWithWhite(colour), `${category} ${colour}`).toBeGreaterThanOrEqual(4.5)
    }
  })
})
