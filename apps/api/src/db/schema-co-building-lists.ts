import type { ColumnType, Generated } from 'kysely'
import type { Nullable } from './column-types'

// The three lists (modules/co-building-lists) and joint meetings (modules/joint-meetings).

export interface CoBuildingResourcesTable {
  id: Generated<string>
  unit_id: string
  kind: 'room' | 'venue' | 'funds' | 'experts' | 'volunteers' | 'other'
  description: string
  quantity: Nullable<string>
  status: Generated<'available' | 'matched' | 'retired'>
  created_at: ColumnType<Date, Date, never>
  updated_at: ColumnType<Date, Date, Date>
}

export interface CoBuildingNeedsTable {
  id: Generated<string>
  center_id: Nullable<string>
  region_id: Nullable<string>
  title: string
  description: Generated<string>
  status: Generated<'open' | 'matched' | 'done' | 'closed'>
  created_at: ColumnType<Date, Date, never>
  updated_at: ColumnType<Date, Date, Date>
}

export interface CoBuildingProjectsTable {
  id: Generated<string>
  center_id: Nullable<string>
  region_id: Nullable<string>
  title: string
  description: Generated<string>
  status: Generated<'preparing' | 'active' | 'completed' | 'terminated'>
  /** `date` columns: written as 'YYYY-MM-DD' text; read them through `::text`. */
  started_on: Nullable<string>
  completed_on: Nullable<string>
  created_at: ColumnType<Date, Date, never>
  updated_at: ColumnType<Date, Date, Date>
}

export interface CoBuildingProjectResourcesTable { project_id: string; resource_id: string }
export interface CoBuildingProjectNeedsTable { project_id: string; need_id: string }

export interface JointMeetingsTable {
  id: Generated<string>
  center_id: Nullable<string>
  region_id: Nullable<string>
  title: string
  starts_at: Date
  time_zone: string
  location: Generated<string>
  minutes: Generated<string>
  created_at: ColumnType<Date, Date, never>
  updated_at: ColumnType<Date, Date, Date>
}

export interface JointMeetingAttendeesTable { meeting_id: string; unit_id: string }

export interface JointMeetingProblemsTable {
  id: Generated<string>
  meeting_id: string
  seq: Generated<string>
  description: string
  status: Generated<'raised' | 'assigned' | 'solved'>
  assigned_unit_id: Nullable<string>
  assigned_center_id: Nullable<string>
  owner: Nullable<string>
  resolution: Nullable<string>
  solved_on: Nullable<string>
  created_at: ColumnType<Date, Date, never>
  updated_at: ColumnType<Date, Date, Date>
}
