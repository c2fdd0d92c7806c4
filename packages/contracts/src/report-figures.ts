/**
 * How report figures are rounded, wherever they are shown: the admin's cards, charts, tables and
 * printed month, and the API's CSV and XLSX exports. One rule, so the same figure never reads
 * 2.7 % on the screen and 2.65 % in the spreadsheet.
 */

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

/** A 0..1 share in percent with one decimal: 0.018349 → 1.8. */
export const percentFigure = (share: number) => roundFigure(share, 1, 2)

/** Hours with one decimal: 12.25 → 12.3. */
export const hoursFigure = (hours: number) => roundFigure(hours, 1)
