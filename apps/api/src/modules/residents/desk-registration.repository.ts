import { sql } from 'kysely'
import type { NotificationLanguage } from '@linli/contracts'
import type { Database } from '../../db/database'

/**
 * The residents a center knows: registered at its desk, or who booked a room or signed up for an
 * activity there. Only active accounts; a deleted one is nobody's to find.
 */
function knownResidents(db: Database, centerId: string) {
  return db
    .selectFrom((eb) => eb.selectFrom('center_residents').select('resident_id').where('center_id', '=', centerId)
      .union(eb.selectFrom('bookings').select(sql<string>`resident_id`.as('resident_id')).where('center_id', '=', centerId).where('resident_id', 'is not', null))
      .union(eb.selectFrom('registrations').select('resident_id').where('center_id', '=', centerId))
      .as('k'))
    .innerJoin('residents as r', 'r.id', 'k.resident_id')
    .leftJoin('center_residents as cr', (j) => j.onRef('cr.resident_id', '=', 'r.id').on('cr.center_id', '=', centerId))
    .select(['r.id', 'r.name', 'r.phone', 'r.language', 'cr.household', 'cr.registered_at'])
    .where('r.active', '=', true)
}

export type DeskResidentRow = Awaited<ReturnType<ReturnType<typeof knownResidents>['executeTakeFirstOrThrow']>>

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/** Known residents matching a name part, or number ending in the digits typed; `limit` + 1 rows tell there are more. */
export function searchDeskResidents(db: Database, centerId: string, q: string | undefined, limit: number) {
  let query = knownResidents(db, centerId)
  const term = q?.trim()
  if (term) {
    query = /^\d+$/.test(term)
      ? query.where('r.phone', 'like', `%${term}`)
      : query.where(sql<boolean>`r.name ilike ${`%${escapeLike(term)}%`}`)
  }
  return query.orderBy(sql`cr.registered_at desc nulls last`).orderBy('r.name').orderBy('r.id').limit(limit + 1).execute()
}

/** One known resident of the center, or undefined when the center does not know them. */
export function findDeskResident(db: Database, centerId: string, residentId: string) {
  return knownResidents(db, centerId).where('r.id', '=', residentId).executeTakeFirst()
}

/** The account holding a number (active or not), for telling a desk why it cannot register it. */
export function findResidentIdByPhone(db: Database, phone: string) {
  return db.selectFrom('residents').select('id').where('phone', '=', phone).executeTakeFirst()
}

export async function insertCenterResident(db: Database, r: { centerId: string; residentId: string; household: string | null; staffId: string; at: Date }) {
  await db.insertInto('center_residents').values({
    center_id: r.centerId, resident_id: r.residentId, household: r.household?.trim() || null, registered_by_staff_id: r.staffId, registered_at: r.at,
  }).execute()
}

export function setResidentLanguage(db: Database, residentId: string, language: NotificationLanguage) {
  return db.updateTable('residents').set({ language }).where('id', '=', residentId).execute()
}
