/**
 * Numbers as the reports show them; `—` stands for a figure that does not apply (no target group,
 * no opening hours). Every figure a chart, a table, a card or the printed month shows is rounded by
 * `roundFigure` (packages/contracts, which the API's exports use too), so the same number never
 * reads 2.7 % in one place and 2.6 % in another.
 */
import { hoursFigure, percentFigure, roundFigure } from '@linli/contracts'

export { roundFigure }

const DASH = '—'

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
export const hoursValue = hoursFigure

/** A share as a chart value in percent with one decimal (charts want numbers, not text), rounded as `percent` writes it. */
export const percentValue = (share: number | null) => (share === null || !Number.isFinite(share) ? 0 : percentFigure(share))

/** The top of a percent axis: the next 10 % step above the largest value, at most 100. */
export const maxPercent = ({ max }: { max: number }) => Math.min(100, Math.max(10, Math.ceil(max / 10) * 10))

const trim = (text: string) => (text.includes('.') ? text.replace(/\.?0+$/, '') : text)
