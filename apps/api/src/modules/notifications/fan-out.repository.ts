import type { ExternalChannel, NotificationKind } from '@linli/contracts'
import type { Database } from '../../db/database'
import { DEFAULT_PREFERENCES, allows } from './preferences'
import { findPreferencesOf } from './settings.repository'

export interface FanOutChannel {
  channel: ExternalChannel
  /** Of these residents, the ones the channel can reach at all (a push subscription); everyone when absent. */
  reach?: (db: Database, residentIds: string[]) => Promise<Set<string>>
}

/**
 * Makes the push and SMS deliveries of notifications recorded since the last round: one per
 * channel this server has, for residents it can reach who let that kind through it. Claimed with
 * SKIP LOCKED and marked in the same transaction, so replicas never fan one out twice (and the
 * unique delivery key would refuse it anyway). Returns how many notifications it went through.
 */
export async function fanOut(db: Database, channels: FanOutChannel[], now: Date, limit = 500): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom('notifications').select(['id', 'resident_id', 'kind'])
      .where('fanned_out_at', 'is', null).orderBy('created_at').limit(limit).forUpdate().skipLocked().execute()
    if (!rows.length) return 0
    const residents = [...new Set(rows.map((r) => r.resident_id))]
    const prefs = await findPreferencesOf(trx, residents)
    const deliveries: { notification_id: string; channel: ExternalChannel; next_attempt_at: Date; created_at: Date; updated_at: Date }[] = []
    for (const c of channels) {
      const reachable = c.reach ? await c.reach(trx, residents) : undefined
      for (const r of rows) {
        if (reachable && !reachable.has(r.resident_id)) continue
        if (!allows(prefs.get(r.resident_id) ?? DEFAULT_PREFERENCES, c.channel, r.kind as NotificationKind)) continue
        deliveries.push({ notification_id: r.id, channel: c.channel, next_attempt_at: now, created_at: now, updated_at: now })
      }
    }
    for (let i = 0; i < deliveries.length; i += 500)
      await trx.insertInto('notification_deliveries').values(deliveries.slice(i, i + 500))
        .onConflict((oc) => oc.constraint('notification_deliveries_channel_key').doNothing()).execute()
    await trx.updateTable('notifications').set({ fanned_out_at: now }).where('id', 'in', rows.map((r) => r.id)).execute()
    return rows.length
  })
}
