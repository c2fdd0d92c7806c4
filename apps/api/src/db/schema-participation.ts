import type { ColumnType, Generated } from 'kysely'
import type { CreatedAt, Nullable, UpdatedAt } from './column-types'
import type { Audience, CheckInMethod, RegistrationStatus, ServiceRequestCategory, ServiceRequestStatus } from '@linli/contracts'

// Activity sign-ups, check-ins, groups, volunteers and the service desk's requests (modules/participation, volunteers, service-requests).

export interface ResidentGroupsTable {
  id: Generated<string>
  center_id: string
  name: string
  description: Generated<string>
  /** The audience the group stands for in the region report (migration 2026_12_07_0600_district_view). */
  audience: Generated<Audience | null>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface ResidentGroupMembersTable {
  group_id: string
  resident_id: string
  joined_at: ColumnType<Date, Date | undefined, never>
}

export interface RegistrationsTable {
  id: Generated<string>
  occurrence_id: string
  activity_id: string
  center_id: string
  resident_id: string
  status: RegistrationStatus
  queued_at: ColumnType<Date, Date | undefined, Date>
  offer_expires_at: Nullable<Date>
  source: 'resident' | 'staff'
  created_by_staff_id: Nullable<string>
  /** The family proxy who signed resident_id up (modules/family). */
  acted_by_resident_id: Nullable<string>
  late_cancellation: Generated<boolean>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface CheckInsTable {
  id: Generated<string>
  occurrence_id: string
  center_id: string
  resident_id: string | null
  registration_id: Nullable<string>
  method: CheckInMethod
  headcount: Generated<number>
  checked_in_at: ColumnType<Date, Date | undefined, Date>
  recorded_by_staff_id: Nullable<string>
  acted_by_resident_id: Nullable<string>
}

export interface VolunteerTeamsTable {
  id: Generated<string>
  center_id: string
  name: string
  description: Generated<string>
  active: Generated<boolean>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface VolunteerMembersTable {
  id: Generated<string>
  team_id: string
  center_id: string
  resident_id: string
  public_alias: Nullable<string>
  leaderboard_consent: Generated<boolean>
  active: Generated<boolean>
  joined_at: ColumnType<Date, Date | undefined, never>
}

export interface VolunteerServiceTable {
  id: Generated<string>
  member_id: string
  center_id: string
  occurrence_id: Nullable<string>
  check_in_id: Nullable<string>
  served_at: Date
  minutes: number
  points: number
  note: Generated<string>
  recorded_by_staff_id: Nullable<string>
  created_at: CreatedAt
}

export interface ServiceRequestsTable {
  id: Generated<string>
  center_id: string
  received_at: Date
  category: ServiceRequestCategory
  description: string
  resident_id: Nullable<string>
  visitor_name: Nullable<string>
  visitor_phone: Nullable<string>
  status: ServiceRequestStatus
  department: Nullable<string>
  transferred_at: Nullable<Date>
  closed_at: Nullable<Date>
  resolution: Generated<string>
  created_by_staff_id: Nullable<string>
  created_at: CreatedAt
  updated_at: UpdatedAt
}
