import type { Roster, RosterEntry } from '@linli/contracts'

/** The tabs of a sign-up list; 已取消 also holds offers that ran out. */
export const ROSTER_TABS = ['confirmed', 'waitlisted', 'offered', 'cancelled'] as const
export type RosterTab = (typeof ROSTER_TABS)[number]

export type RosterCheckIn = Roster['checkIns'][number]

const tabOf = (e: RosterEntry): RosterTab => (e.status === 'expired' ? 'cancelled' : e.status)
const byCreated = (a: RosterEntry, b: RosterEntry) => a.createdAt.localeCompare(b.createdAt)

/**
 * Entries per tab, each in the order staff work through it: seats by sign-up time, the queue by
 * its position, offers by the one running out first, cancellations newest first.
 */
export function groupRoster(entries: RosterEntry[]): Record<RosterTab, RosterEntry[]> {
  const out: Record<RosterTab, RosterEntry[]> = { confirmed: [], waitlisted: [], offered: [], cancelled: [] }
  for (const e of entries) out[tabOf(e)].push(e)
  out.confirmed.sort(byCreated)
  out.waitlisted.sort((a, b) => (a.waitlistPosition ?? Infinity) - (b.waitlistPosition ?? Infinity) || byCreated(a, b))
  out.offered.sort((a, b) => (a.offerExpiresAt ?? '').localeCompare(b.offerExpiresAt ?? ''))
  out.cancelled.sort((a, b) => byCreated(b, a))
  return out
}

/** Whether staff may still cancel the entry (a live place: a seat, an offer or a queue place). */
export const isLive = (e: Pick<RosterEntry, 'status'>) => e.status === 'confirmed' || e.status === 'offered' || e.status === 'waitlisted'

/** Who can be ticked at the door: people with a seat (an offered seat counts, they came). */
export const isTickable = (e: Pick<RosterEntry, 'status'>) => e.status === 'confirmed' || e.status === 'offered'

/** A resident's check-in by resident id, for the tick column. */
export function checkInsByResident(roster: Pick<Roster, 'checkIns'>): Map<string, RosterCheckIn> {
  return new Map(roster.checkIns.filter((c) => c.residentId).map((c) => [c.residentId!, c]))
}

/** The attendance split the list shows beside the total. */
export function attendanceParts(roster: Pick<Roster, 'checkIns' | 'entries'>) {
  const registered = new Set(roster.entries.filter(isLive).map((e) => e.residentId))
  const residents = roster.checkIns.filter((c) => c.residentId)
  const walkIns = roster.checkIns.filter((c) => c.method === 'walk_in')
  return {
    /** Residents on the list who came. */
    registered: residents.filter((c) => registered.has(c.residentId!)).length,
    /** Residents with an account who came without a live place (scanned the QR code, or were ticked after cancelling). */
    unlisted: residents.filter((c) => !registered.has(c.residentId!)),
    walkIns: walkIns.reduce((n, c) => n + c.headcount, 0),
    /** The newest walk-in count, the one 撤销 takes back. */
    lastWalkIn: walkIns.reduce<RosterCheckIn | null>((last, c) => (!last || c.checkedInAt > last.checkedInAt ? c : last), null),
  }
}

/** Time left to confirm an offered seat, in whole minutes rounded up; null once it has run out. */
export function offerTimeLeft(expiresAt: string | null, now: Date): { hours: number; minutes: number } | null {
  if (!expiresAt) return null
  const ms = Date.parse(expiresAt) - now.getTime()
  if (ms <= 0) return null
  const total = Math.ceil(ms / 60_000)
  return { hours: Math.floor(total / 60), minutes: total % 60 }
}

/** Seats left, null when there is no limit. */
export const seatsLeft = (roster: Pick<Roster, 'capacity' | 'seatsTaken'>) =>
  roster.capacity === null ? null : Math.max(0, roster.capacity - roster.seatsTaken)

/** The phone page where a resident checks in to this occurrence (the QR code at the door). */
export const checkInUrl = (origin: string, occurrenceId: string) => `${origin}/m/check-in/${encodeURIComponent(occurrenceId)}`
