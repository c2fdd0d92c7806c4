import type { Generated } from 'kysely'
import type { Nullable } from './column-types'

// How residents and staff get in and are held to the rules: sign-in throttle, SMS codes, no-show
// suspensions, private calendar links.

/** Failed sign-ins per (name digest, client) or per client (subject '*'); see modules/auth/sign-in-throttle.ts. */
export interface SignInThrottleTable {
  scope: 'staff' | 'resident'
  subject: string
  client: string
  failures: Generated<number>
  window_started_at: Date
  blocked_until: Nullable<Date>
}

/** One-time SMS codes (modules/residents/phone-codes.*): a keyed digest, never the code. */
export interface PhoneCodesTable {
  id: Generated<string>
  phone: string
  purpose: 'sign_up' | 'sign_in' | 'reset_password' | 'change_phone' | 'family_link'
  code_hash: string
  client: string
  tries: Generated<number>
  created_at: Date
  expires_at: Date
  closed_at: Nullable<Date>
  closed_reason: Nullable<'used' | 'replaced'>
}

/** A resident barred from new bookings and sign-ups at one center after too many no-shows. */
export interface SuspensionsTable {
  id: Generated<string>
  center_id: string
  resident_id: string
  starts_at: Date
  ends_at: Date
  /** The no-shows within window_days that led to it. */
  no_shows: number
  window_days: number
  lifted_at: Nullable<Date>
  lifted_by_staff_id: Nullable<string>
  created_at: Generated<Date>
}

/** A resident's private calendar feed (modules/calendar-feeds): the token is the URL's only key. */
export interface ResidentCalendarFeedsTable {
  resident_id: string
  token: string
  created_at: Date
}
