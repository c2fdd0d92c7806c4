import type { ColumnType, Generated } from 'kysely'
import type { Nullable } from './column-types'

// Households and organisations (modules/households, modules/organisations): who books together,
// counted together against quotas.

/** Residents at one address; a resident is in at most one (household_members_one_household). */
export interface HouseholdsTable {
  id: Generated<string>
  center_id: string
  name: string
  /** Bookings per week for the whole household in its center; null: only each member's own quota. */
  weekly_quota: Nullable<number>
  created_by_staff_id: Nullable<string>
  created_at: ColumnType<Date, Date | undefined, never>
}

export interface HouseholdMembersTable {
  household_id: string
  resident_id: string
  added_at: ColumnType<Date, Date | undefined, never>
}

/** An outside organisation of one center (center_id) or of every center in a region (region_id). */
export interface OrganisationsTable {
  id: Generated<string>
  center_id: Nullable<string>
  region_id: Nullable<string>
  name: string
  contact_name: Nullable<string>
  contact_phone: Nullable<string>
  /** Whether a booking's "publish the organisation" may put this name on public screens. */
  publish_name: Generated<boolean>
  weekly_quota: Nullable<number>
  created_at: ColumnType<Date, Date | undefined, never>
}

export interface OrganisationMembersTable {
  organisation_id: string
  resident_id: string
  added_at: ColumnType<Date, Date | undefined, never>
}
