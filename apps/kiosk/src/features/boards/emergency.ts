import type { Emergency } from '@linli/contracts'

/**
 * The emergency to show now, if any. The API only sends one that has started, so the screen does
 * not second-guess the start (its own "now" may lag by a few seconds), but it checks the end itself:
 * offline, a takeover must still end when it said it would.
 */
export function activeEmergency(emergency: Emergency | null | undefined, now: number): Emergency | undefined {
  if (!emergency || emergency.clearedAt) return undefined
  return now < Date.parse(emergency.endsAt) ? emergency : undefined
}
