import { type ParticipationRules, DEFAULT_RULES, rulesOf } from '@linli/web-shared'
import type { SignupListing } from '@linli/contracts'
import { api } from '../api'

export { type ParticipationRules, DEFAULT_RULES, checkInWindowOf, rulesOf } from '@linli/web-shared'

// One read per center and visit: the rules change rarely, and a stale one only words a warning.
const cache = new Map<string, Promise<ParticipationRules>>()

/** A center's rules from its public sign-up listing, or the defaults when it cannot be read. */
export function centerRules(centerId: string): Promise<ParticipationRules> {
  const hit = cache.get(centerId)
  if (hit) return hit
  const read = api.listSignups(centerId).then(rulesOf, () => {
    cache.delete(centerId)
    return DEFAULT_RULES
  })
  cache.set(centerId, read)
  return read
}

/** Remembers rules a page has just read with a listing, so other pages need not read them again. */
export const keepRules = (centerId: string, listing: Pick<SignupListing, 'rules'>) => cache.set(centerId, Promise.resolve(rulesOf(listing)))
