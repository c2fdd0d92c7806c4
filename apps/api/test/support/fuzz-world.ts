import { randomUUID } from 'node:crypto'
import { createBooking } from '../../src/modules/bookings/bookings.service'
import { checkInSecret } from '../../src/modules/check-in-codes/check-in-secret'
import { signCheckInToken } from '../../src/modules/check-in-codes/check-in-tokens'
import { startPairing } from '../../src/modules/screens/screens.repository'
import { CODE_TTL_MS, codeHash } from '../../src/modules/residents/phone-codes'
import { newBookingWorld } from './booking-world'
import { PASSWORD, newCenter, newResident, newRoom, newStaff, signIn } from './factories'
import { type Side, sideOf } from './matrix-sides'
import { FIXTURE_CODE } from './phone-code-fixtures'
import type { TestContext } from './test-app'
import { type Req, type Role, body, identityHeaders, matrix } from './valid-requests'

const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '07:00', closes: '23:00' }))

/**
 * The access matrix's world, plus what the fuzz needs: center A keeps New York time (so DST-gap
 * wall-clock times meet a zone that has them) and is open 07:00-23:00 daily, because the clock
 * (02:00Z) is 21:00 there; a sibling center in A's district; and named real ids of every kind.
 */
export async function fuzzWorld(ctx: TestContext) {
  const { app, db } = ctx
  const w = await newBookingWorld(app, db)
  const own = await sideOf(app, db, w, 'A')
  const foreign = await sideOf(app, db, w, 'B')
  // Alice books far more often than any resident could (every booking fixture is hers): no quota stops the fixtures.
  const unlimited = JSON.stringify({ weeklyQuota: 1e6, maxUpcoming: 1e6 })
  await db.updateTable('centers').set({ time_zone: 'America/New_York', opening_hours: JSON.stringify(everyDay), booking_policy: unlimited }).where('id', '=', w.centerA).execute()
  const sibling = await newCenter(db, w.subA.id)
  const [a, b] = [await own.activity(), await foreign.activity()]
  const staffA = await db.selectFrom('staff').select('id').where('username', '=', w.usernames.staff).executeTakeFirstOrThrow()
  const ids: Record<string, string> = {
    centerA: w.centerA, centerSibling: sibling, centerB: w.centerB, districtA: w.districtA.id, subdistrictA: w.subA.id, subdistrictB: w.subB.id,
    roomA: w.room.id, roomSibling: (await newRoom(db, sibling)).id, roomB: (await newRoom(db, w.centerB)).id, activityA: a.id, activityB: b.id,
    occurrenceA: a.occurrences[0]!, occurrenceB: b.occurrences[0]!, bookingA: await own.requested(), bookingB: await foreign.requested(),
    residentAlice: w.alice.id, residentBob: w.bob.id, staffA: staffA.id, staffB: await foreign.member(), screenA: await own.screen(),
    teamA: await own.volunteerTeam(), groupA: await own.group(), serviceRequestA: await own.serviceRequest(), registrationA: await own.registration(),
  }
  // Center and region rows as they are now: a PATCH that succeeds (a lower quota, no opening hours, another zone) is undone, so later operations still start valid.
  const settings = { centers: await db.selectFrom('centers').selectAll().execute(), regions: await db.selectFrom('regions').selectAll().execute() }
  const restoreSettings = async () => {
    const plain = (row: object) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : v]))
    for (const c of settings.centers) await db.updateTable('centers').set(plain(c)).where('id', '=', c.id).execute()
    for (const r of settings.regions) await db.updateTable('regions').set(plain(r)).where('id', '=', r.id).execute()
  }

  const identity = await identityHeaders(app, db, w)
  const sessions = new Map<Role, Record<string, string>>()
  const headersFor = async (role: Role) => {
    if (!sessions.has(role)) sessions.set(role, await identity(role))
    return sessions.get(role)!
  }

  // Requests that are only valid at this moment: a booking whose check-in window is open now, an activity starting in 15 minutes.
  const fixtureStaff = await signIn(app, (await newStaff(db, 'center_staff', { centerId: w.centerA })).username)
  const loginUser = await newStaff(db, 'center_staff', { centerId: w.centerA })
  const bookedNow = async () => {
    const room = await newRoom(db, w.centerA)
    const was = ctx.now
    ctx.now = new Date('2026-11-20T00:30:00Z') // booked at 19:30 New York time, for 21:00
    const booking = await createBooking(app, { residentId: w.alice.id }, room.id, { startsLocal: '2026-11-19T21:00', endsLocal: '2026-11-19T21:30', purpose: '读书', headcount: 2 }).finally(() => (ctx.now = was))
    return { roomId: room.id, bookingId: booking.id }
  }
  const startingSoon = async () => {
    const res = await app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/activities`, headers: { cookie: fixtureStaff.cookie }, payload: { title: '夜谈', category: 'lecture', organiserKind: 'center', organiserName: '中心', roomId: null, location: '广场', startsLocal: '2026-11-19T21:15', endsLocal: '2026-11-19T22:00' } })
    if (res.statusCode !== 201) throw new Error(`fixture activity: ${res.statusCode} ${res.body}`)
    return (await db.selectFrom('occurrences').select('id').where('activity_id', '=', res.json().id).executeTakeFirstOrThrow()).id
  }
  const pairing = () => startPairing(db, app.clock())
  /** The code a screen shows for the place now, as the resident scans it. */
  const codeNow = async (kind: 'room' | 'occurrence', id: string) => signCheckInToken(await checkInSecret(app), { kind, id }, app.clock(), app.config.checkInSlotSeconds)
  const ownPhoneCode = async () => {
    const now = app.clock()
    await db.updateTable('phone_codes').set({ closed_at: now, closed_reason: 'replaced' }).where('phone', '=', w.alice.phone).where('purpose', '=', 'change_phone').where('closed_at', 'is', null).execute()
    const id = randomUUID()
    await db.insertInto('phone_codes').values({
      id, phone: w.alice.phone, purpose: 'change_phone', code_hash: codeHash(id, w.alice.phone, 'change_phone', FIXTURE_CODE), client: 'fixture', created_at: now, expires_at: new Date(now.getTime() + CODE_TTL_MS),
    }).execute()
    return FIXTURE_CODE
  }
  /** Where the matrix's request is deliberately refused (a wrong password, a made-up pairing code), a request that succeeds. */
  const overrides: Record<string, (s: Side) => Promise<Req>> = {
    'POST /api/auth/login': async () => body('POST', '/api/auth/login', { username: loginUser.username, password: PASSWORD }),
    'POST /api/residents/login': async () => body('POST', '/api/residents/login', { phone: w.alice.phone, password: PASSWORD }),
    // In a zone with DST, so a mutated dtstart or exdate can land in the hour that never happens.
    'POST /api/recurrence/preview': async () => body('POST', '/api/recurrence/preview', { dtstart: '2026-12-11T09:00', timezone: 'America/New_York', rrule: 'FREQ=MONTHLY;BYDAY=2FR', exdates: ['2027-01-08T09:00'], limit: 12 }),
    'POST /api/auth/password': async () => body('POST', '/api/auth/password', { currentPassword: PASSWORD, newPassword: PASSWORD }),
    'POST /api/screens/pairings/{id}/poll': async () => {
      const p = await pairing()
      return body('POST', `/api/screens/pairings/${p.pairingId}/poll`, { secret: p.secret })
    },
    'POST /api/centers/{id}/screens': async () => body('POST', `/api/centers/${w.centerA}/screens`, { code: (await pairing()).code, name: '屏', layout: 'lobby', language: 'zh-CN' }),
    'POST /api/bookings/{id}/check-in': async () => body('POST', `/api/bookings/${(await bookedNow()).bookingId}/check-in`),
    'POST /api/rooms/{id}/check-in': async () => {
      const { roomId } = await bookedNow()
      return body('POST', `/api/rooms/${roomId}/check-in`, { token: await codeNow('room', roomId) })
    },
    'POST /api/occurrences/{id}/check-in': async () => {
      const occurrenceId = await startingSoon()
      return body('POST', `/api/occurrences/${occurrenceId}/check-in`, { token: await codeNow('occurrence', occurrenceId) })
    },
    'POST /api/centers/{id}/booking-code-check-ins': async () => {
      const { bookingId } = await bookedNow()
      const { code } = await db.selectFrom('bookings').select('code').where('id', '=', bookingId).executeTakeFirstOrThrow()
      return body('POST', `/api/centers/${w.centerA}/booking-code-check-ins`, { code })
    },
    'POST /api/occurrences/{id}/staff-check-ins': async () => body('POST', `/api/occurrences/${await startingSoon()}/staff-check-ins`, { walkIns: 2 }),
    'POST /api/residents/me/password': async () => body('POST', '/api/residents/me/password', { currentPassword: PASSWORD, newPassword: PASSWORD }),
    // A code for alice's own number: the change succeeds and she keeps the number the other requests sign in with.
    'POST /api/residents/me/phone': async () => body('POST', '/api/residents/me/phone', { phone: w.alice.phone, code: await ownPhoneCode() }),
    // Deleting the identity's resident would end every later resident request: a fresh resident deletes theirs.
    'DELETE /api/residents/me': async () => ({ ...body('DELETE', '/api/residents/me', { confirm: '注销' }), headers: { cookie: (await newResident(db, '临时居民')).cookie } }),
    // A fresh proxy each time: alice would reach the limit of five members.
    'POST /api/residents/me/family': async (s) => ({ ...body('POST', '/api/residents/me/family', await s.phoneCode('family_link', true)), headers: { cookie: (await newResident(db, '代办人')).cookie } }),
    'DELETE /api/groups/{id}/members/{residentId}': async (s) => {
      const group = await s.group()
      await db.insertInto('resident_group_members').values({ group_id: group, resident_id: w.alice.id }).execute()
      return body('DELETE', `/api/groups/${group}/members/${w.alice.id}`)
    },
  }
  const validRequest = async (op: string) => (overrides[op] ? overrides[op](own) : matrix[op]!.req(own))
  const allowedRole = (op: string): Role => matrix[op]!.own[0] ?? 'anon'
  return { ids, validRequest, allowedRole, headersFor, forgetSessions: () => sessions.clear(), restoreSettings }
}
