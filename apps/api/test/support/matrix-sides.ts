import { SESSION_COOKIE } from '@linli/contracts'
import type { App } from '../../src/app-instance'
import type { Database } from '../../src/db/database'
import { createSession } from '../../src/modules/auth/sessions.repository'
import { completePairing, startPairing } from '../../src/modules/screens/screens.repository'
import { createBooking } from '../../src/modules/bookings/bookings.service'
import { register } from '../../src/modules/participation/registrations.service'
import { recordNotifications } from '../../src/modules/notifications/outbox.repository'
import { ensureFeed } from '../../src/modules/calendar-feeds/calendar-feeds.repository'
import type { newBookingWorld } from './booking-world'
import { newCenter, newRoom, newStaff } from './factories'
import { phoneCodeFixtures } from './phone-code-fixtures'
import { familyFixtures } from './family-fixtures'
import { deskFixtures } from './desk-fixtures'
import { proposalFixtures } from './proposal-fixtures'
import { closureFixtures } from './closure-fixtures'
import { householdFixtures } from './household-fixtures'
import { approvalFixtures } from './approval-fixtures'
import { recordFixtures } from './record-fixtures'
import { coBuildingListFixtures } from './co-building-list-fixtures'
import { coBuildingFixtures } from './co-building-fixtures'
import { importFixtures } from './import-fixtures'

export type World = Awaited<ReturnType<typeof newBookingWorld>>

/** One side of the world: the center the identities belong to (A), or someone else's (B). */
export async function sideOf(app: App, db: Database, w: World, side: 'A' | 'B') {
  const centerId = side === 'A' ? w.centerA : w.centerB
  const regionId = side === 'A' ? w.subA.id : w.subB.id
  if (side === 'B') await db.updateTable('centers').set({ opening_hours: JSON.stringify([1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: '08:30', closes: '21:00' }))) }).where('id', '=', centerId).execute()
  const room = async () => (await newRoom(db, centerId)).id
  /** An open-access room (书吧): the one kind that takes people counts. */
  const openRoom = async () => (await newRoom(db, centerId, { access: 'open' })).id
  let hour = 8
  const slot = () => {
    hour = hour >= 19 ? 9 : hour + 1
    return { startsLocal: `2026-11-2${side === 'A' ? 3 : 4}T${String(hour).padStart(2, '0')}:00`, endsLocal: `2026-11-2${side === 'A' ? 3 : 4}T${String(hour).padStart(2, '0')}:30` }
  }
  // Fixtures act through accounts of their own: the matrix signs its identities out everywhere.
  const staffCookie = await newStaffCookie(app, db, 'center_staff', { centerId })
  const managerCookie = await newStaffCookie(app, db, 'center_manager', { centerId })
  // The resident identity books on side A many times over: lift the quotas there.
  await db.updateTable('centers').set({ booking_policy: JSON.stringify({ weeklyQuota: 100, maxUpcoming: 100 }) }).where('id', '=', centerId).execute()
  const activity = async () => {
    const res = await app.inject({ method: 'POST', url: `/api/centers/${centerId}/activities`, headers: { cookie: staffCookie }, payload: { title: '讲座', category: 'lecture', organiserKind: 'center', organiserName: '中心', roomId: null, location: '广场', startsLocal: '2026-12-01T10:00', endsLocal: '2026-12-01T11:00', rrule: 'FREQ=WEEKLY;COUNT=3' } })
    if (res.statusCode !== 201) throw new Error(`fixture activity: ${res.statusCode} ${res.body}`)
    const occ = await db.selectFrom('occurrences').select('id').where('activity_id', '=', res.json().id).orderBy('starts_at').execute()
    return { id: res.json().id as string, occurrences: occ.map((o) => o.id) }
  }
  const booking = async () => {
    const r = await room()
    const res = await app.inject({ method: 'POST', url: `/api/rooms/${r}/staff-bookings`, headers: { cookie: staffCookie }, payload: { ...slot(), purpose: '议事', headcount: 3, organisationName: '居民小组' } })
    return res.json().id as string
  }
  // Through the service, not HTTP: the fuzz makes more of these in a minute than a resident's booking limit allows.
  const requested = async () => {
    const r = await newRoom(db, centerId, { requiresApproval: true })
    return (await createBooking(app, { residentId: side === 'A' ? w.alice.id : w.bob.id }, r.id, { ...slot(), purpose: '议事', headcount: 3 })).id
  }
  const screen = async () => {
    const p = await startPairing(db, app.clock())
    return (await completePairing(db, p.pairingId, centerId, { code: p.code, name: '屏', layout: 'lobby', language: 'zh-CN' }, w.usernames.staff && (await db.selectFrom('staff').select('id').limit(1).executeTakeFirstOrThrow()).id)).id
  }
  const announcement = async () => (await app.inject({ method: 'POST', url: '/api/announcements', headers: { cookie: managerCookie }, payload: { text: '通知', centerId, startsAt: '2026-11-20T00:00:00Z', endsAt: '2026-11-30T00:00:00Z', priority: 'normal' } })).json().id as string
  const emergency = async () => (await app.inject({ method: 'POST', url: '/api/emergencies', headers: { cookie: managerCookie }, payload: { title: '演练', message: '演练', centerId, endsAt: '2026-11-20T05:00:00Z' } })).json().id as string
  const member = async () => (await newStaff(db, 'center_staff', { centerId })).id
  const emptyCenter = async () => newCenter(db, regionId)
  const resident = side === 'A' ? w.alice.id : w.bob.id
  // A browser subscribed by alice, who is the resident every resident request is made as.
  const pushEndpoint = async () => (await db.insertInto('push_subscriptions').values({
    resident_id: w.alice.id, endpoint: `https://fcm.googleapis.com/fcm/send/${Math.random().toString(36).slice(2)}`,
    p256dh: Buffer.alloc(65, 4).toString('base64url'), auth: Buffer.alloc(16, 1).toString('base64url'), created_at: app.clock(),
  }).returning('endpoint').executeTakeFirstOrThrow()).endpoint
  return { pushEndpoint, centerId, regionId, room, openRoom, activity, booking, requested, screen, announcement, emergency, member, emptyCenter, resident, ...volunteerFixtures(db, centerId, resident), ...participationFixtures(app, db, centerId, resident, activity), ...notificationFixtures(db, centerId, resident), ...phoneCodeFixtures(app, db), ...familyFixtures(app, db, centerId, resident), ...deskFixtures(app, db, centerId), ...proposalFixtures(app, db, centerId, resident, w.alice.id), ...closureFixtures(app, db, centerId), ...approvalFixtures(db, centerId), ...householdFixtures(app, db, centerId), ...recordFixtures(app, db, centerId), ...coBuildingListFixtures(app, db, centerId, regionId), ...coBuildingFixtures(app, db, centerId, regionId), ...importFixtures(app, db, centerId) }
}

/** Volunteers and service requests: a fresh team, membership, service record or request per call. */
function volunteerFixtures(db: Database, centerId: string, residentId: string) {
  const volunteerTeam = async () => (await db.insertInto('volunteer_teams').values({ center_id: centerId, name: `队${Math.random()}` }).returning('id').executeTakeFirstOrThrow()).id
  const volunteerMember = async () => (await db.insertInto('volunteer_members').values({ team_id: await volunteerTeam(), center_id: centerId, resident_id: residentId }).returning('id').executeTakeFirstOrThrow()).id
  const volunteerService = async () => (await db.insertInto('volunteer_service').values({ member_id: await volunteerMember(), center_id: centerId, served_at: new Date('2026-11-19T01:00:00Z'), minutes: 60, points: 10 }).returning('id').executeTakeFirstOrThrow()).id
  const serviceRequest = async () => (await db.insertInto('service_requests').values({ center_id: centerId, received_at: new Date('2026-11-19T01:00:00Z'), category: 'other', description: '来访', status: 'registered' }).returning('id').executeTakeFirstOrThrow()).id
  return { volunteerTeam, volunteerMember, volunteerService, serviceRequest }
}

/** Participation: a fresh registration (by the side's resident), walk-in check-in or target group per call. */
function participationFixtures(app: App, db: Database, centerId: string, residentId: string, activity: () => Promise<{ occurrences: string[] }>) {
  // Through the service, for the same reason as bookings: the sign-up route's limit counts per resident.
  const registration = async () => (await register(app, { residentId }, (await activity()).occurrences[0]!, residentId))[0]!.id
  const checkIn = async () => (await db.insertInto('check_ins').values({ occurrence_id: (await activity()).occurrences[0]!, center_id: centerId, method: 'walk_in', headcount: 2 }).returning('id').executeTakeFirstOrThrow()).id
  const group = async () => (await db.insertInto('resident_groups').values({ center_id: centerId, name: `组${Math.random()}` }).returning('id').executeTakeFirstOrThrow()).id
  // Long over, so the side's resident may still book and sign up while the matrix runs.
  const suspension = async () => (await db.insertInto('suspensions').values({
    center_id: centerId, resident_id: residentId, starts_at: new Date('2026-01-01T00:00:00Z'), ends_at: new Date('2026-01-02T00:00:00Z'), no_shows: 2, window_days: 120,
  }).returning('id').executeTakeFirstOrThrow()).id
  return { registration, checkIn, group, suspension }
}

/** Notifications: one for the side's resident about its center, or a dead delivery of one, per call. */
function notificationFixtures(db: Database, centerId: string, residentId: string) {
  const notification = async () => (await db.transaction().execute((trx) => recordNotifications(trx, [{
    residentId, centerId, kind: 'booking_approved', dedupeKey: `${Math.random()}`, params: { roomName: '会议室', startsAt: null, endsAt: null }, link: '/m/bookings',
  }], new Date())))[0]!
  const deadDelivery = async () => (await db.updateTable('notification_deliveries').set({ status: 'dead', attempts: 1, last_error: 'invalid number' })
    .where('notification_id', '=', await notification()).returning('id').executeTakeFirstOrThrow()).id
  const notifyToken = async () => (await db.selectFrom('residents').select('notify_token').where('id', '=', residentId).executeTakeFirstOrThrow()).notify_token
  // The side's resident's calendar link, turned on if it is not.
  const calendarFeedToken = async () => (await ensureFeed(db, residentId, new Date())).token
  return { notification, deadDelivery, notifyToken, calendarFeedToken }
}

async function newStaffCookie(app: App, db: Database, role: 'center_staff' | 'center_manager', scope: { centerId: string }) {
  const s = await newStaff(db, role, scope)
  return `${SESSION_COOKIE}=${await createSession(db, { staffId: s.id }, new Date(app.clock().getTime() + 3_600_000))}`
}

export type Side = Awaited<ReturnType<typeof sideOf>>
