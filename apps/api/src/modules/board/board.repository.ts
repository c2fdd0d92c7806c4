import { type Selectable, sql } from 'kysely'
import type { Announcement, AnnouncementCreate, Emergency, EmergencyCreate } from '@linli/contracts'
import type { Database } from '../../db/database'
import type { AnnouncementsTable, EmergenciesTable } from '../../db/schema'
import { subtreeQuery } from '../regions/regions.repository'

/** The regions a center sits in, from its own up to the district. */
function regionsAbove(db: Database, centerId: string) {
  return db
    .withRecursive('up(id, parent_id)', (qb) =>
      qb.selectFrom('regions').innerJoin('centers', 'centers.region_id', 'regions.id').select(['regions.id', 'regions.parent_id']).where('centers.id', '=', centerId)
        .unionAll((q) => q.selectFrom('regions as r').innerJoin('up', 'up.parent_id', 'r.id').select(['r.id', 'r.parent_id'])),
    )
    .selectFrom('up')
    .select('up.id')
}

export const toAnnouncement = (a: Selectable<AnnouncementsTable>): Announcement => ({
  id: a.id, text: a.text, centerId: a.center_id, regionId: a.region_id, startsAt: a.starts_at.toISOString(),
  endsAt: a.ends_at.toISOString(), priority: a.priority, createdAt: a.created_at.toISOString(),
})

export const toEmergency = (e: Selectable<EmergenciesTable>): Emergency => ({
  id: e.id, title: e.title, message: e.message, centerId: e.center_id, regionId: e.region_id,
  startsAt: e.starts_at.toISOString(), endsAt: e.ends_at.toISOString(), clearedAt: e.cleared_at?.toISOString() ?? null,
})

/** Announcements addressed to a center or any region above it; `activeAt` keeps only those showing then. */
export function listCenterAnnouncements(db: Database, centerId: string, activeAt?: Date) {
  let q = db.selectFrom('announcements').selectAll()
    .where((eb) => eb.or([eb('center_id', '=', centerId), eb('region_id', 'in', regionsAbove(db, centerId))]))
  if (activeAt) q = q.where('starts_at', '<=', activeAt).where('ends_at', '>', activeAt)
  return q.orderBy(sql`priority = 'high'`, 'desc').orderBy('starts_at').execute()
}

export function activeEmergency(db: Database, centerId: string, now: Date) {
  return db.selectFrom('emergencies').selectAll()
    .where((eb) => eb.or([eb('center_id', '=', centerId), eb('region_id', 'in', regionsAbove(db, centerId))]))
    .where('starts_at', '<=', now).where('ends_at', '>', now).where('cleared_at', 'is', null)
    .orderBy('starts_at', 'desc').limit(1).executeTakeFirst()
}

/** What has already started (or ended) is pushed by the route that saves it, so the timer leaves it be. */
export function insertAnnouncement(db: Database, a: AnnouncementCreate, staffId: string, now: Date) {
  const startsAt = new Date(a.startsAt)
  const endsAt = new Date(a.endsAt)
  return db.insertInto('announcements').values({
    text: a.text.trim(), center_id: a.centerId ?? null, region_id: a.regionId ?? null, starts_at: startsAt,
    ends_at: endsAt, priority: a.priority, created_by: staffId,
    start_pushed_at: startsAt <= now ? now : null, end_pushed_at: endsAt <= now ? now : null,
  }).returningAll().executeTakeFirstOrThrow()
}

/**
 * Claims the announcements whose start or end has come and not been pushed yet, and marks them
 * pushed. FOR UPDATE SKIP LOCKED: with several replicas, each start and end is claimed by one.
 */
export async function claimDueAnnouncementPushes(db: Database, now: Date) {
  const { rows } = await sql<{ id: string; center_id: string | null; region_id: string | null }>`
    update announcements a set
      start_pushed_at = case when a.starts_at <= ${now} then coalesce(a.start_pushed_at, ${now}) else a.start_pushed_at end,
      end_pushed_at = case when a.ends_at <= ${now} then coalesce(a.end_pushed_at, ${now}) else a.end_pushed_at end
    from (
      select id from announcements
      where (start_pushed_at is null and starts_at <= ${now}) or (end_pushed_at is null and ends_at <= ${now})
      order by least(starts_at, ends_at) limit 500
      for update skip locked
    ) due
    where a.id = due.id
    returning a.id, a.center_id, a.region_id`.execute(db)
  return rows
}

/** The next instant an announcement starts or ends that screens have not been told of yet. */
export async function nextAnnouncementPushAt(db: Database): Promise<Date | undefined> {
  const [start, end] = await Promise.all([
    db.selectFrom('announcements').select('starts_at as at').where('start_pushed_at', 'is', null).orderBy('starts_at').limit(1).executeTakeFirst(),
    db.selectFrom('announcements').select('ends_at as at').where('end_pushed_at', 'is', null).orderBy('ends_at').limit(1).executeTakeFirst(),
  ])
  const times = [start?.at, end?.at].filter((d): d is Date => !!d)
  return times.length ? new Date(Math.min(...times.map((d) => d.getTime()))) : undefined
}

export const findAnnouncement = (db: Database, id: string) => db.selectFrom('announcements').selectAll().where('id', '=', id).executeTakeFirst()
export const deleteAnnouncement = (db: Database, id: string) => db.deleteFrom('announcements').where('id', '=', id).execute()

export function insertEmergency(db: Database, e: EmergencyCreate, now: Date, staffId: string) {
  return db.insertInto('emergencies').values({
    title: e.title.trim(), message: e.message.trim(), center_id: e.centerId ?? null, region_id: e.regionId ?? null,
    starts_at: now, ends_at: new Date(e.endsAt), created_by: staffId,
  }).returningAll().executeTakeFirstOrThrow()
}

export const findEmergency = (db: Database, id: string) => db.selectFrom('emergencies').selectAll().where('id', '=', id).executeTakeFirst()

export async function clearEmergency(db: Database, id: string, now: Date, staffId: string) {
  await db.updateTable('emergencies').set({ cleared_at: now, cleared_by: staffId }).where('id', '=', id).execute()
}

/** The centers a notice for a center or a region reaches. */
export async function centersReached(db: Database, target: { centerId: string | null; regionId: string | null }) {
  if (target.centerId) return [target.centerId]
  const rows = await db.selectFrom('centers').select('id').where('region_id', 'in', subtreeQuery(db, target.regionId!)).execute()
  return rows.map((r) => r.id)
}
