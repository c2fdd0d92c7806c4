/** WCAG 2 contrast between two `#rrggbb` colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

function channels(color: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color)
  if (!match) throw new Error(`not a #rrggbb colour: ${color}`)
  return [Number.parseInt(match[1]!, 16), Number.parseInt(match[2]!, 16), Number.parseInt(match[3]!, 16)]
}

function luminance(color: string): number {
  const [r, g, b] = channels(color).map((v) => {
    const c = v / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** Element Plus's SCSS `mix($with, $color, $weight)`: `weight` of `withColor`, the rest of `color`. */
export function mixColors(withColor: string, color: string, weight: number): string {
  const a = channels(withColor)
  const b = channels(color)
  return `#${a.map((v, i) => Math.round(v * weight + b[i]! * (1 - weight)).toString(16).padStart(2, '0')).join('')}`
}

/** The `--name: #rrggbb` declarations of a style sheet's `:root` block. */
export function rootColors(css: string): Record<string, string> {
  const root = /:root\s*{([^}]*)}/.exec(css)?.[1] ?? ''
  return Object.fromEntries([...root.matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]))
}
