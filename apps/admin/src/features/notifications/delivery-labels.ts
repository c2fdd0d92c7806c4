import type { DeliveryRecord, DeliveryStatus } from '@linli/contracts'
import { instantToLocal } from '@linli/schedule'
import type { Translate } from '../../composables/api-error'

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

/** Colour of a status tag: what needs a look (retrying, failed) stands out, the rest is quiet. */
export const STATUS_TAGS: Record<DeliveryStatus, TagType> = {
  pending: 'primary', sent: 'success', failed: 'warning', dead: 'danger', skipped: 'info',
}

/** The API sends again only what was tried and failed; a queued or delivered one answers 409. */
export const canResend = (status: DeliveryStatus) => status === 'failed' || status === 'dead'

/** `12-06 14:03` on the center's wall clock, whatever zone the browser is in; the year only when it is not this one. */
export function deliveryTime(iso: string, timeZone: string, now = new Date()): string {
  const local = instantToLocal(new Date(iso), timeZone)
  const sameYear = local.slice(0, 4) === instantToLocal(now, timeZone).slice(0, 4)
  return `${sameYear ? local.slice(5, 10) : local.slice(0, 10)} ${local.slice(11, 16)}`
}

/**
 * Why a delivery failed or was not sent, in words. The worker records `code: detail` (e.g.
 * `not_configured: the sms channel …`) and prefixes `gave up after N tries:` when it stops
 * retrying; known codes get UI text, anything else shows as the provider said it.
 */
export function deliveryReason(lastError: string | null, translate: Translate): string | null {
  if (!lastError) return null
  const gaveUp = /^gave up after (\d+) tries: (.*)$/s.exec(lastError)
  if (gaveUp) return translate('notifications.reasons.gaveUp', { n: gaveUp[1], reason: deliveryReason(gaveUp[2]!, translate) }) ?? lastError
  const coded = /^([a-z_]+):\s/.exec(lastError)
  return (coded && translate(`notifications.reasons.${coded[1]}`)) || lastError
}

/** The lines under a status tag: when a retry is due and why the last try failed, or why it was not sent. */
export function statusDetails(d: Pick<DeliveryRecord, 'status' | 'nextAttemptAt' | 'lastError'>, timeZone: string, translate: Translate): string[] {
  if (d.status !== 'failed' && d.status !== 'dead' && d.status !== 'skipped') return []
  const reason = deliveryReason(d.lastError, translate)
  const next = d.status === 'failed' && d.nextAttemptAt ? translate('notifications.nextAttempt', { time: deliveryTime(d.nextAttemptAt, timeZone) }) : undefined
  return [next, reason && (translate('notifications.reason', { reason }) ?? reason)].filter((line): line is string => !!line)
}

/** How long something has waited, in its largest whole unit: `45 秒`, `12 分钟`, `3 小时`, `2 天`. */
export function ageText(seconds: number, translate: Translate): string {
  const [unit, n] = seconds < 60 ? ['seconds', seconds] : seconds < 3600 ? ['minutes', seconds / 60] : seconds < 86_400 ? ['hours', seconds / 3600] : ['days', seconds / 86_400]
  return translate(`notifications.health.age.${unit}`, { n: Math.floor(n) }) ?? `${seconds}s`
}
