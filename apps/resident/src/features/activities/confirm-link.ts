import type { Registration } from '@linli/contracts'
import { calledOff, canConfirm } from './registration-state'

/**
 * What a "confirm your seat" link (`?confirm=<id>`) finds: a seat still on offer (ask to confirm),
 * or why there is nothing to confirm any more.
 */
export type ConfirmLinkState = 'offer' | 'confirmed' | 'lapsed' | 'waitlisted' | 'cancelled' | 'calledOff' | 'missing'

export function confirmLinkState(r: Registration | undefined, now: Date): ConfirmLinkState {
  if (!r) return 'missing'
  if (calledOff(r)) return 'calledOff'
  if (canConfirm(r, now)) return 'offer'
  switch (r.status) {
    case 'confirmed': return 'confirmed'
    // An offer past its hold is lapsed even before the server has marked it so.
    case 'offered':
    case 'expired': return 'lapsed'
    case 'waitlisted': return 'waitlisted'
    case 'cancelled': return 'cancelled'
  }
}
