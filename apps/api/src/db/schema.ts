import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely'
import type { CreatedAt, Json, Nullable, UpdatedAt, WallClock } from './column-types'
import type { PhoneCodesTable, ResidentCalendarFeedsTable, SignInThrottleTable, SuspensionsTable } from './schema-accounts'
import type { FamilyLinksTable } from './schema-family'
import type { CenterHolidayExceptionsTable, CenterHolidaySettingsTable, ClosuresTable } from './schema-closures'
import type { ProposalsTable } from './schema-proposals'
import type { CenterResidentsTable, ResidentSignInLinksTable } from './schema-desk'
import type { JobsTable } from './schema-jobs'
import type {
  NotificationAttemptsTable, NotificationDeliveriesTable, NotificationsTable, PushSubscriptionsTable, ResidentNotificationSettingsTable, ServerKeysTable,
} from './schema-notifications'
import type {
  ActivityCategory, ActivityStatus, Audience, BookingPolicyPatch, BookingStatus, CheckInMethod,
  NotificationLanguage, OccurrenceStatus, OpeningHours, OrganiserKind, ParticipationPolicyPatch,
  RegionLevel, RegistrationStatus, RoomAccess, RoomHoursException, RoomKind, ScreenLayout, ScreenLanguage, ServiceRequestCategory, ServiceRequestStatus, StaffRole,
} from '@linli/contracts'


export interface RegionsTable {
  id: Generated<string>
  parent_id: string | null
  level: RegionLevel
  name: string
  created_at: CreatedAt
}

export interface CentersTable {
  id: Generated<string>
  region_id: string
  name: string
  address: string
  area_m2: number
  time_zone: Generated<string>
  opening_hours: Json<OpeningHours>
  contact_name: string | null
  contact_phone: string | null
  booking_policy: ColumnType<BookingPolicyPatch, string | undefined, string>
  participation_policy: ColumnType<ParticipationPolicyPatch, string | undefined, string>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface RoomsTable {
  id: Generated<string>
  center_id: string
  name: string
  kind: RoomKind
  capacity: number
  floor: number
  amenities: Generated<string[]>
  access: RoomAccess
  requires_approval: Generated<boolean>
  description: Generated<string>
  active: Generated<boolean>
  booking_policy: ColumnType<BookingPolicyPatch, string | undefined, string>
  /** The room's own week (null: follows the center); see migration 2026_12_06_2300_room_hours. */
  weekly_hours: ColumnType<OpeningHours | null, string | null | undefined, string | null>
  hours_exceptions: ColumnType<RoomHoursException[], string | undefined, string>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface StaffTable {
  id: Generated<string>
  username: string
  display_name: string
  password_hash: string
  role: StaffRole
  region_id: string | null
  center_id: string | null
  active: Generated<boolean>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface AuditLogTable {
  id: Generated<string>
  at: ColumnType<Date, Date | undefined, never>
  actor_kind: 'staff' | 'resident' | 'screen' | 'system'
  actor_id: string | null
  center_id: string | null
  entity: string
  entity_id: string
  action: string
  before: ColumnType<unknown, string | null, never>
  after: ColumnType<unknown, string | null, never>
  request_id: string | null
  ip: string | null
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a leaked table cannot be replayed as cookies. */
  id: string
  staff_id: string | null
  resident_id: ColumnType<string | null, string | null | undefined, string | null>
  created_at: CreatedAt
  expires_at: Date
}


export interface ActivitiesTable {
  id: Generated<string>
  center_id: string
  title: string
  description: Generated<string>
  category: ActivityCategory
  audiences: Generated<Audience[]>
  organiser_kind: OrganiserKind
  organiser_name: string
  room_id: string | null
  location: string | null
  starts_local: WallClock
  ends_local: WallClock
  rrule: string | null
  exdates: ColumnType<string[], string[] | undefined, string[]>
  status: Generated<ActivityStatus>
  capacity: number | null
  kiosk_visible: Generated<boolean>
  staff_notes: Generated<string>
  split_from_id: string | null
  materialized_until: Date | null
  created_by: string | null
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface OccurrencesTable {
  id: Generated<string>
  activity_id: string
  center_id: string
  room_id: string | null
  recurrence_local: WallClock
  starts_at: Date
  ends_at: Date
  status: Generated<OccurrenceStatus>
  overridden: Generated<boolean>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface RoomReservationsTable {
  id: Generated<string>
  room_id: string
  during: string
  occurrence_id: string | null
  booking_id: ColumnType<string | null, string | null | undefined, string | null>
}

export interface ResidentsTable {
  id: Generated<string>
  name: string
  phone: string
  password_hash: string
  organisation_name: string | null
  active: Generated<boolean>
  language: Generated<NotificationLanguage>
  /** The secret of the resident's unsubscribe links. */
  notify_token: Generated<string>
  created_at: CreatedAt
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
  organisation_name: string | null
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
}

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


export interface ResidentGroupsTable {
  id: Generated<string>
  center_id: string
  name: string
  description: Generated<string>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface ResidentGroupMembersTable {
  group_id: string
  resident_id: string
  joined_at: ColumnType<Date, Date | undefined, never>
}

export interface RegistrationsTable {
  id: Generated<string>
  occurrence_id: string
  activity_id: string
  center_id: string
  resident_id: string
  status: RegistrationStatus
  queued_at: ColumnType<Date, Date | undefined, Date>
  offer_expires_at: Nullable<Date>
  source: 'resident' | 'staff'
  created_by_staff_id: Nullable<string>
  /** The family proxy who signed resident_id up (modules/family). */
  acted_by_resident_id: Nullable<string>
  late_cancellation: Generated<boolean>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface CheckInsTable {
  id: Generated<string>
  occurrence_id: string
  center_id: string
  resident_id: string | null
  registration_id: Nullable<string>
  method: CheckInMethod
  headcount: Generated<number>
  checked_in_at: ColumnType<Date, Date | undefined, Date>
  recorded_by_staff_id: Nullable<string>
  acted_by_resident_id: Nullable<string>
}

export interface VolunteerTeamsTable {
  id: Generated<string>
  center_id: string
  name: string
  description: Generated<string>
  active: Generated<boolean>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export interface VolunteerMembersTable {
  id: Generated<string>
  team_id: string
  center_id: string
  resident_id: string
  public_alias: Nullable<string>
  leaderboard_consent: Generated<boolean>
  active: Generated<boolean>
  joined_at: ColumnType<Date, Date | undefined, never>
}

export interface VolunteerServiceTable {
  id: Generated<string>
  member_id: string
  center_id: string
  occurrence_id: Nullable<string>
  check_in_id: Nullable<string>
  served_at: Date
  minutes: number
  points: number
  note: Generated<string>
  recorded_by_staff_id: Nullable<string>
  created_at: CreatedAt
}

export interface ServiceRequestsTable {
  id: Generated<string>
  center_id: string
  received_at: Date
  category: ServiceRequestCategory
  description: string
  resident_id: Nullable<string>
  visitor_name: Nullable<string>
  visitor_phone: Nullable<string>
  status: ServiceRequestStatus
  department: Nullable<string>
  transferred_at: Nullable<Date>
  closed_at: Nullable<Date>
  resolution: Generated<string>
  created_by_staff_id: Nullable<string>
  created_at: CreatedAt
  updated_at: UpdatedAt
}

export type * from './schema-accounts'
export type * from './schema-desk'
export type * from './schema-family'
export type * from './schema-closures'
export type * from './schema-proposals'
export type * from './schema-jobs'
export type * from './schema-notifications'

export interface DB {
  notifications: NotificationsTable
  resident_notification_settings: ResidentNotificationSettingsTable
  notification_deliveries: NotificationDeliveriesTable
  notification_attempts: NotificationAttemptsTable
  push_subscriptions: PushSubscriptionsTable
  server_keys: ServerKeysTable
  resident_groups: ResidentGroupsTable
  resident_group_members: ResidentGroupMembersTable
  registrations: RegistrationsTable
  check_ins: CheckInsTable
  volunteer_teams: VolunteerTeamsTable
  volunteer_members: VolunteerMembersTable
  volunteer_service: VolunteerServiceTable
  service_requests: ServiceRequestsTable
  audit_log: AuditLogTable
  screens: ScreensTable
  screen_pairings: ScreenPairingsTable
  announcements: AnnouncementsTable
  emergencies: EmergenciesTable
  residents: ResidentsTable
  bookings: BookingsTable
  booking_events: BookingEventsTable
  activities: ActivitiesTable
  occurrences: OccurrencesTable
  room_reservations: RoomReservationsTable
  regions: RegionsTable
  centers: CentersTable
  rooms: RoomsTable
  staff: StaffTable
  sessions: SessionsTable
  sign_in_throttle: SignInThrottleTable
  phone_codes: PhoneCodesTable
  jobs: JobsTable
  resident_calendar_feeds: ResidentCalendarFeedsTable
  suspensions: SuspensionsTable
  family_links: FamilyLinksTable
  proposals: ProposalsTable
  center_residents: CenterResidentsTable
  resident_sign_in_links: ResidentSignInLinksTable
  closures: ClosuresTable
  center_holiday_settings: CenterHolidaySettingsTable
  center_holiday_exceptions: CenterHolidayExceptionsTable
}

export type RegionRow = Selectable<RegionsTable>
export type CenterRow = Selectable<CentersTable>
export type NewCenter = Insertable<CentersTable>
export type CenterChanges = Updateable<CentersTable>
export type RoomRow = Selectable<RoomsTable>
export type NewRoom = Insertable<RoomsTable>
export type RoomChanges = Updateable<RoomsTable>
export type StaffRow = Selectable<StaffTable>
export type ActivityRow = Selectable<ActivitiesTable>
export type OccurrenceRow = Selectable<OccurrencesTable>
export type BookingRow = Selectable<BookingsTable>
export type ResidentRow = Selectable<ResidentsTable>
export type RegistrationRow = Selectable<RegistrationsTable>
export type CheckInRow = Selectable<CheckInsTable>
export type VolunteerMemberRow = Selectable<VolunteerMembersTable>
export type ServiceRequestRow = Selectable<ServiceRequestsTable>
