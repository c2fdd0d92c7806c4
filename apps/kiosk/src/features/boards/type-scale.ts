/**
 * How large 1rem must be on a wall screen so its smallest text (1rem: no board text is smaller) can
 * be read from where people stand: 25 mm of letter height per 3 m of viewing distance.
 *
 * The rule is applied to the cap height, the height of capital letters and digits, which is also
 * the height of the times on the boards. In Noto Sans CJK SC / Source Han Sans (the boards'
 * typeface) the cap height is 0.733 em (OS/2 sCapHeight 733 of 1000 units); Chinese characters
 * fill about 0.9 em, so text that meets the rule by its digits meets it by its characters too.
 */
export const CAP_HEIGHT_EM = 0.733
/** Letter height per metre of viewing distance: 25 mm at 3 m. */
export const CAP_MM_PER_METRE = 25 / 3
/** The layouts were drawn at 1rem = 1/33.75 of the shorter side (32 px at 1080p); never smaller than that. */
export const MIN_SHORT_SIDE_FRACTION = 1 / 33.75
/** Below 16rem on the shorter side the boards no longer fit; a screen too far for its size gets this. */
export const MAX_SHORT_SIDE_FRACTION = 1 / 16

export interface Viewing {
  /** Panel diagonal in inches. */
  panelInches: number
  /** How far away people read it, in metres. */
  viewingDistanceM: number
}

export interface TypeScale {
  /** Size of 1rem in CSS pixels. */
  remPx: number
  /** Cap height of 1rem text on the panel, in millimetres. */
  capMm: number
  /** Whether that meets 25 mm per 3 m; false only when the layout limit had to win. */
  meetsRule: boolean
}

/**
 * The root font size for a board filling a viewport of `width` x `height` CSS pixels on the given
 * panel. CSS pixels are taken to be square and to span the whole panel (a full-screen kiosk), so a
 * pixel's size is the diagonal over the viewport's diagonal, whatever the device pixel ratio.
 */
export function typeScale(viewing: Viewing, width: number, height: number): TypeScale {
  const diagonalPx = Math.hypot(width, height)
  const shortSide = Math.min(width, height)
  if (!(diagonalPx > 0) || !(viewing.panelInches > 0) || !(viewing.viewingDistanceM > 0)) {
    return { remPx: 32, capMm: 0, meetsRule: false }
  }
  const mmPerPx = (viewing.panelInches * 25.4) / diagonalPx
  const neededPx = (viewing.viewingDistanceM * CAP_MM_PER_METRE) / CAP_HEIGHT_EM / mmPerPx
  const remPx = Math.min(shortSide * MAX_SHORT_SIDE_FRACTION, Math.max(shortSide * MIN_SHORT_SIDE_FRACTION, neededPx))
  return { remPx, capMm: remPx * CAP_HEIGHT_EM * mmPerPx, meetsRule: remPx >= neededPx - 1e-9 }
}
