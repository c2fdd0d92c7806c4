import type { ColumnType } from 'kysely'
import type { BookingPolicyPatch, RoomKind } from '@linli/contracts'
import type { UpdatedAt } from './column-types'

// Booking rules by room kind, the middle level (modules/bookings/policies.repository.ts).

/** One center's rules for every room of one kind; a row exists only while it sets something. */
export interface RoomKindBookingPoliciesTable {
  center_id: string
  kind: RoomKind
  policy: ColumnType<BookingPolicyPatch, string, string>
  updated_at: UpdatedAt
}
