import { type AssessmentBreakdown, type AssessmentCenterScore, type AssessmentIndicator, PERCENT_INDICATORS, type SchemeIndicator } from '@linli/contracts'

const round2 = (n: number) => Math.round(n * 100) / 100

/** A center's figures for the quarter, each in its indicator's unit (rates in percent; null: nothing to divide by). */
export interface CenterFigures { centerId: string; centerName: string; figures: Record<AssessmentIndicator, number | null> }

/** The weights of a scheme must add up to exactly 100; the sum names what is wrong. */
export const weightSum = (indicators: readonly SchemeIndicator[]) => indicators.reduce((n, i) => n + i.weight, 0)

/**
 * Scores every center: per indicator min(actual / target, 1) × weight (two decimals), summed.
 * Ranked by score, highest first; equal scores share a rank and the next rank skips (1, 2, 2, 4),
 * as a ranking on paper reads; centers with equal scores are listed by name.
 */
export function rankCenters(indicators: readonly SchemeIndicator[], centers: readonly CenterFigures[]): AssessmentCenterScore[] {
  const scored = centers.map((c) => {
    const breakdown: AssessmentBreakdown[] = indicators.map(({ indicator, weight, target }) => {
      const actual = c.figures[indicator]
      const points = actual === null ? 0 : round2(Math.min(actual / target, 1) * weight)
      return { indicator, weight, target, actual, points }
    })
    return { centerId: c.centerId, centerName: c.centerName, score: round2(breakdown.reduce((n, b) => n + b.points, 0)), breakdown }
  }).sort((a, b) => b.score - a.score || (a.centerName < b.centerName ? -1 : a.centerName > b.centerName ? 1 : 0))
  return scored.map((c) => ({ ...c, rank: 1 + scored.filter((o) => o.score > c.score).length }))
}

/** A 0..1 share as the percent an assessment reads (two decimals), or null. */
export const asPercent = (share: number | null) => (share === null ? null : round2(share * 100))

export const isPercent = (indicator: AssessmentIndicator) => PERCENT_INDICATORS.includes(indicator)
