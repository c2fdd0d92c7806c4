import type { Household, HouseholdPatch } from '@linli/contracts'
import type { Selectable } from 'kysely'
import type { Database } from '../../db/database'
import type { HouseholdsTable } from '../../db/schema'
import { maskPhone } from '../notifications/sms/log'

export type HouseholdRow = Selectable<HouseholdsTable>
type MemberRow = { household_id: string; resident_id: string; name: string; phone: string }

export const toHousehold = (h: HouseholdRow, members: MemberRow[]): Household => ({
  id: h.id, centerId: h.center_id, name: h.name, weeklyQuota: h.weekly_quota, createdAt: h.created_at.toISOString(),
  members: members.filter((m) => m.household_id === h.id).map((m) => ({ residentId: m.resident_id, name: m.name, maskedPhone: maskPhone(m.phone) })),
})

export const listCenterHouseholds = (db: Database, centerId: string) =>
  db.selectFrom('households').selectAll().where('center_id', '=', centerId).orderBy('name').orderBy('id').limit(500).execute()

export const findHousehold = (db: Database, id: string) => db.selectFrom('households').selectAll().where('id', '=', id).executeTakeFirst()

export function membersOf(db: Database, householdIds: string[]): Promise<MemberRow[]> {
  if (!householdIds.length) return Promise.resolve([])
  return db.selectFrom('household_members as m').innerJoin('residents as r', 'r.id', 'm.resident_id')
    .select(['m.household_id', 'm.resident_id', 'r.name', 'r.phone']).where('m.household_id', 'in', householdIds)
    .orderBy('m.added_at').orderBy('r.name').execute()
}

/** The household each of these residents is in, with its name, to say which one a resident already belongs to. */
export const householdsOfResidents = (db: Database, residentIds: string[]) =>
  residentIds.length
    ? db.selectFrom('household_members as m').innerJoin('households as h', 'h.id', 'm.household_id').innerJoin('residents as r', 'r.id', 'm.resident_id')
      .select(['m.resident_id', 'r.name as resident_name', 'h.id', 'h.name', 'h.center_id', 'h.weekly_quota']).where('m.resident_id', 'in', residentIds).execute()
    : Promise.resolve([])

export const insertHousehold = (db: Database, h: { centerId: string; name: string; weeklyQuota: number | null; staffId: string; now: Date }) =>
  db.insertInto('households').values({ center_id: h.centerId, name: h.name.trim(), weekly_quota: h.weeklyQuota, created_by_staff_id: h.staffId, created_at: h.now })
    .returningAll().executeTakeFirstOrThrow()

export function updateHousehold(db: Database, id: string, p: HouseholdPatch) {
  const changes = {
    ...(p.name !== undefined && { name: p.name.trim() }),
    ...(p.weeklyQuota !== undefined && { weekly_quota: p.weeklyQuota }),
  }
  // An empty patch changes nothing (and SQL has no empty SET): answer the household as it is.
  if (Object.keys(changes).length === 0) return db.selectFrom('households').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
  return db.updateTable('households').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
}

export const deleteHousehold = (db: Database, id: string) => db.deleteFrom('households').where('id', '=', id).execute()

/** Adds members; the unique key on resident_id refuses one who joined another household meanwhile. */
export const addMembers = (db: Database, householdId: string, residentIds: string[], now: Date) =>
  residentIds.length
    ? db.insertInto('household_members').values(residentIds.map((r) => ({ household_id: householdId, resident_id: r, added_at: now })))
      .onConflict((oc) => oc.columns(['household_id', 'resident_id']).doNothing()).execute()
    : Promise.resolve([])

export async function removeMember(db: Database, householdId: string, residentId: string) {
  const r = await db.deleteFrom('household_members').where('household_id', '=', householdId).where('resident_id', '=', residentId).executeTakeFirst()
  return r.numDeletedRows > 0n
}
