import { type Static, Type } from '@sinclair/typebox'
import { Id } from './common'
import { LocalDate } from './activities'
import { ExportLanguage, ReportFormat } from './reports'

/**
 * The indicators a quarterly assessment (季度考核) may weigh, each a figure of the region report
 * per center over the quarter. Rates are in percent (0-100), hours in hours, the rest counts.
 */
export const ASSESSMENT_INDICATORS = [
  'activities_held', 'people', 'person_times', 'room_utilisation', 'service_closing_rate',
  'volunteer_hours', 'records_published', 'record_views', 'bookings',
] as const
export const AssessmentIndicator = Type.Union(ASSESSMENT_INDICATORS.map((i) => Type.Literal(i)))
export type AssessmentIndicator = Static<typeof AssessmentIndicator>
/** Indicators measured in percent: their targets and actuals are 0-100. */
export const PERCENT_INDICATORS: readonly AssessmentIndicator[] = ['room_utilisation', 'service_closing_rate']

/** A quarter: 2026-Q4. */
export const Quarter = Type.String({ pattern: '^[0-9]{4}-Q[1-4]$', description: 'YYYY-Qn', examples: ['2026-Q4'] })

/** One indicator of a scheme: its weight (whole points; a scheme's weights add up to 100) and its target. */
export const SchemeIndicator = Type.Object({
  indicator: AssessmentIndicator,
  weight: Type.Integer({ minimum: 1, maximum: 100 }),
  target: Type.Number({ exclusiveMinimum: 0, maximum: 999_999_999 }),
}, { additionalProperties: false })
export type SchemeIndicator = Static<typeof SchemeIndicator>

export const AssessmentScheme = Type.Object({
  regionId: Id,
  /** Empty until a district admin sets one. */
  indicators: Type.Array(SchemeIndicator),
})
export type AssessmentScheme = Static<typeof AssessmentScheme>

export const AssessmentSchemeBody = Type.Object({
  indicators: Type.Array(SchemeIndicator, { minItems: 1, maxItems: ASSESSMENT_INDICATORS.length }),
}, { additionalProperties: false })
export type AssessmentSchemeBody = Static<typeof AssessmentSchemeBody>

/**
 * An indicator's part of a center's score: points = min(actual / target, 1) × weight, so reaching the
 * target earns the whole weight and going beyond it earns nothing more (one strong figure cannot hide
 * a weak one); an actual of null (a rate with nothing to divide by) earns 0.
 */
export const AssessmentBreakdown = Type.Object({
  indicator: AssessmentIndicator, weight: Type.Integer(), target: Type.Number(),
  actual: Type.Union([Type.Number(), Type.Null()]), points: Type.Number(),
})
export type AssessmentBreakdown = Static<typeof AssessmentBreakdown>

/** A center's score (0-100, two decimals) and rank: equal scores share a rank (1, 2, 2, 4). */
export const AssessmentCenterScore = Type.Object({
  centerId: Id, centerName: Type.String(), score: Type.Number(), rank: Type.Integer(), breakdown: Type.Array(AssessmentBreakdown),
})
export type AssessmentCenterScore = Static<typeof AssessmentCenterScore>

const quarterHead = {
  regionId: Id, regionName: Type.String(), quarter: Quarter, from: LocalDate, to: LocalDate,
  /** open: computed live from today's figures; closed: frozen when it was closed. */
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  closedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
}

/** A region's quarter: every center ranked. */
export const AssessmentRanking = Type.Object({
  ...quarterHead,
  indicators: Type.Array(SchemeIndicator),
  centers: Type.Array(AssessmentCenterScore),
})
export type AssessmentRanking = Static<typeof AssessmentRanking>

/** A center's own line of the quarter, for its staff: its score and rank among how many, no other center's. */
export const CenterAssessment = Type.Object({
  ...quarterHead,
  centers: Type.Integer({ description: 'how many centers were ranked' }),
  own: AssessmentCenterScore,
})
export type CenterAssessment = Static<typeof CenterAssessment>

export const QuarterQuery = Type.Object({ quarter: Quarter }, { additionalProperties: false })
export type QuarterQuery = Static<typeof QuarterQuery>
export const QuarterParams = Type.Object({ id: Id, quarter: Quarter }, { additionalProperties: false })
export type QuarterParams = Static<typeof QuarterParams>

export const AssessmentExportQuery = Type.Object({
  quarter: Quarter, format: ReportFormat, lang: Type.Optional(ExportLanguage),
}, { additionalProperties: false })
export type AssessmentExportQuery = Static<typeof AssessmentExportQuery>
