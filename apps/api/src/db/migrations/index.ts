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
}
