import type { ColumnType, Generated } from 'kysely'
import type { Nullable } from './column-types'

// People counts in open-access rooms (modules/occupancy).

/** One count of the people in a room at a moment, from staff or a paired screen's counter. */
export interface OccupancyReadingsTable {
  id: Generated<string>
  room_id: string
  at: ColumnType<Date, Date, never>
  count: number
  staff_id: Nullable<string>
  screen_id: Nullable<string>
}
