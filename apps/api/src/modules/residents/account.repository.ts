import { randomBytes, randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { Database } from '../../db/database'

/*
 * Account deletion and export. A deleted resident's row stays, because bookings, sign-ups,
 * check-ins and volunteer hours reference it and count in the centers' reports; what it says
 * about the person goes.
 */
export const DELETED_NAME = '已注销居民'

/** Holds one resident's bookings, sign-ups and deletion in turn (the same lock booking quotas take). */
export async function lockResident(db: Database, residentId: string) {
  await sql`select pg_advisory_xact_lock(hashtext(${`linli:resident:${residentId}`}))`.execute(db)
}

/** Bookings still to happen or happening (not yet ended), with the center's zone. */
export function liveBookings(db: Database, residentId: string, now: Date) {
  return db.selectFrom('bookings as b').innerJoin('centers as c', 'c.id', 'b.center_id')
    .select(['b.id', 'b.room_id', 'b.center_id', 'b.status', 'b.starts_at', 'b.ends_at', 'c.time_zone'])
    .where('b.resident_id', '=', residentId).where('b.status', 'in', ['requested', 'approved', 'checked_in']).where('b.ends_at', '>', now)
    .orderBy('b.starts_at').execute()
}

/** Sign-ups (held or queued) for occurrences not yet ended and not called off, with the center's zone. */
export function liveRegistrations(db: Database, residentId: string, now: Date) {
  return db.selectFrom('registrations as g').innerJoin('occurrences as o', 'o.id', 'g.occurrence_id')
    .innerJoin('activities as a', 'a.id', 'g.activity_id').innerJoin('centers as c', 'c.id', 'g.center_id')
    .select(['g.id', 'g.occurrence_id', 'g.center_id', 'g.status', 'o.starts_at', 'o.ends_at', 'c.time_zone'])
    .where('g.resident_id', '=', residentId).where('g.status', 'in', ['confirmed', 'offered', 'waitlisted']).where('o.ends_at', '>', now)
    .where('o.status', '!=', 'cancelled').where('a.status', '!=', 'cancelled')
    .orderBy('o.starts_at').execute()
}

/** Keeps the row for history and strips the person from it; every way back in (sessions, links, browsers) ends. */
export async function anonymiseResident(db: Database, residentId: string) {
  await db.updateTable('residents').set({
    name: DELETED_NAME, phone: `deleted:${randomUUID()}`, organisation_name: null, active: false,
    // Not a hash: no password verifies against it.
    password_hash: 'deleted', notify_token: randomBytes(24).toString('hex'),
  }).where('id', '=', residentId).execute()
  await db.deleteFrom('sessions').where('resident_id', '=', residentId).execute()
  await db.deleteFrom('push_subscriptions').where('resident_id', '=', residentId).execute()
  await db.deleteFrom('resident_notification_settings').where('resident_id', '=', residentId).execute()
  await db.deleteFrom('resident_calendar_feeds').where('resident_id', '=', residentId).execute()
  // Desk registrations carry a household note (an address); sign-in links are a way back in.
  await db.deleteFrom('center_residents').where('resident_id', '=', residentId).execute()
  await db.deleteFrom('resident_sign_in_links').where('resident_id', '=', residentId).execute()
  await db.deleteFrom('resident_group_members').where('resident_id', '=', residentId).execute()
  // The inbox is personal and nothing counts it; its deliveries go with it, so no SMS is still on its way.
  await db.deleteFrom('notifications').where('resident_id', '=', residentId).execute()
  await db.updateTable('volunteer_members').set({ public_alias: null, leaderboard_consent: false, active: false }).where('resident_id', '=', residentId).execute()
}

export async function updateResidentProfile(db: Database, residentId: string, p: { name?: string; language?: 'zh-CN' | 'en' }) {
  if (p.name === undefined && p.language === undefined) return
  await db.updateTable('residents').set({ ...(p.name !== undefined && { name: p.name.trim() }), ...(p.language && { language: p.language }) })
    .where('id', '=', residentId).execute()
}

/** Moves the resident to a new number; undefined (nothing written) when another account has it. */
export async function moveToPhone(db: Database, residentId: string, phone: string) {
  const taken = await db.selectFrom('residents').select('id').where('phone', '=', phone).where('id', '!=', residentId).executeTakeFirst()
  if (taken) return undefined
  return db.updateTable('residents').set({ phone }).where('id', '=', residentId).returningAll().executeTakeFirst()
}
