/**
 * Which rows of each table belong to a center's or a region's export. Every table of the schema
 * must be named here (a test fails otherwise), so a new table is exported or skipped on purpose,
 * never dropped without anyone deciding.
 */
export type Ownership =
  /** The scope's centers themselves. */
  | { rows: 'centers' }
  /**
   * Rows whose center_id is one of the scope's centers (or, with `region`, whose region_id is one of
   * the scope's own regions). `later`: columns an import first writes with the given value and sets
   * to the exported one once every table is in (a published record needs its photos, which need it).
   */
  | { rows: 'center'; region?: true; later?: Record<string, string> }
  /** Rows whose first column points at an exported row of its table, and whose other columns are null or point at exported rows too. */
  | { rows: 'child'; of: [column: string, table: string][] }
  /**
   * Shared across centers: what the scope owns (by center_id / region_id as above, `owned`; 'region':
   * a region_id of the scope's regions, or for the regions table its own id) plus every
   * row an exported row points at, and the rows those point at in the same table (a region's parents).
   */
  | { rows: 'shared'; owned?: 'center' | 'center-or-region' | 'region' }
  /** Files of the database file store whose key is `<folder>/<id of an exported row of of[folder]>/…`. */
  | { rows: 'files'; column: string; of: Record<string, string> }
  /** Not exported, and why. */
  | { rows: 'skipped'; why: string }

export const ownership: Record<string, Ownership> = {
  regions: { rows: 'shared', owned: 'region' },
  centers: { rows: 'centers' },
  // Staff and residents carry their password hashes, so people sign in after the move as before:
  // the zip is as sensitive as a backup (phones, names), and is only given to district admins.
  staff: { rows: 'shared', owned: 'center-or-region' },
  residents: { rows: 'shared' },
  organisations: { rows: 'shared', owned: 'center-or-region' },
  organisation_members: { rows: 'child', of: [['organisation_id', 'organisations']] },
  resident_notification_settings: { rows: 'child', of: [['resident_id', 'residents']] },
  // The feed token is the resident's subscribed calendar address: kept, so the phone calendar keeps working.
  resident_calendar_feeds: { rows: 'child', of: [['resident_id', 'residents']] },
  family_links: { rows: 'child', of: [['proxy_resident_id', 'residents'], ['member_resident_id', 'residents'], ['center_id', 'centers']] },
  center_residents: { rows: 'center' },
  center_holiday_settings: { rows: 'center' },
  center_holiday_exceptions: { rows: 'center' },
  rooms: { rows: 'center' },
  room_kind_booking_policies: { rows: 'center' },
  approval_chains: { rows: 'center' },
  closures: { rows: 'center' },
  activities: { rows: 'center' },
  occurrences: { rows: 'center' },
  registrations: { rows: 'center' },
  check_ins: { rows: 'center' },
  bookings: { rows: 'center' },
  booking_events: { rows: 'child', of: [['booking_id', 'bookings']] },
  room_reservations: { rows: 'child', of: [['room_id', 'rooms']] },
  occupancy_readings: { rows: 'child', of: [['room_id', 'rooms']] },
  households: { rows: 'center' },
  household_members: { rows: 'child', of: [['household_id', 'households']] },
  resident_groups: { rows: 'center' },
  resident_group_members: { rows: 'child', of: [['group_id', 'resident_groups']] },
  proposals: { rows: 'center' },
  suspensions: { rows: 'center' },
  service_requests: { rows: 'center' },
  volunteer_teams: { rows: 'center' },
  volunteer_members: { rows: 'center' },
  volunteer_service: { rows: 'center' },
  announcements: { rows: 'center', region: true },
  emergencies: { rows: 'center', region: true },
  // A screen's token is kept as its hash: a paired lobby screen keeps working when the server's address stays.
  screens: { rows: 'center' },
  notifications: { rows: 'center' },
  notification_deliveries: { rows: 'child', of: [['notification_id', 'notifications']] },
  notification_attempts: { rows: 'child', of: [['delivery_id', 'notification_deliveries']] },
  audit_log: { rows: 'center' },
  activity_records: { rows: 'center', later: { status: 'draft' } },
  record_photos: { rows: 'child', of: [['record_id', 'activity_records']] },
  record_view_days: { rows: 'child', of: [['record_id', 'activity_records']] },
  // The bytes of the records' photos and the agreements' attachments, when the file store is the
  // database (not a bucket or a folder). The import checks every photo and attachment finds its files.
  stored_files: { rows: 'files', column: 'key', of: { photos: 'record_photos', agreements: 'co_building_agreements' } },
  // Which objects of this installation's bucket hold files (the S3 store): an export reads the files
  // of the scope from the bucket into stored_files, and an import puts them into the target's store.
  stored_objects: { rows: 'skipped', why: "this installation's bucket objects; their files travel in stored_files and are stored again on import" },
  // The objects this installation's bucket store deleted, waiting out the retention before the sweep takes them.
  stored_object_deletions: { rows: 'skipped', why: "this installation's deleted bucket objects, swept from its own bucket after the retention period" },
  // A unit is the region's; a center's export carries the units it works with.
  co_building_units: { rows: 'shared', owned: 'region' },
  co_building_partners: { rows: 'child', of: [['unit_id', 'co_building_units']] },
  // An agreement goes with its unit, its attachment file with it (stored_files).
  // Not a child of regions: it points at staff (created_by), which are read after it, and regions after staff.
  co_building_agreements: { rows: 'child', of: [['unit_id', 'co_building_units'], ['center_id', 'centers']] },
  // The three lists: a unit's resources go with the unit; needs and projects are their center's or region's.
  co_building_resources: { rows: 'child', of: [['unit_id', 'co_building_units']] },
  co_building_needs: { rows: 'center', region: true },
  co_building_projects: { rows: 'center', region: true },
  co_building_project_resources: { rows: 'child', of: [['project_id', 'co_building_projects'], ['resource_id', 'co_building_resources']] },
  co_building_project_needs: { rows: 'child', of: [['project_id', 'co_building_projects'], ['need_id', 'co_building_needs']] },
  // Joint meetings are their center's or region's; attendance and problems go with the meeting.
  joint_meetings: { rows: 'center', region: true },
  joint_meeting_attendees: { rows: 'child', of: [['meeting_id', 'joint_meetings'], ['unit_id', 'co_building_units']] },
  joint_meeting_problems: { rows: 'child', of: [['meeting_id', 'joint_meetings'], ['assigned_unit_id', 'co_building_units'], ['assigned_center_id', 'centers']] },

  sessions: { rows: 'skipped', why: 'sign-ins of this installation; people sign in again on the other one' },
  phone_codes: { rows: 'skipped', why: 'one-time codes, valid for minutes' },
  resident_sign_in_links: { rows: 'skipped', why: 'one-time sign-in links, valid for minutes' },
  screen_pairings: { rows: 'skipped', why: 'one-time pairing codes; paired screens are in screens' },
  sign_in_throttle: { rows: 'skipped', why: "this installation's counts of failed sign-ins" },
  push_subscriptions: { rows: 'skipped', why: "bound to this installation's web-push keys (server_keys); phones subscribe again" },
  import_batches: { rows: 'skipped', why: 'spreadsheet uploads waiting for their commit, valid for hours' },
  record_view_salts: { rows: 'skipped', why: "each day's salt for counting views, deleted after the day so no view can be traced" },
  record_view_marks: { rows: 'skipped', why: "each day's hashed viewers, deleted after the day; the counts are in record_view_days" },
  // A region's assessment scheme and closed quarters go with its regions; frozen scores with their center too.
  assessment_indicators: { rows: 'child', of: [['region_id', 'regions']] },
  assessment_quarters: { rows: 'child', of: [['region_id', 'regions'], ['closed_by', 'staff']] },
  assessment_scores: { rows: 'child', of: [['region_id', 'regions'], ['center_id', 'centers']] },
  server_keys: { rows: 'skipped', why: "this installation's own keys" },
  jobs: { rows: 'skipped', why: "this installation's background job schedule" },
  report_categories: { rows: 'skipped', why: "the reports' roll-ups' own numbering of categories, made by each installation" },
  report_month_activity: { rows: 'skipped', why: "the reports' monthly roll-ups, derived from occurrences and check-ins: the import counts them again" },
  report_month_residents: { rows: 'skipped', why: "the reports' monthly roll-ups, derived from check-ins: the import counts them again" },
  report_month_bookings: { rows: 'skipped', why: "the reports' monthly roll-ups, derived from bookings: the import counts them again" },
  report_month_room_use: { rows: 'skipped', why: "the reports' monthly roll-ups, derived from occurrences: the import counts them again" },
  report_month_service: { rows: 'skipped', why: "the reports' monthly roll-ups, derived from service requests: the import counts them again" },
  report_month_volunteers: { rows: 'skipped', why: "the reports' monthly roll-ups, derived from volunteer service: the import counts them again" },
  report_day_activity: { rows: 'skipped', why: "the reports' daily roll-ups, derived from occurrences and check-ins: the import counts them again" },
  report_day_residents: { rows: 'skipped', why: "the reports' daily roll-ups, derived from check-ins: the import counts them again" },
  report_month_resident_days: { rows: 'skipped', why: "the reports' roll-ups of residents' days per month, derived from check-ins: the import counts them again" },
  report_month_people: { rows: 'skipped', why: "the reports' count of centers per resident and month, derived from their roll-ups: the import counts them again" },
  kysely_migration: { rows: 'skipped', why: 'the schema version, in the manifest instead' },
  kysely_migration_lock: { rows: 'skipped', why: 'the migration lock' },
}

/** Tables of the database the map says nothing about, and names in the map no table has. */
export function undecidedTables(tables: Iterable<string>): { undecided: string[]; unknown: string[] } {
  const names = new Set(tables)
  return {
    undecided: [...names].filter((t) => !(t in ownership)).sort(),
    unknown: Object.keys(ownership).filter((t) => !names.has(t)).sort(),
  }
}
