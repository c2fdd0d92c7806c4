import type { FamilyLink } from '@linli/contracts'
import type { Database } from '../../db/database'

/** Links with both residents' names and numbers. */
function selectLinks(db: Database) {
  return db
    .selectFrom('family_links as f')
    .innerJoin('residents as p', 'p.id', 'f.proxy_resident_id')
    .innerJoin('residents as m', 'm.id', 'f.member_resident_id')
    .selectAll('f')
    .select(['p.name as proxy_name', 'p.phone as proxy_phone', 'm.name as member_name', 'm.phone as member_phone'])
}

export type LinkRow = Awaited<ReturnType<ReturnType<typeof selectLinks>['executeTakeFirstOrThrow']>>

export const toFamilyLink = (r: LinkRow): FamilyLink => ({
  id: r.id, proxyResidentId: r.proxy_resident_id, proxyName: r.proxy_name, proxyPhone: r.proxy_phone,
  memberResidentId: r.member_resident_id, memberName: r.member_name, memberPhone: r.member_phone,
  linkedBy: r.method, centerId: r.center_id, createdAt: r.created_at.toISOString(),
})

export const findLink = (db: Database, id: string) => selectLinks(db).where('f.id', '=', id).executeTakeFirst()

/** Every link the resident is on, either side, oldest first. */
export const listLinksOf = (db: Database, residentId: string) =>
  selectLinks(db).where((eb) => eb.or([eb('f.proxy_resident_id', '=', residentId), eb('f.member_resident_id', '=', residentId)]))
    .orderBy('f.created_at').orderBy('f.id').execute()

/** Links the center's desk made, newest first. */
export const listCenterLinks = (db: Database, centerId: string) =>
  selectLinks(db).where('f.center_id', '=', centerId).orderBy('f.created_at', 'desc').limit(500).execute()

/** The link from proxy to member, if there is one. */
export const findPair = (db: Database, proxyId: string, memberId: string) =>
  selectLinks(db).where('f.proxy_resident_id', '=', proxyId).where('f.member_resident_id', '=', memberId).executeTakeFirst()

/**
 * The live link from proxy to member, held (FOR SHARE) until the caller's transaction ends: an
 * unlink at the same moment waits for the write it would have stopped, or stops it.
 */
export const holdPair = (trx: Database, proxyId: string, memberId: string) =>
  trx.selectFrom('family_links').select('id').where('proxy_resident_id', '=', proxyId).where('member_resident_id', '=', memberId)
    .forShare().executeTakeFirst()

export interface NewLink { proxyId: string; memberId: string; method: 'sms_code' | 'staff'; centerId: string | null; staffId: string | null; now: Date }

/** Links the two (the database refuses self-links, a second link of the pair and going over the limits). */
export async function insertLink(db: Database, l: NewLink) {
  const row = await db.insertInto('family_links').values({
    proxy_resident_id: l.proxyId, member_resident_id: l.memberId, method: l.method, center_id: l.centerId, linked_by_staff_id: l.staffId, created_at: l.now,
  }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

export async function deleteLink(db: Database, id: string) {
  const result = await db.deleteFrom('family_links').where('id', '=', id).executeTakeFirst()
  return result.numDeletedRows > 0n
}

/** Links one resident is on, for account deletion. */
export async function deleteLinksOf(db: Database, residentId: string) {
  await db.deleteFrom('family_links').where((eb) => eb.or([eb('proxy_resident_id', '=', residentId), eb('member_resident_id', '=', residentId)])).execute()
}

/** How many members the proxy has and how many proxies the member has, to refuse early with a clear word. */
export async function linkCounts(db: Database, proxyId: string, memberId: string) {
  const row = await db.selectFrom('family_links')
    .select((eb) => [
      eb.fn.count<string>('id').filterWhere('proxy_resident_id', '=', proxyId).as('members'),
      eb.fn.count<string>('id').filterWhere('member_resident_id', '=', memberId).as('proxies'),
    ]).executeTakeFirstOrThrow()
  return { members: Number(row.members), proxies: Number(row.proxies) }
}
