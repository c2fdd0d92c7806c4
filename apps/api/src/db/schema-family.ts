import type { ColumnType, Generated } from 'kysely'
import type { Nullable } from './column-types'

// Family proxies (代预约): who may act for whom (modules/family).

/** A proxy resident acts for a member resident; deleting the row unlinks them. */
export interface FamilyLinksTable {
  id: Generated<string>
  proxy_resident_id: string
  member_resident_id: string
  method: 'sms_code' | 'staff'
  /** The center whose desk linked them (staff links), else null. */
  center_id: Nullable<string>
  linked_by_staff_id: Nullable<string>
  created_at: ColumnType<Date, Date, never>
}
