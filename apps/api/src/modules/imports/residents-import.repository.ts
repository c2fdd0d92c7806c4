import type { Database } from '../../db/database'

const CHUNK = 1000
async function chunked<T, R>(items: readonly T[], run: (part: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = []
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await run(items.slice(i, i + CHUNK))))
  return out
}

export const residentsByPhone = (db: Database, phones: readonly string[]) =>
  chunked(phones, (part) => db.selectFrom('residents').select(['id', 'name', 'phone', 'active']).where('phone', 'in', part).execute())

export const registeredAt = async (db: Database, centerId: string) =>
  new Set((await db.selectFrom('center_residents').select('resident_id').where('center_id', '=', centerId).execute()).map((r) => r.resident_id))

/** The center's households by name (the oldest where two share one). */
export const householdsOfCenter = (db: Database, centerId: string) =>
  db.selectFrom('households').select(['id', 'name']).where('center_id', '=', centerId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute()

export const householdOf = (db: Database, residentIds: readonly string[]) =>
  chunked(residentIds, (part) => db.selectFrom('household_members as m').innerJoin('households as h', 'h.id', 'm.household_id')
    .select(['m.resident_id', 'h.id', 'h.name', 'h.center_id']).where('m.resident_id', 'in', part).execute())

export const organisationMemberships = (db: Database, residentIds: readonly string[]) =>
  chunked(residentIds, (part) => db.selectFrom('organisation_members').select(['organisation_id', 'resident_id']).where('resident_id', 'in', part).execute())

/** Accounts made by an import have no password: the resident signs in by SMS code or a desk QR, then sets one. */
export const NO_PASSWORD = '!imported'

export const insertResidents = (db: Database, rows: readonly { name: string; phone: string }[]) =>
  chunked(rows, (part) => db.insertInto('residents').values(part.map((r) => ({ name: r.name, phone: r.phone, password_hash: NO_PASSWORD, organisation_name: null })))
    .returning(['id', 'phone']).execute())

export const registerAtCenter = (db: Database, rows: readonly { center_id: string; resident_id: string; registered_by_staff_id: string; registered_at: Date }[]) =>
  chunked(rows, async (part) => { await db.insertInto('center_residents').values(part).execute(); return [] })

export const insertHouseholds = (db: Database, centerId: string, names: readonly string[], staffId: string, now: Date) =>
  chunked(names, (part) => db.insertInto('households').values(part.map((name) => ({ center_id: centerId, name, created_by_staff_id: staffId, created_at: now })))
    .returning(['id', 'name']).execute())

export async function moveToHouseholds(db: Database, moves: readonly { household_id: string; resident_id: string }[], now: Date) {
  await chunked(moves, async (part) => {
    await db.deleteFrom('household_members').where('resident_id', 'in', part.map((m) => m.resident_id)).execute()
    await db.insertInto('household_members').values(part.map((m) => ({ ...m, added_at: now }))).execute()
    return []
  })
}

export const insertOrganisations = (db: Database, centerId: string, names: readonly string[]) =>
  chunked(names, (part) => db.insertInto('organisations').values(part.map((name) => ({ center_id: centerId, name }))).returning(['id', 'name']).execute())

export const addOrganisationMembers = (db: Database, rows: readonly { organisation_id: string; resident_id: string }[], now: Date) =>
  chunked(rows, async (part) => {
    await db.insertInto('organisation_members').values(part.map((r) => ({ ...r, added_at: now }))).onConflict((oc) => oc.doNothing()).execute()
    return []
  })

export const centerTimeZone = async (db: Database, centerId: string) =>
  (await db.selectFrom('centers').select('time_zone').where('id', '=', centerId).executeTakeFirstOrThrow()).time_zone
