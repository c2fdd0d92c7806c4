import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { apiErrorCodes } from './support/error-codes'

type Messages = Record<string, unknown>

/** A locale file of one of the apps, loaded as the app loads it (the path is a variable, so this package's type check stays its own). */
async function messages(path: string): Promise<Messages> {
  const file = fileURLToPath(new URL(path, import.meta.url))
  return ((await import(file)) as { default: Messages }).default
}
const errorsOf = (m: Messages) => (m.errors ?? {}) as Record<string, unknown>
const hasText = (value: unknown) => typeof value === 'string' && value.trim().length > 0

/**
 * Codes that only staff screens can receive: the phone pages never call the routes that send
 * them (activities and series, regions, centers, staff, screens pairing, service requests,
 * volunteer rosters, bookings made by staff, policies, notifications).
 */
const STAFF_ONLY = new Set([
  'room_not_in_center', 'not_recurring', 'has_participation', 'location_required', 'invalid_rrule', 'series_too_long',
  'empty_series', 'wrong_password', 'weak_password', 'target_required', 'booker_required', 'organisation_required',
  'reason_required', 'not_pending', 'series_conflicts', 'invalid_policy', 'invalid_opening_hours', 'unknown_region',
  'center_has_rooms', 'not_resendable', 'unknown_residents', 'one_resident', 'unknown_resident', 'invalid_level',
  'invalid_table', 'unknown_pairing_code', 'received_in_future', 'resolution_without_resolving', 'invalid_transition',
  'invalid_scope', 'own_account', 'resident_ambiguous', 'resident_required', 'team_inactive', 'already_member',
  'unknown_member', 'served_in_future', 'unknown_occurrence', 'duplicate_name', 'duplicate_username', 'time_skipped_by_dst',
  // The service desk's answers to registering a resident (residents/desk-registration.routes.ts).
  'resident_known', 'phone_registered_elsewhere',
  // Staff link family members only among residents their center knows (family.service.ts).
  'resident_not_here',
  // Households and organisations are made at the desk; residents meet only the quota and membership refusals.
  'resident_in_other_household', 'organisation_not_here',
  // 核销 at the desk: only staff check a booking in by its code.
  'booking_code_invalid', 'booking_code_unknown', 'booking_other_center', 'booking_not_today', 'booking_cancelled',
  // Setting a room's own opening hours (PUT /api/rooms/:id/hours).
  'invalid_room_hours',
  // Booking rules by room kind (room-kinds/:kind/booking-policy) and the room's own: only managers set them.
  'policy_looser_than_above',
  // People counts are entered by staff or sent by a paired screen's counter, never from a phone.
  'room_not_open_access',
  // Closures (闭馆安排) are set by staff; residents meet only closure_conflict.
  'closure_decision_required', 'closure_overlap', 'closure_in_past', 'closure_times_incomplete', 'closure_too_long', 'not_a_holiday',
  // A closure's 改期 (moves) is chosen by staff in 新增闭馆.
  'closure_moves_incomplete', 'closure_move_conflicts', 'move_in_past', 'moves_without_move', 'room_inactive',
  // Staff accept a proposal into a draft activity; the proposer never picks its time.
  'proposal_start_past',
  // Approval chains are set and decided by staff (module approvals).
  'approval_chain_first_step', 'approval_chain_loop', 'approval_chain_no_next', 'approval_chain_target', 'approval_chain_no_approver', 'approval_not_yours',
  // Activity records and their photos (module records) are written by staff; residents only read and view them.
  'photo_empty', 'photo_type', 'photo_unreadable', 'photo_too_many_pixels', 'photo_too_large', 'too_many_photos', 'photos_required', 'photos_only',
  'record_occurrence_not_here', 'record_wrong_status', 'record_consent_required', 'record_photos_required',
  // The district view's calendar (regions/:id/calendar) is for district admins.
  'calendar_range_too_long', 'unknown_subdistrict',
  // Spreadsheet imports (module imports) are staff's: templates, uploads and commits.
  'import_empty', 'import_unsupported_file', 'import_too_large', 'import_too_many_rows', 'import_missing_columns', 'import_wrong_template',
  'import_duplicate_column', 'import_no_rows', 'import_committed', 'import_expired', 'import_has_errors', 'import_changed',
  'import_unknown_sheet', 'import_workbook_only',
  // The admin lists' 导出 (module list-exports) is for staff.
  'export_too_large',
  // Whole numbers in the residents export (fullPhones=true) are for managers; staff are refused.
  'full_phones_managers_only',
  // The three lists and joint meetings (modules co-building-lists, joint-meetings) are staff's and district admins'.
  'owner_required', 'unit_not_here', 'need_not_here', 'resource_not_here', 'need_not_open', 'resource_retired', 'in_project',
  'project_under_way', 'assignee_required', 'assignee_not_here', 'solved_in_future',
  // Co-building units, their partners, agreements and the rooms they provide (module co-building) are staff's and district admins'.
  'agreement_dates', 'agreement_partner', 'attachment_empty', 'attachment_type', 'attachment_unreadable', 'attachment_too_many_pixels',
  'attachment_too_large', 'attachment_one_file', 'attachment_file_only', 'attachment_required', 'unit_not_partner', 'unit_inactive',
  'room_of_center', 'unit_provides_rooms', 'partner_has_agreements', 'partner_has_rooms', 'already_partner', 'partner_unknown',
  // The quarterly assessment (module assessment) is the district's.
  'weights_not_hundred', 'duplicate_indicator', 'quarter_closed', 'no_scheme', 'quarter_not_started',
])

describe('every error code the API can send has words in both languages in every app that can show it', () => {
  const codes = apiErrorCodes()

  it('finds the codes in the sources, including those the framework and database layers send', () => {
    // The issue-19 list: if a pattern stops matching, this fails before the texts check passes vacuously.
    for (const code of [
      'check_violation', 'empty_series', 'has_participation', 'in_use', 'invalid_level', 'invalid_table', 'invalid_value',
      'not_recurring', 'series_too_long', 'try_again', 'value_too_long', 'bad_url', 'headers_too_large', 'request_timeout',
      'database_unavailable', 'too_many_attempts', 'slot_taken', 'validation_failed', 'rate_limited', 'phone_registered', 'not_found',
    ]) expect(codes.has(code), code).toBe(true)
    expect(codes.size).toBeGreaterThan(80)
  })

  it('has admin texts (apps/admin/src/i18n) for every code', async () => {
    const zh = errorsOf(await messages('../../admin/src/i18n/zh-CN.ts'))
    const en = errorsOf(await messages('../../admin/src/i18n/en.ts'))
    const missing = [...codes.keys()].flatMap((code) => [
      ...(hasText(zh[code]) ? [] : [`zh-CN ${code} (${codes.get(code)!.join(', ')})`]),
      ...(hasText(en[code]) ? [] : [`en ${code} (${codes.get(code)!.join(', ')})`]),
    ])
    expect(missing).toEqual([])
  })

  it('has phone-page texts (booking and participation messages) for every code a resident can meet', async () => {
    // The residents' app (apps/resident): m.errors for the booking pages, participation.errors for activities.
    const load = async (part: string, lang: string) => errorsOf(await messages(`../../resident/src/i18n/${part}.${lang}.ts`))
    const [bookingZh, bookingEn, joinZh, joinEn] = await Promise.all([
      load('m', 'zh-CN'), load('m', 'en'), load('participation', 'zh-CN'), load('participation', 'en'),
    ])
    const missing = [...codes.keys()].filter((code) => !STAFF_ONLY.has(code)).flatMap((code) => [
      ...(hasText(bookingZh[code]) || hasText(joinZh[code]) ? [] : [`zh-CN ${code} (${codes.get(code)!.join(', ')})`]),
      ...(hasText(bookingEn[code]) || hasText(joinEn[code]) ? [] : [`en ${code} (${codes.get(code)!.join(', ')})`]),
    ])
    expect(missing).toEqual([])
  })
})
