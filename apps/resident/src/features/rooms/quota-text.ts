import type { BookingPolicy, BookingQuota } from '@linli/contracts'

export type QuotaMessage = { key: string; values: Record<string, number>; spent: boolean }

/**
 * What the room page says about booking limits before a slot is picked: to a signed-in resident
 * how many more they may book (or which limit is spent); to anyone else the center's rule.
 */
export function quotaMessage(quota: BookingQuota | undefined, policy: BookingPolicy | undefined, signedIn: boolean): QuotaMessage | undefined {
  if (signedIn && quota) {
    if (quota.remaining > 0) return { key: 'm.quota.remaining', values: { n: quota.remaining }, spent: false }
    return quota.limitedBy === 'week'
      ? { key: 'm.quota.weekSpent', values: { quota: quota.weeklyQuota }, spent: true }
      : { key: 'm.quota.upcomingSpent', values: { upcoming: quota.maxUpcoming }, spent: true }
  }
  if (!signedIn && policy) return { key: 'm.quota.rule', values: { quota: policy.weeklyQuota, upcoming: policy.maxUpcoming }, spent: false }
  return undefined
}
