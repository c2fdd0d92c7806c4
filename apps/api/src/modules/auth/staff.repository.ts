import type { Database } from '../../db/database'
import type { StaffRow } from '../../db/schema'
import type { StaffRole } from '@linli/contracts'

export interface NewStaff {
  username: string
  displayName: string
  passwordHash: string
  role: StaffRole
  regionId?: string | null
  centerId?: string | null
}

export async function insertStaff(db: Database, s: NewStaff): Promise<StaffRow> {
  return db
    .insertInto('staff')
    .values({
      username: s.username.toLowerCase(),
      display_name: s.displayName,
      password_hash: s.passwordHash,
      role: s.role,
      region_id: s.regionId ?? null,
      center_id: s.centerId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** Whether any staff account exists, active or not: none means a first install with no way in yet. */
export async function hasAnyStaff(db: Database): Promise<boolean> {
  return (await db.selectFrom('staff').select('id').limit(1).executeTakeFirst()) !== undefined
}

export function findActiveStaffByUsername(db: Database, username: string) {
  return db
    .selectFrom('staff')
    .selectAll()
    .where('username', '=', username.toLowerCase())
    .where('active', '=', true)
    .executeTakeFirst()
}

/** The staff member with the name of the region or center their role is scoped to. */
export function findStaffProfile(db: Database, staffId: string) {
  return db
    .selectFrom('staff')
    .leftJoin('regions', 'regions.id', 'staff.region_id')
    .leftJoin('centers', 'centers.id', 'staff.center_id')
    .select([
      'staff.id', 'staff.username', 'staff.display_name', 'staff.role', 'staff.region_id', 'staff.center_id',
      (eb) => eb.fn.coalesce('regions.name', 'centers.name').as('scope_name'),
    ])
    .where('staff.id', '=', staffId)
    .executeTakeFirst()
}

/** Staff with the name of their scope; optionally only those scoped to these centers or regions. */
export function listStaff(db: Database, scope: { centerIds: string[]; regionIds: string[] } | 'all') {
  let q = db
    .selectFrom('staff')
    .leftJoin('regions', 'regions.id', 'staff.region_id')
    .leftJoin('centers', 'centers.id', 'staff.center_id')
    .select([
      'staff.id', 'staff.username', 'staff.display_name', 'staff.role', 'staff.region_id', 'staff.center_id', 'staff.active',
      'staff.created_at', (eb) => eb.fn.coalesce('regions.name', 'centers.name').as('scope_name'),
    ])
  if (scope !== 'all') {
    const none = ['00000000-0000-0000-0000-000000000000']
    q = q.where((eb) => eb.or([eb('staff.center_id', 'in', scope.centerIds.length ? scope.centerIds : none), eb('staff.region_id', 'in', scope.regionIds.length ? scope.regionIds : none)]))
  }
  return q.orderBy('staff.role').orderBy('staff.username').execute()
}

export const findStaff = (db: Database, id: string) => db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst()

export async function updateStaffRow(db: Database, id: string, changes: { displayName?: string; role?: StaffRole; regionId?: string | null; centerId?: string | null; active?: boolean; passwordHash?: string }, now: Date) {
  await db.updateTable('staff').set({
    ...(changes.displayName !== undefined && { display_name: changes.displayName.trim() }),
    ...(changes.role !== undefined && { role: changes.role }),
    ...(changes.regionId !== undefined && { region_id: changes.regionId }),
    ...(changes.centerId !== undefined && { center_id: changes.centerId }),
    ...(changes.active !== undefined && { active: changes.active }),
    ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
    updated_at: now,
  }).where('id', '=', id).execute()
}

export async function deleteSessionsOfStaff(db: Database, staffId: string) {
  await db.deleteFrom('sessions').where('staff_id', '=', staffId).execute()
}
