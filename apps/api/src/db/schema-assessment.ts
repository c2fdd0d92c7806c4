import type { ColumnType } from 'kysely'
import type { AssessmentBreakdown, AssessmentIndicator } from '@linli/contracts'
import type { Nullable } from './column-types'

// The quarterly assessment of centers (季度考核, modules/assessment).

export interface AssessmentIndicatorsTable {
  region_id: string
  indicator: AssessmentIndicator
  position: number
  weight: number
  target: number
}

export interface AssessmentQuartersTable {
  region_id: string
  quarter: string
  closed_at: Date
  closed_by: Nullable<string>
}

export interface AssessmentScoresTable {
  region_id: string
  quarter: string
  center_id: string
  center_name: string
  score: number
  rank: number
  breakdown: ColumnType<AssessmentBreakdown[], string, string>
}
