import type { Resident } from '@linli/contracts'
import type { Database } from '../../db/database'
import type { ResidentRow } from '../../db/schema'

export const toResident = (r: Pick<ResidentRow, 'id' | 'name' | 'phone' | 'organisation_name'>): Resident => ({
  id: r.id, name: r.name, phone: r.phone, organisationName: r.organisation_name,
})

export function insertResident(db: Database, r: { name: string; phone: string; passwordHash: string; organisationName: string | null }) {
  return db
    .insertInto('residents')
    .values({ name: r.name.trim(), phone: r.phone, password_hash: r.passwordHash, organisation_name: r.organisationName?.trim() || null })
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** Creates the account unless the phone number has one already (then undefined, nothing written). */
export function insertResidentIfPhoneFree(db: Database, r: { name: string; phone: string; passwordHash: string; organisationName: string | null }) {
  return db
    .insertInto('residents')
    .values({ name: r.name.trim(), phone: r.phone, password_hash: r.passwordHash, organisation_name: r.organisationName?.trim() || null })
    .onConflict((oc) => oc.column('phone').doNothing())
    .returningAll()
    .executeTakeFirst()
}

export function findActiveResidentByPhone(db: Database, phone: string) {
  return db.selectFrom('residents').selectAll().where('phone', '=', phone).where('active', '=', true).executeTakeFirst()
}

export function findResident(db: Database, id: string) {
  return db.selectFrom('residents').selectAll().where('id', '=', id).executeTakeFirst()
}
