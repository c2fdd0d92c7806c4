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
