import type { NotificationChannel, NotificationKind, NotificationParams } from '@linli/contracts'
import { type Preferences, allows, quietUntil } from './preferences'

export interface GateInput {
  channel: NotificationChannel
  kind: NotificationKind
  params: NotificationParams
  active: boolean
  timeZone: string
}

/** send it; skip it for good; or hold it until the quiet hours end. Reasons are `code: words`, the code for staff pages to translate. */
export type Gate = { send: true } | { skip: string } | { deferUntil: Date; reason: string }

const OFFERS: NotificationKind[] = ['seat_offered', 'offer_lapsing']

/**
 * Asked just before each send, so a choice the resident made after the notification was queued
 * (SMS off, an unsubscribe link) holds at once. The inbox is the record: it only stops for a
 * deactivated account. `smsInLastDay` counts SMS already sent to this resident in the last 24 hours,
 * seat offers aside: they neither count nor stop.
 */
export function gate(d: GateInput, prefs: Preferences, now: Date, smsInLastDay: number, smsDailyCap: number): Gate {
  if (!d.active) return { skip: 'deactivated: the account is deactivated' }
  if (d.channel === 'in_app') return { send: true }
  if (!allows(prefs, d.channel, d.kind)) return { skip: 'opted_out: turned off by the resident' }
  if (d.channel !== 'sms') return { send: true }
  const quietEnd = quietUntil(now, d.timeZone, prefs.quietHours)
  if (quietEnd) {
    // An offer whose hold lapses before morning is worth waking for; anything else can wait.
    const hold = d.params.holdUntil ? new Date(d.params.holdUntil) : null
    const lapsesFirst = OFFERS.includes(d.kind) && hold !== null && hold <= quietEnd
    if (!lapsesFirst) return { deferUntil: quietEnd, reason: `quiet_hours: ${prefs.quietHours.start}–${prefs.quietHours.end}, waits until they end` }
  }
  if (d.kind !== 'seat_offered' && smsInLastDay >= smsDailyCap) return { skip: `daily_cap: ${smsDailyCap} SMS in 24 hours reached` }
  return { send: true }
}
