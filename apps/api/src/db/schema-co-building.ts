import type { ColumnType, Generated } from 'kysely'
import type { Nullable } from './column-types'

// Co-building units (驻区单位) and the centers and regions they work with (modules/co-building).

export type UnitKind = 'government' | 'enterprise' | 'school' | 'hospital' | 'social_organisation' | 'public_institution' | 'other'

export interface CoBuildingUnitsTable {
  id: Generated<string>
  region_id: string
  name: string
  kind: UnitKind
  contact_name: Nullable<string>
  contact_phone: Nullable<string>
  address: Nullable<string>
  active: Generated<boolean>
  created_at: ColumnType<Date, Date | undefined, never>
  updated_at: ColumnType<Date, Date | undefined, Date>
}

export interface CoBuildingPartnersTable {
  id: Generated<string>
  unit_id: string
  center_id: Nullable<string>
  region_id: Nullable<string>
}
