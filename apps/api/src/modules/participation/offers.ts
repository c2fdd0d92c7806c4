import type { ParticipationPolicy } from '@linli/contracts'
import type { Database } from '../../db/database'
import { noticeOffersLapsed, noticeSeatsOffered } from '../notifications/notify'
import { dueOffers, lapsedQueue, nextWaitlisted, seatState, setRegistrationStatus } from './registrations.repository'

const MIN = 60_000

/**
 * Offers free seats to the front of the queue, each held for policy.offerHoldMinutes but never
 * beyond the start. Call with the occurrence locked. Nothing is offered once it has started or
 * when it is cancelled. Returns how many offers were made.
 */
export async function offerFreeSeats(trx: Database, occurrenceId: string, policy: ParticipationPolicy, now: Date) {
  const s = await seatState(trx, occurrenceId)
  if (s.status !== 'scheduled' || s.activity_status === 'cancelled' || s.starts_at <= now || s.waitlisted === 0) return 0
  const free = s.capacity === null ? s.waitlisted : s.capacity - s.seats_taken
  if (free <= 0) return 0
  const expires = new Date(Math.min(now.getTime() + policy.offerHoldMinutes * MIN, s.starts_at.getTime()))
  const next = await nextWaitlisted(trx, occurrenceId, free)
  for (const r of next) await setRegistrationStatus(trx, r.id, 'waitlisted', 'offered', now, { offerExpiresAt: expires })
  await noticeSeatsOffered(trx, next.map((r) => r.id), now)
  return next.length
}

/**
 * Brings one (locked) occurrence's list up to date with the clock: expired offers lapse and their
 * seats go to the next in line; once it has started, whoever is still queued lapses too.
 */
export async function settleOccurrence(trx: Database, occurrenceId: string, policy: ParticipationPolicy, now: Date) {
  const due = await dueOffers(trx, occurrenceId, now)
  for (const r of due) await setRegistrationStatus(trx, r.id, 'offered', 'expired', now)
  await noticeOffersLapsed(trx, due.map((r) => r.id), now)
  const s = await seatState(trx, occurrenceId)
  let lapsed = 0
  if (s.starts_at <= now) {
    const queued = await lapsedQueue(trx, occurrenceId)
    for (const r of queued) await setRegistrationStatus(trx, r.id, 'waitlisted', 'expired', now)
    lapsed = queued.length
  }
  const offered = await offerFreeSeats(trx, occurrenceId, policy, now)
  return { expired: due.length, lapsed, offered }
}
