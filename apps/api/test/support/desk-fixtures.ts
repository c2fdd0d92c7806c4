import type { App } from '../../src/app-instance'
import type { Database } from '../../src/db/database'
import { hashPassword } from '../../src/modules/auth/passwords'
import { insertResident } from '../../src/modules/residents/residents.repository'
import { createSignInLink } from '../../src/modules/residents/sign-in-links'

const passwordHash = hashPassword('long-enough-1')

/** The service desk: a fresh resident registered at the center's desk, or a live sign-in link's token for one. */
export function deskFixtures(app: App, db: Database, centerId: string) {
  const deskResident = async () => {
    const phone = `134${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`
    const row = await insertResident(db, { name: '登记居民', phone, passwordHash: await passwordHash, organisationName: null })
    await db.insertInto('center_residents').values({ center_id: centerId, resident_id: row.id, household: '1号楼', registered_by_staff_id: null, registered_at: app.clock() }).execute()
    return row.id
  }
  const signInLinkToken = async () => {
    const residentId = await deskResident()
    const staff = await db.selectFrom('staff').select('id').limit(1).executeTakeFirstOrThrow()
    const { body } = await createSignInLink(app, { residentId, residentName: '登记居民', centerId, staffId: staff.id })
    return new URL(body.path, 'http://x').searchParams.get('t')!
  }
  return { deskResident, signInLinkToken }
}
