import type { ColumnType, Generated } from 'kysely'
import type { CreatedAt, Nullable, UpdatedAt } from './column-types'
import type { BookingApprovalStep, BookingStatus } from '@linli/contracts'

// Room bookings and the reservations that keep them from overlapping (modules/bookings, modules/reservations).

export interface RoomReservationsTable {
  id: Generated<string>
  room_id: string
  during: string
  occurrence_id: string | null
  booking_id: ColumnType<string | null, string | null | undefined, string | null>
}

export interface BookingsTable {
  id: Generated<string>
  room_id: string
  center_id: string
  resident_id: string | null
  booked_by_staff_id: string | null
  walk_in_name: string | null
  walk_in_phone: string | null
  purpose: string
  headcount: number
  /** The organisation it is for (organisations); its name is read through the join, see organisation-booking.ts. */
  organisation_id: Nullable<string>
  publish_organisation: Generated<boolean>
  starts_at: Date
  ends_at: Date
  status: BookingStatus
  /** 8 digits the resident shows at the desk (核销); made by the database (new_booking_code()). */
  code: Generated<string>
  series_id: string | null
  reject_reason: ColumnType<string | null, string | null | undefined, string | null>
  late_cancellation: Generated<boolean>
  decided_by: ColumnType<string | null, string | null | undefined, string | null>
  decided_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  checked_in_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  /** The family proxy who booked for resident_id (modules/family). */
  acted_by_resident_id: Nullable<string>
  /** The request's own copy of its approval steps, the step it waits at (1-based) and when that lapses (modules/approvals). */
  approval_steps: ColumnType<BookingApprovalStep[] | null, string | null | undefined, string | null>
  approval_step: Nullable<number>
  approval_due_at: Nullable<Date>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface BookingEventsTable {
  id: Generated<string>
  booking_id: string
  at: ColumnType<Date, Date | undefined, never>
  actor_kind: 'staff' | 'resident' | 'system'
  actor_id: string | null
  from_status: BookingStatus | null
  to_status: BookingStatus
  note: string | null
  /** The approval step an entry concerns (a step approved, lapsed or escalated). */
  approval_step: Nullable<number>
}
