import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely'
import type { CreatedAt, Json, UpdatedAt, WallClock } from './column-types'
import type { PhoneCodesTable, ResidentCalendarFeedsTable, SignInThrottleTable, SuspensionsTable } from './schema-accounts'
import type { FamilyLinksTable } from './schema-family'
import type { RoomKindBookingPoliciesTable } from './schema-room-rules'
import type { OccupancyReadingsTable } from './schema-occupancy'
import type { CenterHolidayExceptionsTable, CenterHolidaySettingsTable, ClosuresTable } from './schema-closures'
import type { ProposalsTable } from './schema-proposals'
import type { ImportBatchesTable } from './schema-imports'
import type { ActivityRecordsTable, RecordPhotosTable, RecordViewDaysTable, RecordViewMarksTable, RecordViewSaltsTable, StoredFilesTable, StoredObjectDeletionsTable, StoredObjectsTable } from './schema-records'
import type { AssessmentIndicatorsTable, AssessmentQuartersTable, AssessmentScoresTable } from './schema-assessment'
import type { CenterResidentsTable, ResidentSignInLinksTable } from './schema-desk'
import type { CoBuildingPartnersTable, CoBuildingUnitsTable } from './schema-co-building'
import type { CoBuildingAgreementsTable } from './schema-co-building-agreements'
import type {
  CoBuildingNeedsTable, CoBuildingProjectNeedsTable, CoBuildingProjectResourcesTable, CoBuildingProjectsTable, CoBuildingResourcesTable,
  JointMeetingAttendeesTable, JointMeetingProblemsTable, JointMeetingsTable,
} from './schema-co-building-lists'
import type { JobsTable } from './schema-jobs'
import type { BookingEventsTable, BookingsTable, RoomReservationsTable } from './schema-bookings'
import type { ApprovalChainsTable } from './schema-approvals'
import type { HouseholdMembersTable, HouseholdsTable, OrganisationMembersTable, OrganisationsTable } from './schema-households'
import type { AnnouncementsTable, EmergenciesTable, ScreenPairingsTable, ScreensTable } from './schema-screens'
import type {
  CheckInsTable, RegistrationsTable, ResidentGroupMembersTable, ResidentGroupsTable, ServiceRequestsTable,
  VolunteerMembersTable, VolunteerServiceTable, VolunteerTeamsTable,
} from './schema-participation'
import type {
  NotificationAttemptsTable, NotificationDeliveriesTable, NotificationsTable, PushSubscriptionsTable, ResidentNotificationSettingsTable, ServerKeysTable,
} from './schema-notifications'
import type {
  ActivityCategory, ActivityStatus, Audience, BookingPolicyPatch,
  NotificationLanguage, OccurrenceStatus, OpeningHours, OrganiserKind, ParticipationPolicyPatch,
  RegionLevel, RoomAccess, RoomHoursException, RoomKind, StaffRole,
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
  /** A co-building unit's room offered to the booking system (set when added, never changed). */
  provided_by_unit_id: ColumnType<string | null, string | null | undefined, string | null>
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

export interface ResidentsTable {
  id: Generated<string>
  name: string
  phone: string
  password_hash: string
  /** What the resident said at sign-up they act for, until staff place them in an organisation (organisation_members). */
  organisation_name: string | null
  active: Generated<boolean>
  language: Generated<NotificationLanguage>
  /** The secret of the resident's unsubscribe links. */
  notify_token: Generated<string>
  created_at: CreatedAt
}

export type * from './schema-accounts'
export type * from './schema-bookings'
export type * from './schema-screens'
export type * from './schema-participation'
export type * from './schema-desk'
export type * from './schema-family'
export type * from './schema-closures'
export type * from './schema-proposals'
export type * from './schema-approvals'
export type * from './schema-jobs'
export type * from './schema-notifications'
export type * from './schema-households'

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
  approval_chains: ApprovalChainsTable
  activities: ActivitiesTable
  occurrences: OccurrencesTable
  room_reservations: RoomReservationsTable
  regions: RegionsTable
  centers: CentersTable
  rooms: RoomsTable
  room_kind_booking_policies: RoomKindBookingPoliciesTable
  occupancy_readings: OccupancyReadingsTable
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
  households: HouseholdsTable
  household_members: HouseholdMembersTable
  organisations: OrganisationsTable
  organisation_members: OrganisationMembersTable
  import_batches: ImportBatchesTable
  activity_records: ActivityRecordsTable
  record_photos: RecordPhotosTable
  stored_files: StoredFilesTable
  stored_objects: StoredObjectsTable
  stored_object_deletions: StoredObjectDeletionsTable
  record_view_days: RecordViewDaysTable
  record_view_salts: RecordViewSaltsTable
  record_view_marks: RecordViewMarksTable
  assessment_indicators: AssessmentIndicatorsTable
  assessment_quarters: AssessmentQuartersTable
  assessment_scores: AssessmentScoresTable
  co_building_units: CoBuildingUnitsTable
  co_building_partners: CoBuildingPartnersTable
  co_building_agreements: CoBuildingAgreementsTable
  co_building_resources: CoBuildingResourcesTable
  co_building_needs: CoBuildingNeedsTable
  co_building_projects: CoBuildingProjectsTable
  co_building_project_resources: CoBuildingProjectResourcesTable
  co_building_project_needs: CoBuildingProjectNeedsTable
  joint_meetings: JointMeetingsTable
  joint_meeting_attendees: JointMeetingAttendeesTable
  joint_meeting_problems: JointMeetingProblemsTable
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
