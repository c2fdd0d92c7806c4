import { afterAll, beforeAll } from 'vitest'
import { SESSION_COOKIE } from '@linli/contracts'
import { buildApp } from '../../src/app'
import type { App } from '../../src/app-instance'
import { loadConfig } from '../../src/config'
import type { Database } from '../../src/db/database'
import { createSession } from '../../src/modules/auth/sessions.repository'
import { newBookingWorld, weekHours } from './booking-world'
import { newCenter, newResident, newRoom, newStaff, newSubdistrict } from './factories'
import type { World } from './matrix-sides'
import { reportFactories } from './report-world'
import type { Identity } from './scope-check'
import type { TestContext } from './test-app'
import { ROLES, type Role } from './valid-requests'

/** A center the access matrix sends its requests against, with the resident whose things live there. */
export interface SideSpec { name: string; centerId: string; regionId: string; resident: { id: string; cookie: string } }

/**
 * The booking world widened to every kind of neighbour of center A: a sibling center in the same
 * subdistrict, a center in the district's other subdistrict, another district; a subdistrict admin
 * beside the district admin. Every side's resident books, signs up, volunteers and asks for help in
 * every center, and every region announces, so a list that forgets its scope shows someone else's rows.
 */
export async function newScopeWorld(app: App, db: Database) {
  const w = await newBookingWorld(app, db)
  const subC = await newSubdistrict(db, w.districtA.id)
  const [sibling, cousin] = [await newCenter(db, w.subA.id), await newCenter(db, subC.id)]
  await db.updateTable('centers').set({ opening_hours: JSON.stringify(weekHours) }).where('id', 'in', [sibling, cousin, w.centerB]).execute()
  const subadmin = await newStaff(db, 'district_admin', { regionId: w.subA.id })
  // Region-scoped accounts that only some callers may list.
  for (const regionId of [subC.id, w.subB.id, w.districtB.id]) await newStaff(db, 'district_admin', { regionId })
  const sides: SideSpec[] = [
    { name: 'own center', centerId: w.centerA, regionId: w.subA.id, resident: w.alice },
    { name: 'sibling center', centerId: sibling, regionId: w.subA.id, resident: await newResident(db, '张桂兰') },
    { name: 'other subdistrict', centerId: cousin, regionId: subC.id, resident: await newResident(db, '李振华') },
    { name: 'other district', centerId: w.centerB, regionId: w.subB.id, resident: w.bob },
  ]
  for (const [i, side] of sides.entries()) await seedCenter(db, side.centerId, sides.map((s) => s.resident.id), i)
  for (const regionId of [w.districtA.id, w.subA.id, subC.id, w.districtB.id, w.subB.id]) await announce(db, { region_id: regionId })
  await db.insertInto('emergencies').values({ title: '停电', message: '停电', region_id: subC.id, starts_at: new Date('2026-11-19T00:00:00Z'), ends_at: new Date('2026-11-30T00:00:00Z') }).execute()
  return { ...w, subC, sibling, cousin, sides, usernames: { ...w.usernames, subadmin: subadmin.username } }
}

/**
 * A second app on the test's database, for the sides' fixtures: with four sides and seven callers
 * the resident identity's own requests and the bookings made for it would pass the per-resident rate
 * limit of one app; real traffic is the identity's alone.
 */
export function useFixtureApp(ctx: TestContext): { app: App } {
  const holder = {} as { app: App }
  beforeAll(async () => {
    holder.app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1' }), db: ctx.db, clock: () => ctx.now, logger: false, webApps: [], backgroundJobs: false })
    await holder.app.ready()
  })
  afterAll(async () => holder.app?.close())
  return holder
}

export type ScopeWorld = Awaited<ReturnType<typeof newScopeWorld>>

/** The world as seen from one side: its center, region and resident in center A's place, for `sideOf(..., 'A')`. */
export const recentred = (w: World, side: SideSpec): World => ({ ...w, centerA: side.centerId, subA: { ...w.subA, id: side.regionId }, alice: { ...w.alice, ...side.resident } })

/**
 * The matrix's callers: its roles and a subdistrict admin, who answers to the rules for admins but
 * only inside their subdistrict. `owns` says, from the database, whether a side is in a caller's scope.
 */
export async function scopeCallers(app: App, db: Database, w: ScopeWorld, roleHeaders: (role: Role) => Promise<Record<string, string>>) {
  const names = [...ROLES, 'subadmin'] as const
  type Caller = (typeof names)[number]
  const staffId = async (username: string) => (await db.selectFrom('staff').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id
  const identities: Record<Caller, Identity> = {
    anon: { kind: 'anon' }, screen: { kind: 'screen', centerId: w.centerA }, resident: { kind: 'resident', id: w.alice.id },
    staff: { kind: 'staff', id: await staffId(w.usernames.staff) }, manager: { kind: 'staff', id: await staffId(w.usernames.manager) },
    admin: { kind: 'staff', id: await staffId(w.usernames.admin) }, subadmin: { kind: 'staff', id: await staffId(w.usernames.subadmin) },
  }
  const subadminId = (identities.subadmin as { id: string }).id
  const headers = async (c: Caller) => c !== 'subadmin' ? roleHeaders(c)
    : { cookie: `${SESSION_COOKIE}=${await createSession(db, { staffId: subadminId }, new Date(app.clock().getTime() + 3_600_000))}` }
  const role = (c: Caller): Role => (c === 'subadmin' ? 'admin' : c)
  return { names, identities, headers, role }
}

const announce = (db: Database, target: { region_id?: string; center_id?: string }) =>
  db.insertInto('announcements').values({ text: '通知', ...target, starts_at: new Date('2026-11-19T00:00:00Z'), ends_at: new Date('2026-11-30T00:00:00Z'), priority: 'normal' }).execute()

/** A center's staff, room, announcement and one row per resident in every resident-keyed table. */
async function seedCenter(db: Database, centerId: string, residentIds: string[], i: number) {
  const f = reportFactories(db, centerId, 'Asia/Shanghai')
  await newStaff(db, 'center_staff', { centerId })
  await announce(db, { center_id: centerId })
  // The leaderboard is empty unless the center shows it.
  await db.updateTable('centers').set({ participation_policy: JSON.stringify({ kioskLeaderboard: true }) }).where('id', '=', centerId).execute()
  const room = (await newRoom(db, centerId)).id
  const activity = await f.activity(`邻里讲座${i}`, 'lecture', room)
  // This afternoon: inside every list's default window (today, this week, the last 30 days).
  const occurrence = await activity.occurrence('2026-11-20T15:00', '16:00')
  const team = await db.insertInto('volunteer_teams').values({ center_id: centerId, name: `邻里队${i}` }).returning('id').executeTakeFirstOrThrow()
  const group = await db.insertInto('resident_groups').values({ center_id: centerId, name: `邻里组${i}` }).returning('id').executeTakeFirstOrThrow()
  for (const [j, residentId] of residentIds.entries()) {
    const day = `2026-11-${String(2 + j).padStart(2, '0')}`
    await db.insertInto('bookings').values({
      room_id: room, center_id: centerId, resident_id: residentId, booked_by_staff_id: null, walk_in_name: null, walk_in_phone: null, purpose: '读书',
      headcount: 2, starts_at: new Date(`${day}T02:00:00Z`), ends_at: new Date(`${day}T03:00:00Z`), status: 'completed', series_id: null,
    }).execute()
    await db.insertInto('registrations').values({ occurrence_id: occurrence, activity_id: activity.id, center_id: centerId, resident_id: residentId, status: 'confirmed', source: 'resident' }).execute()
    const member = await db.insertInto('volunteer_members').values({ team_id: team.id, center_id: centerId, resident_id: residentId, public_alias: `志愿者${i}${j}`, leaderboard_consent: true })
      .returning('id').executeTakeFirstOrThrow()
    await f.service(member.id, '2026-11-18T09:00', 60, 10)
    await db.insertInto('resident_group_members').values({ group_id: group.id, resident_id: residentId }).execute()
    await db.insertInto('service_requests').values({ center_id: centerId, resident_id: residentId, received_at: new Date(`${day}T02:00:00Z`), category: 'policy', description: '咨询', status: 'registered' }).execute()
  }
}
