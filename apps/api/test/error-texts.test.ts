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
  // 核销 at the desk: only staff check a booking in by its code.
  'booking_code_invalid', 'booking_code_unknown', 'booking_other_center', 'booking_not_today', 'booking_cancelled',
  // Setting a room's own opening hours (PUT /api/rooms/:id/hours).
  'invalid_room_hours',
  // Closures (闭馆安排) are set by staff; residents meet only closure_conflict.
  'closure_decision_required', 'closure_overlap', 'closure_in_past', 'closure_times_incomplete', 'closure_too_long', 'not_a_holiday',
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
