import { describe, expect, it } from 'vitest'
import themeCss from './theme.css?raw'
import { contrastRatio, mixColors, rootColors } from './contrast'

const theme = rootColors(themeCss)
const TYPES = ['primary', 'success', 'warning', 'danger', 'error', 'info'] as const
const WHITE = '#ffffff'
// Element Plus's own backgrounds that text sits on: the page, table headers and fills, and the tags' tints.
const PAGE = '#f2f3f5'
const FILL_LIGHT = '#f5f7fa'
const color = (name: string) => {
  const value = theme[`--el-${name}`]
  if (!value) throw new Error(`theme.css does not set --el-${name}`)
  return value
}

describe('admin theme', () => {
  it('is the contrast the issue measured before: Element Plus defaults fail', () => {
    expect(contrastRatio('#409eff', WHITE)).toBeCloseTo(2.78, 2)
    expect(contrastRatio('#909399', WHITE)).toBeCloseTo(3.07, 1)
  })

  it.each(TYPES)('%s: white on it (solid buttons), it on white and on its tint (text, plain buttons, tags, links) meet 4.5:1', (type) => {
    const base = color(`color-${type}`)
    const pairs: [string, string, string][] = [
      ['white on base', WHITE, base],
      ['white on hover (dark-2)', WHITE, color(`color-${type}-dark-2`)],
      ['base on white', base, WHITE],
      ['base on light-9 tint', base, color(`color-${type}-light-9`)],
      ['base on page background', base, PAGE],
      ['base on fill', base, FILL_LIGHT],
      ['dark-2 (link hover) on white', color(`color-${type}-dark-2`), WHITE],
    ]
    for (const [what, fg, bg] of pairs) expect(contrastRatio(fg, bg), `${type}: ${what}`).toBeGreaterThanOrEqual(4.5)
  })

  it('secondary and placeholder text meet 4.5:1 on white, and secondary text on every fill and tint', () => {
    const secondary = color('text-color-secondary')
    // A disabled select shows its placeholder on the fill colour, and axe checks it there too.
    for (const bg of [WHITE, FILL_LIGHT]) expect(contrastRatio(color('text-color-placeholder'), bg), `placeholder on ${bg}`).toBeGreaterThanOrEqual(4.5)
    for (const bg of [WHITE, PAGE, FILL_LIGHT, ...TYPES.map((t) => color(`color-${t}-light-9`))]) {
      expect(contrastRatio(secondary, bg), `secondary on ${bg}`).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('keeps Element Plus’s steps: light-N is N×10 % white over the colour, dark-2 is 20 % black', () => {
    for (const type of TYPES) {
      const base = color(`color-${type}`)
      for (const n of [3, 5, 7, 8, 9]) expect(color(`color-${type}-light-${n}`), `${type} light-${n}`).toBe(mixColors(WHITE, base, n / 10))
      expect(color(`color-${type}-dark-2`)).toBe(mixColors('#000000', base, 0.2))
      expect(themeCss).toContain(`--el-color-${type}-rgb: ${[1, 3, 5].map((i) => Number.parseInt(base.slice(i, i + 2), 16)).join(', ')};`)
    }
  })
})
