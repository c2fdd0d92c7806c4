import type { App } from '../../src/app-instance'
import type { Database } from '../../src/db/database'
import { newResident } from './factories'

/** Family links (module family): the side's resident acting for a fresh member, a desk link at the side's center, two fresh numbers its desk knows to link,
 * a known resident with links both ways, and two known residents to link from the 居民 page. */
export function familyFixtures(app: App, db: Database, centerId: string, residentId: string) {
  const link = async (proxyId: string, memberId: string, at: string | null) => (await db.insertInto('family_links').values({
    proxy_resident_id: proxyId, member_resident_id: memberId, method: at ? 'staff' : 'sms_code', center_id: at, created_at: app.clock(),
  }).returning('id').executeTakeFirstOrThrow()).id
  const familyLink = async () => {
    // The matrix links the resident over and over: make room under the limit of five.
    await db.deleteFrom('family_links').where('proxy_resident_id', '=', residentId).execute()
    return link(residentId, (await newResident(db, '家人')).id, null)
  }
  const deskFamilyLink = async () => link((await newResident(db, '代办人')).id, (await newResident(db, '家人')).id, centerId)
  // Staff link only residents their center knows: both are registered at the side's desk.
  const knownHere = async (name: string) => {
    const r = await newResident(db, name)
    await db.insertInto('center_residents').values({ center_id: centerId, resident_id: r.id, household: null, registered_by_staff_id: null, registered_at: app.clock() }).execute()
    return r
  }
  const familyPhones = async () => ({ proxyPhone: (await knownHere('代办人')).phone, memberPhone: (await knownHere('家人')).phone })
  // A resident the desk knows who acts for one person and is acted for by another, to read on the 居民 page.
  const deskFamilyResident = async () => {
    const r = await knownHere('居民')
    await link(r.id, (await newResident(db, '家人')).id, null)
    await link((await knownHere('代办人')).id, r.id, centerId)
    return r.id
  }
  const deskFamilyPair = async () => ({ residentId: (await knownHere('居民')).id, otherResidentId: (await knownHere('家人')).id })
  return { familyLink, deskFamilyLink, familyPhones, deskFamilyResident, deskFamilyPair }
}
