import type { ColumnType, Generated } from 'kysely'
import type { Nullable } from './column-types'

// Closures and the national holiday calendar of a center (modules/closures).

/** A center (room_id null) or one of its rooms closed from starts_at to ends_at, with the reason residents see. */
export interface ClosuresTable {
  id: Generated<string>
  center_id: string
  room_id: Nullable<string>
  starts_at: Date
  ends_at: Date
  all_day: boolean
  reason: string
  created_by_staff_id: Nullable<string>
  /** The app's clock at creation (closures_not_past compares ends_at with it). */
  created_at: ColumnType<Date, Date, never>
}

export interface CenterHolidaySettingsTable {
  center_id: string
  follows_national_holidays: boolean
  updated_at: ColumnType<Date, Date, Date>
}

/** A statutory holiday on which the center stays open anyway; date is 'YYYY-MM-DD'. */
export interface CenterHolidayExceptionsTable {
  center_id: string
  date: ColumnType<string, string, string>
  note: Generated<string>
  created_by_staff_id: Nullable<string>
  created_at: ColumnType<Date, Date | undefined, never>
}
