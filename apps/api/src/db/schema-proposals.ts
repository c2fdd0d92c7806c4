import type { ColumnType, Generated } from 'kysely'
import type { Audience, ProposalState } from '@linli/contracts'
import type { Nullable } from './column-types'

// Residents' proposals of activities (居民提议, modules/proposals).

export interface ProposalsTable {
  id: Generated<string>
  center_id: string
  resident_id: string
  title: string
  description: Generated<string>
  audiences: ColumnType<Audience[], Audience[] | undefined, Audience[]>
  /** `date[]`: read it as `preferred_dates::text[]` (drivers parse dates differently). */
  preferred_dates: ColumnType<string[], string[], string[]>
  room_id: Nullable<string>
  expected_people: number
  organisation_name: Nullable<string>
  state: ColumnType<ProposalState, ProposalState | undefined, ProposalState>
  question: Nullable<string>
  answer: Nullable<string>
  decline_reason: Nullable<string>
  activity_id: Nullable<string>
  decided_by: Nullable<string>
  created_at: ColumnType<Date, Date, never>
  updated_at: ColumnType<Date, Date, Date>
}
