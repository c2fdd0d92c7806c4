import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { RESIDENT_COOKIE, type RoomCreate, SESSION_COOKIE, type StaffRole } from '@linli/contracts'
import type { App } from '../../src/app-instance'
import type { Database } from '../../src/db/database'
import type { DB } from '../../src/db/schema'
import { hashPassword } from '../../src/modules/auth/passwords'
import { createSession } from '../../src/modules/auth/sessions.repository'
import { insertStaff } from '../../src/modules/auth/staff.repository'
import { insertResident } from '../../src/modules/residents/residents.repository'
import { insertCenter } from '../../src/modules/centers/centers.repository'
import { insertRegion } from '../../src/modules/regions/regions.repository'
import { insertRoom } from '../../src/modules/rooms/rooms.repository'

const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`
export const PASSWORD = 'correct-horse-battery'
const passwordHash = hashPassword(PASSWORD)

export const newDistrict = (db: Database, name = unique('区')) =>
  insertRegion(db, { parentId: null, level: 'district', name })

export const newSubdistrict = (db: Database, parentId: string, name = unique('街道')) =>
  insertRegion(db, { parentId, level: 'subdistrict', name })

export const newCenter = (db: Database, regionId: string, name = unique('党群服务中心')) =>
  insertCenter(db, {
    regionId, name, address: '郑州市金水区', areaM2: 2000,
    openingHours: [{ weekday: 1, opens: '08:30', closes: '21:00' }],
  })

export const newRoom = (db: Database, centerId: string, overrides: Partial<RoomCreate> = {}) =>
  insertRoom(db, centerId, { name: unique('活动室'), kind: 'multi_function', capacity: 30, floor: 1, access: 'resident', ...overrides })

export async function newStaff(db: Database, role: StaffRole, scope: { regionId?: string; centerId?: string }) {
  const username = unique(role).toLowerCase()
  const row = await insertStaff(db, { username, displayName: '测试人员', passwordHash: await passwordHash, role, ...scope })
  return { id: row.id, username, password: PASSWORD }
}

/**
 * A staff session for a username, made the way a sign-in makes it (tests of sign-in itself use
 * the HTTP endpoint; everything else would trip its per-address rate limit).
 */
export async function signIn(app: App, username: string): Promise<{ cookie: string }> {
  const staff = await app.db.selectFrom('staff').select('id').where('username', '=', username.toLowerCase()).where('active', '=', true).executeTakeFirstOrThrow()
  const token = await createSession(app.db, { staffId: staff.id }, new Date(app.clock().getTime() + 12 * 3_600_000))
  return { cookie: `${SESSION_COOKIE}=${token}` }
}

export async function countRows(db: Database, table: keyof DB): Promise<number> {
  const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(db)
  return Number(rows[0]!.n)
}

/**
 * Two districts, each with a subdistrict and a center, and one signed-in staff member per role
 * in district A / center A: enough to test "own" and "foreign" scope everywhere.
 */
export async function newWorld(app: App, db: Database) {
  const districtA = await newDistrict(db)
  const subA = await newSubdistrict(db, districtA.id)
  const centerA = await newCenter(db, subA.id)
  const districtB = await newDistrict(db)
  const subB = await newSubdistrict(db, districtB.id)
  const centerB = await newCenter(db, subB.id)
  const admin = await newStaff(db, 'district_admin', { regionId: districtA.id })
  const manager = await newStaff(db, 'center_manager', { centerId: centerA })
  const staff = await newStaff(db, 'center_staff', { centerId: centerA })
  return {
    districtA, subA, centerA, districtB, subB, centerB,
    usernames: { admin: admin.username, manager: manager.username, staff: staff.username },
    as: {
      admin: (await signIn(app, admin.username)).cookie,
      manager: (await signIn(app, manager.username)).cookie,
      staff: (await signIn(app, staff.username)).cookie,
    },
  }
}

let phoneCounter = 0
/** A resident with a live session; returns the Cookie header the phone pages would send. */
export async function newResident(db: Database, name = '王阿姨') {
  const phone = `139${String(Date.now() % 1e4).padStart(4, '0')}${String(phoneCounter++ % 1e4).padStart(4, '0')}`
  const row = await insertResident(db, { name, phone, passwordHash: await passwordHash, organisationName: null })
  const token = await createSession(db, { residentId: row.id }, new Date(Date.now() + 86_400_000 * 365 * 5))
  return { id: row.id, phone, name, cookie: `${RESIDENT_COOKIE}=${token}` }
}
