/**
 * Numbers as the reports show them; `—` stands for a figure that does not apply (no target group,
 * no opening hours). Every figure a chart, a table, a card or the printed month shows is rounded by
 * `roundFigure`, so the same number never reads 2.7 % in one place and 2.6 % in another.
 */

const DASH = '—'

/**
 * The one rounding rule: half away from zero at `digits` decimals of `value × 10^shift`, worked on
 * the decimal digits as written (0.0265 as a percent is exactly 2.65, so 2.7), not on the binary
 * float (where 2.65 is 2.6499… and `toFixed` gives 2.6).
 */
export function roundFigure(value: number, digits: number, shift = 0): number {
  const [mantissa = '0', exponent = '0'] = String(Math.abs(value)).split('e')
  const scaled = Math.round(Number(`${mantissa}e${Number(exponent) + shift + digits}`))
  const rounded = Number(`${scaled}e-${digits}`)
  return value < 0 && rounded !== 0 ? -rounded : rounded
}

const missing = (n: number | null | undefined): n is null | undefined => n === null || n === undefined || !Number.isFinite(n)

/** 0.953 → `95.3%`, 0.95 → `95%`; null → `—`. */
export function percent(share: number | null | undefined, digits = 1): string {
  if (missing(share)) return DASH
  return `${trim(roundFigure(share, digits, 2).toFixed(digits))}%`
}

/** Whole numbers with group separators: 12345 → `12,345`. */
export function count(n: number | null | undefined): string {
  if (missing(n)) return DASH
  return roundFigure(n, 0).toLocaleString('en-US')
}

/** Hours with at most one decimal: 12.25 → `12.3`, 12 → `12`, 3699 → `3,699`. */
export function hours(h: number | null | undefined): string {
  if (missing(h)) return DASH
  return hoursValue(h).toLocaleString('en-US', { maximumFractionDigits: 1 })
}

/** Hours as a chart value, rounded as the tables write them. */
export const hoursValue = (h: number) => roundFigure(h, 1)

/** A share as a chart value in percent with one decimal (charts want numbers, not text), rounded as `percent` writes it. */
export const percentValue = (share: number | null) => (share === null || !Number.isFinite(share) ? 0 : roundFigure(share, 1, 2))

/** The top of a percent axis: the next 10 % step above the largest value, at most 100. */
export const maxPercent = ({ max }: { max: number }) => Math.min(100, Math.max(10, Math.ceil(max / 10) * 10))

const trim = (text: string) => (text.includes('.') ? text.replace(/\.?0+$/, '') : text)
