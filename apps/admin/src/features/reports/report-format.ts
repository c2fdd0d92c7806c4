/** Numbers as the reports show them; `—` stands for a figure that does not apply (no target group, no opening hours). */

const DASH = '—'

/** 0.953 → `95.3%`, 0.95 → `95%`; null → `—`. */
export function percent(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return DASH
  return `${trim((share * 100).toFixed(digits))}%`
}

/** Whole numbers with group separators: 12345 → `12,345`. */
export function count(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return DASH
  return Math.round(n).toLocaleString('en-US')
}

/** Hours with at most one decimal: 12.25 → `12.3`, 12 → `12`, 3699 → `3,699`. */
export function hours(h: number | null | undefined): string {
  if (h === null || h === undefined || !Number.isFinite(h)) return DASH
  return (Math.round(h * 10) / 10).toLocaleString('en-US', { maximumFractionDigits: 1 })
}

/** A share as a chart value in percent with one decimal (charts want numbers, not text). */
export const percentValue = (share: number | null) => (share === null ? 0 : Math.round(share * 1000) / 10)

/** The top of a percent axis: the next 10 % step above the largest value, at most 100. */
export const maxPercent = ({ max }: { max: number }) => Math.min(100, Math.max(10, Math.ceil(max / 10) * 10))

const trim = (text: string) => (text.includes('.') ? text.replace(/\.?0+$/, '') : text)
