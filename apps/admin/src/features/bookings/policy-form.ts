import type { BookingPolicy, BookingPolicyPatch, RoomPolicyPatch } from '@linli/contracts'
import { changedFields } from '../../composables/changed-fields'

export type PolicyKey = keyof BookingPolicy
export type PolicyUnit = 'minutes' | 'days' | 'times' | 'clock'

export interface PolicyField {
  key: PolicyKey
  unit: PolicyUnit
  min?: number
  max?: number
  step?: number
}

/** The rules in the order staff think about them; limits repeat the contract's (packages/contracts/src/bookings.ts). */
export const POLICY_GROUPS: { name: string; fields: PolicyField[] }[] = [
  {
    name: 'duration',
    fields: [
      { key: 'minMinutes', unit: 'minutes', min: 5, max: 1440, step: 5 },
      { key: 'maxMinutes', unit: 'minutes', min: 5, max: 1440, step: 5 },
      { key: 'slotMinutes', unit: 'minutes', min: 5, max: 240, step: 5 },
      { key: 'bufferMinutes', unit: 'minutes', min: 0, max: 240, step: 5 },
    ],
  },
  {
    name: 'window',
    fields: [
      { key: 'minNoticeMinutes', unit: 'minutes', min: 0, max: 43200, step: 15 },
      { key: 'maxAdvanceDays', unit: 'days', min: 0, max: 365 },
      { key: 'releaseTime', unit: 'clock' },
    ],
  },
  {
    name: 'quota',
    fields: [
      { key: 'weeklyQuota', unit: 'times', min: 1, max: 100 },
      { key: 'maxUpcoming', unit: 'times', min: 1, max: 100 },
    ],
  },
  {
    name: 'lifecycle',
    fields: [
      { key: 'cancelDeadlineMinutes', unit: 'minutes', min: 0, max: 10080, step: 15 },
      { key: 'checkInOpensMinutes', unit: 'minutes', min: 0, max: 240, step: 5 },
      { key: 'noShowAfterMinutes', unit: 'minutes', min: 5, max: 240, step: 5 },
      { key: 'pendingExpiresMinutes', unit: 'minutes', min: 0, max: 10080, step: 15 },
    ],
  },
]

export const POLICY_KEYS: PolicyKey[] = POLICY_GROUPS.flatMap((g) => g.fields.map((f) => f.key))

/** The form edits a copy, so cancelling leaves the loaded rules alone. */
export const toPolicyForm = (policy: BookingPolicy): BookingPolicy => ({ ...policy })

/** A PATCH for the center's defaults: only what changed. */
export const centerPatch = (form: BookingPolicy, current: BookingPolicy): BookingPolicyPatch => changedFields(form, current)

/** The fields a room sets itself, as the API stores them. */
export const roomOverrides = (stored: BookingPolicyPatch): PolicyKey[] => POLICY_KEYS.filter((k) => stored[k] !== undefined)

/** A PATCH for a room: overridden fields that changed get the form's value; dropped ones get null (follow the center). */
export function roomPatch(form: BookingPolicy, overridden: PolicyKey[], stored: BookingPolicyPatch): RoomPolicyPatch {
  const patch: Record<string, unknown> = {}
  for (const k of POLICY_KEYS) {
    if (overridden.includes(k) && stored[k] !== form[k]) patch[k] = form[k]
    else if (!overridden.includes(k) && stored[k] !== undefined) patch[k] = null
  }
  return patch as RoomPolicyPatch
}

/** A room kind's whole set, as PUT replaces it: the overridden fields with the form's values. */
export const kindPolicy = (form: BookingPolicy, overridden: PolicyKey[]): BookingPolicyPatch =>
  Object.fromEntries(POLICY_KEYS.filter((k) => overridden.includes(k)).map((k) => [k, form[k]])) as BookingPolicyPatch

/** The one rule the fields cannot check alone; null when fine, else an i18n key. */
export const policyProblem = (p: BookingPolicy): string | null => (p.minMinutes > p.maxMinutes ? 'policy.minOverMax' : null)
