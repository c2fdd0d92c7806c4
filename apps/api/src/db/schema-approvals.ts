import type { ColumnType, Generated } from 'kysely'
import type { ApprovalStep, RoomKind } from '@linli/contracts'
import type { Nullable } from './column-types'

// Approval chains: who decides a request for a room, step by step (modules/approvals).

/** One room's chain (room_id) or the chain of every room of a kind in a center (room_kind); the room's wins. */
export interface ApprovalChainsTable {
  id: Generated<string>
  center_id: string
  room_id: Nullable<string>
  room_kind: Nullable<RoomKind>
  steps: ColumnType<ApprovalStep[], string, string>
  updated_by_staff_id: Nullable<string>
  updated_at: ColumnType<Date, Date, Date>
}
