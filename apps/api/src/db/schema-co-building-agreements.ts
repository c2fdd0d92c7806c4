import type { ColumnType, Generated } from 'kysely'
import type { Nullable } from './column-types'

// Co-building agreements (共建协议) of the units in schema-co-building.ts (modules/co-building).

export type AgreementAttachmentType = 'application/pdf' | 'image/jpeg' | 'image/png'

export interface CoBuildingAgreementsTable {
  id: Generated<string>
  unit_id: string
  center_id: Nullable<string>
  region_id: Nullable<string>
  title: string
  content: Generated<string>
  /** Local dates, read as 'YYYY-MM-DD' text (see the repository). */
  starts_on: ColumnType<string, string, string>
  ends_on: ColumnType<string, string, string>
  attachment_name: Nullable<string>
  attachment_type: Nullable<AgreementAttachmentType>
  attachment_size: Nullable<number>
  created_by: Nullable<string>
  created_at: ColumnType<Date, Date | undefined, never>
  updated_at: ColumnType<Date, Date | undefined, Date>
}
