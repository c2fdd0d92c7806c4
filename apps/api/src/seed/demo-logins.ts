import type { Database } from '../db/database'
import { verifyPassword } from '../modules/auth/passwords'
import { findActiveStaffByUsername } from '../modules/auth/staff.repository'
import { findActiveResidentByPhone } from '../modules/residents/residents.repository'
import { demoResidents } from './demo-bookings-seed'
import { DEMO_PASSWORD, demoStaff } from './demo-data'

export interface DemoLogins {
  staff: (typeof demoStaff)[number][]
  residents: (typeof demoResidents)[number][]
}

/**
 * The demo logins that work on this database: seeded now or on an earlier start, still active and
 * still on the demo password. A database seeded with nothing, or whose demo passwords were
 * changed, advertises none.
 */
export async function workingDemoLogins(db: Database): Promise<DemoLogins> {
  const works = async (row: { password_hash: string } | undefined) => row !== undefined && (await verifyPassword(row.password_hash, DEMO_PASSWORD))
  const [staff, residents] = await Promise.all([
    Promise.all(demoStaff.map(async (s) => (await works(await findActiveStaffByUsername(db, s.username))) && s)),
    Promise.all(demoResidents.map(async (r) => (await works(await findActiveResidentByPhone(db, r.phone))) && r)),
  ])
  return { staff: staff.filter((s) => s !== false), residents: residents.filter((r) => r !== false) }
}
