import type { ColumnType, Generated } from 'kysely'
import type { CreatedAt, UpdatedAt } from './column-types'
import type { ScreenLanguage, ScreenLayout } from '@linli/contracts'

// Lobby and door screens, their pairing, and what is pushed to them (modules/screens).

export interface ScreensTable {
  id: Generated<string>
  center_id: string
  room_id: string | null
  name: string
  layout: ScreenLayout
  language: ScreenLanguage
  token_hash: string
  revoked_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  last_seen_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  app_version: ColumnType<string | null, string | null | undefined, string | null>
  panel_inches: Generated<number>
  viewing_distance_m: Generated<number>
  /** A lobby screen shows 活动风采 (the center's published records) unless staff turned it off. */
  show_records: Generated<boolean>
  created_by: string | null
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface ScreenPairingsTable {
  id: Generated<string>
  code: string
  secret_hash: string
  expires_at: Date
  screen_id: ColumnType<string | null, string | null | undefined, string | null>
  pending_token: ColumnType<string | null, string | null | undefined, string | null>
  created_at: CreatedAt
}

export interface AnnouncementsTable {
  id: Generated<string>
  text: string
  center_id: string | null
  region_id: string | null
  starts_at: Date
  ends_at: Date
  priority: 'normal' | 'high'
  created_by: string | null
  created_at: CreatedAt
  /** When screens were pushed the start and the end; null while still to do (announcement-pushes.ts). */
  start_pushed_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  end_pushed_at: ColumnType<Date | null, Date | null | undefined, Date | null>
}

export interface EmergenciesTable {
  id: Generated<string>
  title: string
  message: string
  center_id: string | null
  region_id: string | null
  starts_at: Date
  ends_at: Date
  cleared_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  created_by: string | null
  cleared_by: ColumnType<string | null, string | null | undefined, string | null>
  created_at: CreatedAt
}
