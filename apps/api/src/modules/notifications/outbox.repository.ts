import type { NotificationChannel, NotificationKind, NotificationParams } from '@linli/contracts'
import type { Database } from '../../db/database'

export interface NewNotification {
  residentId: string
  centerId: string
  kind: NotificationKind
  /** With the resident and the kind, names the event: recording it again is a no-op. */
  dedupeKey: string
  params: NotificationParams
  /** A path of the phone pages. */
  link: string
}

/**
 * The channels every notification is delivered over. SMS and web push are not configured in this
 * build, so no deliveries are made for them (the health line says so) rather than dead ones piling up.
 */
const CHANNELS: NotificationChannel[] = ['in_app']
const CHUNK = 500

async function ofActiveResidents(trx: Database, items: NewNotification[]) {
  if (!items.length) return items
  const active = await trx.selectFrom('residents').select('id')
    .where('id', 'in', [...new Set(items.map((n) => n.residentId))]).where('active', '=', true).execute()
  const ids = new Set(active.map((r) => r.id))
  return items.filter((n) => ids.has(n.residentId))
}

/**
 * Writes notifications and their deliveries in the caller's transaction, the one that makes the
 * change they tell of: a rolled-back change leaves none, a committed one always has them.
 * Returns the ids of the notifications written (an event already recorded is skipped).
 */
export async function recordNotifications(trx: Database, items: NewNotification[], now: Date): Promise<string[]> {
  if (!trx.isTransaction) throw new Error('Record notifications in the transaction of the change that causes them')
  const unique = [...new Map(items.map((n) => [`${n.residentId} ${n.kind} ${n.dedupeKey}`, n])).values()]
  const ids: string[] = []
  for (let i = 0; i < unique.length; i += CHUNK) {
    // A deactivated account hears nothing new, whatever caused it.
    const chunk = await ofActiveResidents(trx, unique.slice(i, i + CHUNK))
    if (!chunk.length) continue
    const rows = await trx.insertInto('notifications')
      .values(chunk.map((n) => ({
        resident_id: n.residentId, center_id: n.centerId, kind: n.kind, dedupe_key: n.dedupeKey, params: JSON.stringify(n.params), link: n.link,
        created_at: now,
      })))
      .onConflict((oc) => oc.constraint('notifications_event_key').doNothing())
      .returning('id').execute()
    if (!rows.length) continue
    await trx.insertInto('notification_deliveries')
      .values(rows.flatMap((r) => CHANNELS.map((channel) => ({ notification_id: r.id, channel, next_attempt_at: now, created_at: now, updated_at: now }))))
      .execute()
    ids.push(...rows.map((r) => r.id))
  }
  return ids
}
