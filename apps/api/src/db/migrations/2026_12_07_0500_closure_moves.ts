import { type Kysely, sql } from 'kysely'

/**
 * A booking moved to another room by staff (a closure's 改期) is news for its resident: the
 * notification kind `booking_moved` joins the list. Every earlier kind stays.
 */
const statements = [
  sql`alter table notifications drop constraint notifications_kind_check`,
  sql`alter table notifications add constraint notifications_kind_check check (kind in ('seat_offered', 'offer_lapsed',
    'booking_approved', 'booking_rejected', 'booking_cancelled', 'booking_expired', 'booking_no_show', 'activity_date_cancelled',
    'booking_received', 'booking_reminder', 'signup_confirmed', 'offer_lapsing', 'activity_date_moved', 'activity_reminder',
    'check_in_open', 'center_emergency', 'proposal_question', 'proposal_accepted', 'proposal_declined',
    'booking_step_approved', 'booking_escalated', 'booking_moved'))`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
