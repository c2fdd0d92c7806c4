import type { App } from '../../src/app-instance'
import type { Database } from '../../src/db/database'
import { newResident } from './factories'

/** Households and organisations (modules households, organisations): fresh ones of the side's center, with members its desk knows. */
export function householdFixtures(app: App, db: Database, centerId: string) {
  const knownResident = async () => {
    const r = await newResident(db, '居民')
    await db.insertInto('center_residents').values({ center_id: centerId, resident_id: r.id, household: null, registered_by_staff_id: null, registered_at: app.clock() }).execute()
    return r.id
  }
  const householdMember = async () => {
    const h = await db.insertInto('households').values({ center_id: centerId, name: `户${Math.random()}`, weekly_quota: 3 }).returning('id').executeTakeFirstOrThrow()
    const residentId = await knownResident()
    await db.insertInto('household_members').values({ household_id: h.id, resident_id: residentId }).execute()
    return { householdId: h.id, residentId }
  }
  const household = async () => (await householdMember()).householdId
  const organisationMember = async () => {
    const o = await db.insertInto('organisations').values({ center_id: centerId, name: `组织${Math.random()}` }).returning('id').executeTakeFirstOrThrow()
    const residentId = await knownResident()
    await db.insertInto('organisation_members').values({ organisation_id: o.id, resident_id: residentId }).execute()
    return { organisationId: o.id, residentId }
  }
  const organisation = async () => (await organisationMember()).organisationId
  /** A staff link at this center between two residents it knows, neither in a household. */
  const deskLinkPair = async () => (await db.insertInto('family_links').values({
    proxy_resident_id: await knownResident(), member_resident_id: await knownResident(), method: 'staff', center_id: centerId, created_at: app.clock(),
  }).returning('id').executeTakeFirstOrThrow()).id
  return { knownResident, household, householdMember, organisation, organisationMember, deskLinkPair }
}
