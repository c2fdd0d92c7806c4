import { sql } from 'kysely'
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
    const chunk = unique.slice(i, i + CHUNK).map((n) => ({
      resident_id: n.residentId, center_id: n.centerId, kind: n.kind, dedupe_key: n.dedupeKey, params: n.params, link: n.link,
    }))
    // One statement per chunk: the notices (a deactivated account hears nothing new, whatever caused
    // it; an event already recorded is skipped) and a delivery per channel for each one written.
    const { rows } = await sql<{ id: string }>`
      with n as (
        insert into notifications (resident_id, center_id, kind, dedupe_key, params, link, created_at)
        select v.resident_id, v.center_id, v.kind, v.dedupe_key, v.params, v.link, ${now}::timestamptz
        from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as v(resident_id uuid, center_id uuid, kind text, dedupe_key text, params jsonb, link text)
        where exists (select 1 from residents r where r.id = v.resident_id and r.active)
        on conflict on constraint notifications_event_key do nothing
        returning id
      ), d as (
        insert into notification_deliveries (notification_id, channel, next_attempt_at, created_at, updated_at)
        select n.id, channel, ${now}::timestamptz, ${now}::timestamptz, ${now}::timestamptz from n cross join unnest(${CHANNELS}::text[]) as channel
      )
      select id from n`.execute(trx)
    ids.push(...rows.map((r) => r.id))
  }
  return ids
}
