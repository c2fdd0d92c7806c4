import { randomBytes } from 'node:crypto'
import type { Database } from '../../db/database'

/** 192 random bits, in the URL's alphabet (32 characters). */
export const newFeedToken = () => randomBytes(24).toString('base64url')

export const findFeed = (db: Database, residentId: string) =>
  db.selectFrom('resident_calendar_feeds').select(['token', 'created_at']).where('resident_id', '=', residentId).executeTakeFirst()

/** Turns the feed on, keeping the token the resident already has. */
export async function ensureFeed(db: Database, residentId: string, now: Date) {
  await db.insertInto('resident_calendar_feeds').values({ resident_id: residentId, token: newFeedToken(), created_at: now })
    .onConflict((oc) => oc.column('resident_id').doNothing()).execute()
  return (await findFeed(db, residentId))!
}

/** A new token in place of the old one: the old URL stops working at once. */
export const replaceFeedToken = (db: Database, residentId: string, now: Date) =>
  db.insertInto('resident_calendar_feeds').values({ resident_id: residentId, token: newFeedToken(), created_at: now })
    .onConflict((oc) => oc.column('resident_id').doUpdateSet((eb) => ({ token: eb.ref('excluded.token'), created_at: eb.ref('excluded.created_at') })))
    .returning(['token', 'created_at']).executeTakeFirstOrThrow()

export const deleteFeed = (db: Database, residentId: string) =>
  db.deleteFrom('resident_calendar_feeds').where('resident_id', '=', residentId).execute()

/** Whose feed a token opens; a deactivated account's feed answers as if it were gone. */
export const findFeedOwner = (db: Database, token: string) =>
  db.selectFrom('resident_calendar_feeds as f').innerJoin('residents as r', 'r.id', 'f.resident_id')
    .select(['r.id', 'r.language']).where('f.token', '=', token).where('r.active', '=', true).executeTakeFirst()

/** Statuses worth a place in a calendar: what was cancelled, refused or lapsed drops out of it. */
const SHOWN_BOOKINGS = ['requested', 'approved', 'checked_in', 'completed', 'no_show'] as const

export const listFeedBookings = (db: Database, residentId: string, from: Date, to: Date) =>
  db.selectFrom('bookings as b').innerJoin('rooms as m', 'm.id', 'b.room_id').innerJoin('centers as c', 'c.id', 'b.center_id')
    .select(['b.id', 'b.status', 'b.starts_at', 'b.ends_at', 'b.purpose', 'b.headcount', 'b.updated_at', 'm.name as room_name', 'c.name as center_name', 'c.address as center_address'])
    .where('b.resident_id', '=', residentId).where('b.status', 'in', SHOWN_BOOKINGS)
    .where('b.ends_at', '>', from).where('b.starts_at', '<', to)
    .orderBy('b.starts_at').orderBy('b.id').limit(500).execute()
export type FeedBooking = Awaited<ReturnType<typeof listFeedBookings>>[number]

/** Seats held or offered; a session the center called off stays, marked cancelled, so the resident sees it. */
export const listFeedSignUps = (db: Database, residentId: string, from: Date, to: Date) =>
  db.selectFrom('registrations as g').innerJoin('occurrences as o', 'o.id', 'g.occurrence_id').innerJoin('activities as a', 'a.id', 'g.activity_id')
    .innerJoin('centers as c', 'c.id', 'g.center_id').leftJoin('rooms as m', 'm.id', 'o.room_id')
    .select([
      'g.id', 'g.status', 'g.offer_expires_at', 'g.updated_at', 'o.starts_at', 'o.ends_at', 'o.status as occurrence_status', 'o.updated_at as occurrence_updated_at',
      'a.status as activity_status', 'a.title', 'a.location', 'm.name as room_name', 'c.name as center_name', 'c.address as center_address', 'c.time_zone',
    ])
    .where('g.resident_id', '=', residentId).where('g.status', 'in', ['confirmed', 'offered'])
    .where('o.ends_at', '>', from).where('o.starts_at', '<', to)
    .orderBy('o.starts_at').orderBy('g.id').limit(500).execute()
export type FeedSignUp = Awaited<ReturnType<typeof listFeedSignUps>>[number]

/**
 * The centers a resident goes to in [from, to), and the rooms there: any booking or sign-up of
 * hers, cancelled ones too, since a closure that cancelled her booking is the reason it left her
 * calendar. At most 20 centers, which nobody reaches.
 */
export async function listFeedPlaces(db: Database, residentId: string, from: Date, to: Date) {
  const rows = await db.selectFrom('registrations as g').innerJoin('occurrences as o', 'o.id', 'g.occurrence_id').innerJoin('centers as c', 'c.id', 'g.center_id')
    .select(['g.center_id', 'c.name as center_name', 'c.time_zone', 'o.room_id'])
    .where('g.resident_id', '=', residentId).where('o.ends_at', '>', from).where('o.starts_at', '<', to)
    .union(db.selectFrom('bookings as b').innerJoin('centers as c', 'c.id', 'b.center_id')
      .select(['b.center_id', 'c.name as center_name', 'c.time_zone', 'b.room_id'])
      .where('b.resident_id', '=', residentId).where('b.ends_at', '>', from).where('b.starts_at', '<', to))
    .execute()
  const centers = new Map<string, { centerId: string; centerName: string; timeZone: string; roomIds: Set<string> }>()
  for (const r of rows) {
    const center = centers.get(r.center_id) ?? { centerId: r.center_id, centerName: r.center_name, timeZone: r.time_zone, roomIds: new Set<string>() }
    if (r.room_id) center.roomIds.add(r.room_id)
    centers.set(r.center_id, center)
  }
  return [...centers.values()].sort((a, b) => a.centerId.localeCompare(b.centerId)).slice(0, 20)
}
export type FeedPlace = Awaited<ReturnType<typeof listFeedPlaces>>[number]
