import type { ExternalChannel, NotificationTopic } from '@linli/contracts'
import type { Selectable } from 'kysely'
import type { Database } from '../../db/database'
import type { ResidentNotificationSettingsTable } from '../../db/schema'
import { DEFAULT_PREFERENCES, type Preferences } from './preferences'

type Row = Selectable<ResidentNotificationSettingsTable>

const toPreferences = (row: Row): Preferences => ({
  reminders: row.reminders, pushTopics: row.push_topics, smsTopics: row.sms_topics,
  quietHours: { start: row.quiet_start.slice(0, 5), end: row.quiet_end.slice(0, 5) },
})

/** The resident's preferences, the defaults where they never chose. */
export async function findPreferences(db: Database, residentId: string): Promise<Preferences> {
  const row = await db.selectFrom('resident_notification_settings').selectAll().where('resident_id', '=', residentId).executeTakeFirst()
  return row ? toPreferences(row) : DEFAULT_PREFERENCES
}

/** Preferences of many residents; anyone missing from the map has the defaults. */
export async function findPreferencesOf(db: Database, residentIds: string[]): Promise<Map<string, Preferences>> {
  if (!residentIds.length) return new Map()
  const rows = await db.selectFrom('resident_notification_settings').selectAll().where('resident_id', 'in', residentIds).execute()
  return new Map(rows.map((r) => [r.resident_id, toPreferences(r)]))
}

/** Writes the whole set (the caller merged the change into what was there), in one statement. */
export async function savePreferences(db: Database, residentId: string, p: Preferences, now: Date) {
  const values = {
    reminders: p.reminders, push_topics: p.pushTopics, sms_topics: p.smsTopics, quiet_start: p.quietHours.start, quiet_end: p.quietHours.end,
    updated_at: now,
  }
  await db.insertInto('resident_notification_settings').values({ resident_id: residentId, ...values })
    .onConflict((oc) => oc.column('resident_id').doUpdateSet(values)).execute()
}

/** Who an unsubscribe link names: only an active account's token counts. */
export const findByNotifyToken = (db: Database, token: string) =>
  db.selectFrom('residents').select(['id', 'phone']).where('notify_token', '=', token).where('active', '=', true).executeTakeFirst()

export const topicsOf = (p: Preferences, channel: ExternalChannel): NotificationTopic[] => (channel === 'sms' ? p.smsTopics : p.pushTopics)
