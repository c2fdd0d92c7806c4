import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely'
import type { OpeningHours, RegionLevel, RoomAccess, RoomKind, StaffRole } from '@linli/contracts'

type CreatedAt = ColumnType<Date, never, never>
type UpdatedAt = ColumnType<Date, never, Date>
type Json<T> = ColumnType<T, string, string>

export interface RegionsTable {
  id: Generated<string>
  parent_id: string | null
  level: RegionLevel
  name: string
  created_at: CreatedAt
}

export interface CentersTable {
  id: Generated<string>
  region_id: string
  name: string
  address: string
  area_m2: number
  time_zone: Generated<string>
  opening_hours: Json<OpeningHours>
  contact_name: string | null
  contact_phone: string | null
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface RoomsTable {
  id: Generated<string>
  center_id: string
  name: string
  kind: RoomKind
  capacity: number
  floor: number
  amenities: Generated<string[]>
  access: RoomAccess
  requires_approval: Generated<boolean>
  description: Generated<string>
  active: Generated<boolean>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface StaffTable {
  id: Generated<string>
  username: string
  display_name: string
  password_hash: string
  role: StaffRole
  region_id: string | null
  center_id: string | null
  active: Generated<boolean>
  created_at: CreatedAt
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a leaked table cannot be replayed as cookies. */
  id: string
  staff_id: string
  created_at: CreatedAt
  expires_at: Date
}

export interface DB {
  regions: RegionsTable
  centers: CentersTable
  rooms: RoomsTable
  staff: StaffTable
  sessions: SessionsTable
}

export type RegionRow = Selectable<RegionsTable>
export type CenterRow = Selectable<CentersTable>
export type NewCenter = Insertable<CentersTable>
export type CenterChanges = Updateable<CentersTable>
export type RoomRow = Selectable<RoomsTable>
export type NewRoom = Insertable<RoomsTable>
export type RoomChanges = Updateable<RoomsTable>
export type StaffRow = Selectable<StaffTable>
