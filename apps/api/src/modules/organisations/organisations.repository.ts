import { sql } from 'kysely'
import type { Organisation, OrganisationPatch } from '@linli/contracts'
import type { Database } from '../../db/database'
import type { OrganisationsTable } from '../../db/schema'
import type { Selectable } from 'kysely'
import { maskPhone } from '../notifications/sms/log'

export type OrganisationRow = Selectable<OrganisationsTable>
type MemberRow = { organisation_id: string; resident_id: string; name: string; phone: string }

export const toOrganisation = (o: OrganisationRow, members: MemberRow[]): Organisation => ({
  id: o.id, centerId: o.center_id, regionId: o.region_id, name: o.name, contactName: o.contact_name, contactPhone: o.contact_phone,
  publishName: o.publish_name, weeklyQuota: o.weekly_quota, createdAt: o.created_at.toISOString(),
  members: members.filter((m) => m.organisation_id === o.id).map((m) => ({ residentId: m.resident_id, name: m.name, maskedPhone: maskPhone(m.phone) })),
})

/** The regions a center lies in, from its own up to the district: their organisations serve it too. */
export async function regionsAbove(db: Database, centerId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with recursive up(id, parent_id) as (
      select g.id, g.parent_id from regions g join centers c on c.region_id = g.id where c.id = ${centerId}
      union all select g.id, g.parent_id from regions g join up on g.id = up.parent_id
    ) select id from up`.execute(db)
  return rows.map((r) => r.id)
}

/** The center's own organisations and those of the regions above it. */
function servingCenter(db: Database, centerId: string, regionIds: string[]) {
  return db.selectFrom('organisations').selectAll()
    .where((eb) => eb.or([eb('center_id', '=', centerId), ...(regionIds.length ? [eb('region_id', 'in', regionIds)] : [])]))
}

export const listServingCenter = (db: Database, centerId: string, regionIds: string[]) =>
  servingCenter(db, centerId, regionIds).orderBy('name').orderBy('id').execute()

export const findServingCenterByName = (db: Database, centerId: string, regionIds: string[], name: string) =>
  servingCenter(db, centerId, regionIds).where('name', '=', name).orderBy(sql`center_id is null`).executeTakeFirst()

export const findOrganisation = (db: Database, id: string) => db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst()

export function membersOf(db: Database, organisationIds: string[]): Promise<MemberRow[]> {
  if (!organisationIds.length) return Promise.resolve([])
  return db.selectFrom('organisation_members as m').innerJoin('residents as r', 'r.id', 'm.resident_id')
    .select(['m.organisation_id', 'm.resident_id', 'r.name', 'r.phone']).where('m.organisation_id', 'in', organisationIds)
    .orderBy('m.added_at').orderBy('r.name').execute()
}

export interface NewOrganisation {
  centerId: string | null; regionId: string | null; name: string; contactName: string | null; contactPhone: string | null
  publishName: boolean; weeklyQuota: number | null
}

export const insertOrganisation = (db: Database, o: NewOrganisation) =>
  db.insertInto('organisations').values({
    center_id: o.centerId, region_id: o.regionId, name: o.name.trim(), contact_name: o.contactName?.trim() || null,
    contact_phone: o.contactPhone, publish_name: o.publishName, weekly_quota: o.weeklyQuota,
  }).returningAll().executeTakeFirstOrThrow()

export function updateOrganisation(db: Database, id: string, p: OrganisationPatch) {
  const changes = {
    ...(p.name !== undefined && { name: p.name.trim() }),
    ...(p.contactName !== undefined && { contact_name: p.contactName?.trim() || null }),
    ...(p.contactPhone !== undefined && { contact_phone: p.contactPhone }),
    ...(p.publishName !== undefined && { publish_name: p.publishName }),
    ...(p.weeklyQuota !== undefined && { weekly_quota: p.weeklyQuota }),
  }
  // An empty patch changes nothing (and SQL has no empty SET): answer the organisation as it is.
  if (Object.keys(changes).length === 0) return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
  return db.updateTable('organisations').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow()
}

export const deleteOrganisation = (db: Database, id: string) => db.deleteFrom('organisations').where('id', '=', id).execute()

export const addMembers = (db: Database, organisationId: string, residentIds: string[]) =>
  residentIds.length
    ? db.insertInto('organisation_members').values(residentIds.map((r) => ({ organisation_id: organisationId, resident_id: r })))
      .onConflict((oc) => oc.doNothing()).execute()
    : Promise.resolve([])

export async function removeMember(db: Database, organisationId: string, residentId: string) {
  const r = await db.deleteFrom('organisation_members').where('organisation_id', '=', organisationId).where('resident_id', '=', residentId).executeTakeFirst()
  return r.numDeletedRows > 0n
}

export async function isMember(db: Database, organisationId: string, residentId: string) {
  return (await db.selectFrom('organisation_members').select('resident_id').where('organisation_id', '=', organisationId)
    .where('resident_id', '=', residentId).executeTakeFirst()) !== undefined
}

/** A resident's organisations that serve the center, for the phone's picker. */
export const residentOrganisations = (db: Database, residentId: string, centerId: string, regionIds: string[]) =>
  servingCenter(db, centerId, regionIds)
    .where('id', 'in', db.selectFrom('organisation_members').select('organisation_id').where('resident_id', '=', residentId))
    .orderBy('name').execute()

/** Centers whose public screens may show the organisation's name: where it has bookings, and its own. */
export async function centersShowing(db: Database, o: OrganisationRow) {
  const rows = await db.selectFrom('bookings').select('center_id').distinct().where('organisation_id', '=', o.id).execute()
  return [...new Set([...(o.center_id ? [o.center_id] : []), ...rows.map((r) => r.center_id)])]
}
