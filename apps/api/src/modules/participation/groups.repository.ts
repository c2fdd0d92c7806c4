import { sql } from 'kysely'
import type { Audience, GroupMember, ResidentGroup } from '@linli/contracts'
import type { Database } from '../../db/database'

function selectGroups(db: Database) {
  return db.selectFrom('resident_groups as g').selectAll('g')
    .select(sql<number>`(select count(*)::int from resident_group_members m where m.group_id = g.id)`.as('member_count'))
}

type GroupRow = Awaited<ReturnType<ReturnType<typeof selectGroups>['executeTakeFirstOrThrow']>>

export const toGroup = (g: GroupRow): ResidentGroup => ({
  id: g.id, centerId: g.center_id, name: g.name, description: g.description, audience: g.audience, memberCount: g.member_count, createdAt: g.created_at.toISOString(),
})

export const findGroup = (db: Database, id: string) => selectGroups(db).where('g.id', '=', id).executeTakeFirst()

export const listGroups = (db: Database, centerId: string) => selectGroups(db).where('g.center_id', '=', centerId).orderBy('g.name').execute()

export async function insertGroup(db: Database, centerId: string, g: { name: string; description?: string; audience?: Audience | null }) {
  return (await db.insertInto('resident_groups').values({ center_id: centerId, name: g.name.trim(), description: g.description?.trim() ?? '', audience: g.audience ?? null })
    .returning('id').executeTakeFirstOrThrow()).id
}

export async function updateGroup(db: Database, id: string, g: { name?: string; description?: string; audience?: Audience | null }, now: Date) {
  await db.updateTable('resident_groups').set({
    ...(g.name !== undefined && { name: g.name.trim() }), ...(g.description !== undefined && { description: g.description.trim() }),
    ...(g.audience !== undefined && { audience: g.audience }), updated_at: now,
  }).where('id', '=', id).execute()
}

export async function deleteGroup(db: Database, id: string) {
  await db.deleteFrom('resident_groups').where('id', '=', id).execute()
}

export async function listMembers(db: Database, groupId: string): Promise<GroupMember[]> {
  const rows = await db.selectFrom('resident_group_members as m').innerJoin('residents as p', 'p.id', 'm.resident_id')
    .select(['p.id', 'p.name', 'p.phone', 'm.joined_at']).where('m.group_id', '=', groupId).orderBy('m.joined_at').orderBy('p.name').execute()
  return rows.map((r) => ({ residentId: r.id, name: r.name, phone: r.phone, joinedAt: r.joined_at.toISOString() }))
}

/** Active residents among ids and phones; the caller reports what is missing. */
export function findResidents(db: Database, f: { ids: string[]; phones: string[] }) {
  if (!f.ids.length && !f.phones.length) return Promise.resolve([])
  return db.selectFrom('residents').select(['id', 'phone']).where('active', '=', true)
    .where((eb) => eb.or([...(f.ids.length ? [eb('id', 'in', f.ids)] : []), ...(f.phones.length ? [eb('phone', 'in', f.phones)] : [])]))
    .execute()
}

/** Adds members; residents already in the group keep their original joining date. */
export async function addMembers(db: Database, groupId: string, residentIds: string[], now: Date) {
  if (!residentIds.length) return
  await db.insertInto('resident_group_members').values(residentIds.map((id) => ({ group_id: groupId, resident_id: id, joined_at: now })))
    .onConflict((oc) => oc.columns(['group_id', 'resident_id']).doNothing()).execute()
}

export async function removeMember(db: Database, groupId: string, residentId: string) {
  const result = await db.deleteFrom('resident_group_members').where('group_id', '=', groupId).where('resident_id', '=', residentId).executeTakeFirst()
  return result.numDeletedRows > 0n
}
