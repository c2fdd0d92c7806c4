import type { Migration } from 'kysely'
import * as foundation from './2026_11_21_0900_foundation'
import * as activities from './2026_11_21_1200_activities'
import * as bookings from './2026_11_21_1500_bookings'
import * as screens from './2026_11_21_1800_screens'
import * as trust from './2026_11_21_2000_trust'
import * as participation from './2026_11_21_2300_participation'
import * as screenViewing from './2026_11_22_1100_screen_viewing_and_announcement_pushes'
import * as signInThrottle from './2026_11_22_1300_sign_in_throttle'
import * as dropStaffLock from './2026_11_22_1400_drop_staff_lock'
import * as notifications from './2026_11_22_1600_notifications'
import * as notificationKindsAndSettings from './2026_12_06_0900_notification_kinds_and_settings'
import * as jobs from './2026_12_06_1000_jobs'
import * as pushSubscriptions from './2026_12_06_1100_push_subscriptions'
import * as phoneCodes from './2026_12_06_1300_phone_codes'
import * as calendarFeeds from './2026_12_06_1500_calendar_feeds'
import * as suspensions from './2026_12_06_1600_suspensions'
import * as account from './2026_12_06_1700_account'
import * as familyLinks from './2026_12_06_1800_family_links'
import * as bookingCodes from './2026_12_06_1900_booking_codes'
import * as deskRegistration from './2026_12_06_2000_desk_registration'
import * as closures from './2026_12_06_2100_closures'
import * as proposals from './2026_12_06_2200_proposals'
import * as roomHours from './2026_12_06_2300_room_hours'
import * as roomKindRules from './2026_12_07_0300_room_kind_rules'
import * as occupancy from './2026_12_07_0400_occupancy'
import * as closureMoves from './2026_12_07_0500_closure_moves'
import * as approvalChains from './2026_12_07_0100_approval_chains'
import * as householdsOrganisations from './2026_12_07_0200_households_organisations'
import * as districtView from './2026_12_07_0600_district_view'
import * as imports from './2026_12_07_0800_imports'
import * as activityRecords from './2026_12_07_0900_activity_records'
import * as assessment from './2026_12_07_1400_assessment'
import * as coBuildingUnits from './2026_12_07_1000_co_building_units'
import * as reportRollups from './2026_12_07_1500_report_rollups'
import * as reportRollupsMore from './2026_12_07_1900_report_rollups_more'
import * as reportRollupsBackfill from './2026_12_07_2000_report_rollups_backfill'
import * as coBuildingAgreements from './2026_12_07_1100_co_building_agreements'
import * as coBuildingLists from './2026_12_07_1200_co_building_lists'
import * as jointMeetings from './2026_12_07_1300_joint_meetings'
import * as screenShowRecords from './2026_12_07_1700_screen_show_records'
import * as storedObjects from './2026_12_07_1800_stored_objects'
import * as storedObjectDeletions from './2026_12_07_2100_stored_object_deletions'
import * as reportDayRollups from './2026_12_07_2300_report_day_rollups'
import * as reportDayRollupsAdds from './2026_12_07_2330_report_day_rollups_adds'
import * as reportMonthPeople from './2026_12_07_2345_report_month_people'
import * as reportRollupsDeferrable from './2026_12_08_0000_report_rollups_deferrable'

/** Listed by hand so migrations bundle and load the same way everywhere; keep the names sortable. */
export const migrations: Record<string, Migration> = {
  '2026_11_21_0900_foundation': foundation,
  '2026_11_21_1200_activities': activities,
  '2026_11_21_1500_bookings': bookings,
  '2026_11_21_1800_screens': screens,
  '2026_11_21_2000_trust': trust,
  '2026_11_21_2300_participation': participation,
  '2026_11_22_1100_screen_viewing_and_announcement_pushes': screenViewing,
  '2026_11_22_1300_sign_in_throttle': signInThrottle,
  '2026_11_22_1400_drop_staff_lock': dropStaffLock,
  '2026_11_22_1600_notifications': notifications,
  '2026_12_06_0900_notification_kinds_and_settings': notificationKindsAndSettings,
  '2026_12_06_1000_jobs': jobs,
  '2026_12_06_1100_push_subscriptions': pushSubscriptions,
  '2026_12_06_1300_phone_codes': phoneCodes,
  '2026_12_06_1500_calendar_feeds': calendarFeeds,
  '2026_12_06_1600_suspensions': suspensions,
  '2026_12_06_1700_account': account,
  '2026_12_06_1800_family_links': familyLinks,
  '2026_12_06_1900_booking_codes': bookingCodes,
  '2026_12_06_2000_desk_registration': deskRegistration,
  '2026_12_06_2100_closures': closures,
  '2026_12_06_2200_proposals': proposals,
  '2026_12_06_2300_room_hours': roomHours,
  '2026_12_07_0300_room_kind_rules': roomKindRules,
  '2026_12_07_0400_occupancy': occupancy,
  '2026_12_07_0500_closure_moves': closureMoves,
  '2026_12_07_0100_approval_chains': approvalChains,
  '2026_12_07_0200_households_organisations': householdsOrganisations,
  '2026_12_07_0600_district_view': districtView,
  '2026_12_07_0800_imports': imports,
  '2026_12_07_0900_activity_records': activityRecords,
  '2026_12_07_1400_assessment': assessment,
  '2026_12_07_1000_co_building_units': coBuildingUnits,
  '2026_12_07_1500_report_rollups': reportRollups,
  '2026_12_07_1100_co_building_agreements': coBuildingAgreements,
  '2026_12_07_1200_co_building_lists': coBuildingLists,
  '2026_12_07_1300_joint_meetings': jointMeetings,
  '2026_12_07_1700_screen_show_records': screenShowRecords,
  '2026_12_07_1900_report_rollups_more': reportRollupsMore,
  '2026_12_07_1800_stored_objects': storedObjects,
  '2026_12_07_2100_stored_object_deletions': storedObjectDeletions,
  '2026_12_07_2000_report_rollups_backfill': reportRollupsBackfill,
  '2026_12_07_2300_report_day_rollups': reportDayRollups,
  '2026_12_07_2330_report_day_rollups_adds': reportDayRollupsAdds,
  '2026_12_07_2345_report_month_people': reportMonthPeople,
  '2026_12_08_0000_report_rollups_deferrable': reportRollupsDeferrable,
}
