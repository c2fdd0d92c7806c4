import type { ParticipationPolicy } from '@linli/contracts'

const DAY = 24 * 60 * 60_000

export interface NoShowRule { limit: number; windowDays: number; suspensionDays: number }

/** The center's 爽约规则, or null while it is off (any of its three numbers unset). */
export function noShowRuleOf(p: Pick<ParticipationPolicy, 'noShowLimit' | 'noShowWindowDays' | 'suspensionDays'>): NoShowRule | null {
  if (p.noShowLimit === null || p.noShowWindowDays === null || p.suspensionDays === null) return null
  return { limit: p.noShowLimit, windowDays: p.noShowWindowDays, suspensionDays: p.suspensionDays }
}

/**
 * No-shows count from the later of the window's start and the resident's last suspension: those a
 * suspension already answered for (even one staff lifted) never count twice.
 */
export function countingSince(rule: NoShowRule, now: Date, lastSuspensionStart: Date | null): Date {
  const windowStart = new Date(now.getTime() - rule.windowDays * DAY)
  return lastSuspensionStart && lastSuspensionStart > windowStart ? lastSuspensionStart : windowStart
}

/** The suspension `noShows` no-shows call for under the rule, starting now, or null when under the limit. */
export function suspensionDue(rule: NoShowRule, noShows: number, now: Date): { startsAt: Date; endsAt: Date } | null {
  if (noShows < rule.limit) return null
  return { startsAt: now, endsAt: new Date(now.getTime() + rule.suspensionDays * DAY) }
}
