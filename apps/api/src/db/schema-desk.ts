import type { Generated } from 'kysely'
import type { Nullable } from './column-types'

// The service desk (modules/residents/desk-*): residents registered at a center, one-time sign-in links.

/** A resident registered at this center's desk, with the desk's household note. */
export interface CenterResidentsTable {
  center_id: string
  resident_id: string
  household: Nullable<string>
  registered_by_staff_id: Nullable<string>
  registered_at: Date
}

/** A one-time sign-in link (a QR handed over at the desk): a digest of the token, never the token. */
export interface ResidentSignInLinksTable {
  id: Generated<string>
  resident_id: string
  center_id: string
  token_hash: string
  created_by_staff_id: Nullable<string>
  created_at: Date
  expires_at: Date
  closed_at: Nullable<Date>
  closed_reason: Nullable<'used' | 'replaced'>
}
