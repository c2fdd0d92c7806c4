import { describe, expect, it } from 'vitest'
import type { Booking, Today } from '@linli/contracts'
import { newBookingWorld } from './support/booking-world'
import { newRoom, signIn } from './support/factories'
import { newParticipationWorld } from './support/participation-world'
import { lobbyScreenOf, pairedScreen } from './support/screen-codes'
import { useTestApp } from './support/test-app'

const at = (iso: string) => new Date(iso)
/** Friday 10:00 in Shanghai: the worlds start here. */
const FRIDAY = at('2026-11-20T02:00:00Z')
/** Saturday 08:50, inside the check-in window of a 09:00 booking. */
const SATURDAY_0850 = at('2026-11-21T00:50:00Z')
const plus = (d: Date, seconds: number) => new Date(d.getTime() + seconds * 1000)

describe('check-in codes that prove presence', () => {
  const ctx = useTestApp()

  async function bookedWorld() {
    ctx.now = FRIDAY
    const w = await newBookingWorld(ctx.app, ctx.db)
    const screen = await pairedScreen(ctx.app, w.centerA, w.as.manager, w.room.id)
    const booking = (await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-21', '09:00', '10:00'))).json() as Booking
    const scan = (payload?: object, roomId = w.room.id, cookie = w.alice.cookie) =>
      ctx.app.inject({ method: 'POST', url: `/api/rooms/${roomId}/check-in`, headers: { cookie }, ...(payload && { payload }) })
    const status = async () => (await ctx.app.inject({ url: `/api/bookings/${booking.id}`, headers: { cookie: w.alice.cookie } })).json().status as string
    return { w, screen, booking, scan, status }
  }

  it('gives paired screens fresh codes for their center only, and nobody else', async () => {
    ctx.now = FRIDAY
    const w = await newBookingWorld(ctx.app, ctx.db)
    const other = await newRoom(ctx.db, w.centerB, { name: '别处的会议室' })
    const screen = await pairedScreen(ctx.app, w.centerA, w.as.manager)
    const codes = await screen.tokens()
    expect(codes).toMatchObject({ centerId: w.centerA, serverTime: '2026-11-20T02:00:00.000Z', refreshAt: '2026-11-20T02:00:30.000Z', expiresAt: '2026-11-20T02:01:30.000Z' })
    expect(codes.rooms.map((r) => r.roomId).sort()).toEqual([w.room.id, w.hall.id, w.staffOnly.id, w.open.id].sort())
    expect(codes.rooms.map((r) => r.roomId)).not.toContain(other.id)
    for (const r of codes.rooms) expect(r.token).toMatch(/^[0-9a-z]+\.[A-Za-z0-9_-]{16}$/)
    expect(codes.center.token).toMatch(/^[0-9a-z]+\.[A-Za-z0-9_-]{16}$/)
    expect((await (await lobbyScreenOf(ctx.app, ctx.db, w.centerB)).tokens()).center.token).not.toBe(codes.center.token)
    expect((await ctx.app.inject({ url: '/api/screens/me/check-in-tokens' })).statusCode).toBe(401)
    expect((await ctx.app.inject({ url: '/api/screens/me/check-in-tokens', headers: { cookie: w.as.manager } })).statusCode).toBe(401)
    expect((await ctx.app.inject({ url: '/api/screens/me/check-in-tokens', headers: { authorization: 'Bearer made-up' } })).statusCode).toBe(401)
    // The public board a phone at home can read carries no code.
    expect((await ctx.app.inject(`/api/centers/${w.centerA}/board`)).body).not.toContain(codes.rooms[0]!.token)
  })

  it('checks a resident in with the code the door screen shows, for 60-90 s and no longer', async () => {
    const { screen, scan, status, w } = await bookedWorld()
    ctx.now = SATURDAY_0850
    const shown = await screen.roomCode(w.room.id)
    ctx.now = plus(SATURDAY_0850, 90) // a photo taken a minute and a half ago
    const old = await scan({ token: shown })
    expect(old.statusCode).toBe(400)
    expect(old.json()).toMatchObject({ code: 'check_in_code_expired' })
    expect(await status()).toBe('approved')
    ctx.now = plus(SATURDAY_0850, 89)
    const ok = await scan({ token: shown })
    expect(ok.statusCode).toBe(200)
    expect(ok.json()).toMatchObject({ status: 'checked_in', checkedInAt: '2026-11-21T00:51:29.000Z' })
  })

  it('refuses a check-in without a code, with another room\'s code, or with a made-up one, changing nothing', async () => {
    const { screen, scan, status, w, booking } = await bookedWorld()
    ctx.now = SATURDAY_0850
    for (const payload of [undefined, {}, { token: '' }, { token: '   ' }]) {
      const res = await scan(payload)
      expect(res.statusCode).toBe(400)
      expect(res.json().code, `${JSON.stringify(payload)} ${res.body}`).toBe('check_in_code_required')
    }
    const hallCode = await screen.roomCode(w.hall.id)
    expect((await scan({ token: hallCode })).json()).toMatchObject({ statusCode: 400, code: 'check_in_code_other_place' })
    const [slot, mac] = (await screen.roomCode(w.room.id))!.split('.')
    for (const token of [`${slot}.${'A'.repeat(16)}`, `${(Number.parseInt(slot!, 36) + 5).toString(36)}.${mac}`, 'not a code', 'x'.repeat(64)]) {
      expect((await scan({ token })).json()).toMatchObject({ statusCode: 400, code: 'check_in_code_other_place' })
    }
    expect((await scan({ token: 'x'.repeat(65) })).statusCode).toBe(400)
    expect(await status()).toBe('approved')
    expect(await ctx.db.selectFrom('booking_events').select('id').where('booking_id', '=', booking.id).where('to_status', '=', 'checked_in').execute()).toEqual([])
  })

  it('takes the desk\'s code of the day where no screen shows one, not yesterday\'s or a guess', async () => {
    const { scan, status, w } = await bookedWorld()
    const deskCode = async () => {
      const cookie = (await signIn(ctx.app, w.usernames.staff)).cookie
      return ((await ctx.app.inject({ url: `/api/centers/${w.centerA}/today`, headers: { cookie } })).json() as Today).deskCode
    }
    const friday = await deskCode()
    expect(friday).toMatch(/^\d{6}$/)
    ctx.now = SATURDAY_0850
    const saturday = await deskCode()
    expect(saturday).not.toBe(friday)
    expect((await scan({ token: friday })).json()).toMatchObject({ statusCode: 400, code: 'check_in_code_expired' })
    const wrong = saturday === '000000' ? '000001' : '000000'
    expect((await scan({ token: wrong })).json()).toMatchObject({ statusCode: 400, code: 'check_in_code_wrong' })
    expect(await status()).toBe('approved')
    expect((await scan({ token: ` ${saturday.slice(0, 3)} ${saturday.slice(3)} ` })).json()).toMatchObject({ status: 'checked_in' })
  })

  it('needs the activity\'s own code to check in to an activity', async () => {
    ctx.now = FRIDAY
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const screen = await pairedScreen(ctx.app, w.centerA, w.as.manager)
    const talk = await w.activity()
    const dance = await w.activity({ title: '广场舞', capacity: null })
    ctx.now = at('2026-11-23T00:45:00Z') // Monday 08:45
    const scan = (occurrenceId: string, token?: string) =>
      ctx.app.inject({ method: 'POST', url: `/api/occurrences/${occurrenceId}/check-in`, headers: { cookie: w.alice.cookie }, payload: token === undefined ? {} : { token } })
    expect((await scan(talk.occurrenceId)).json()).toMatchObject({ statusCode: 400, code: 'check_in_code_required' })
    expect((await scan(talk.occurrenceId, await screen.occurrenceCode(dance.occurrenceId))).json().code).toBe('check_in_code_other_place')
    expect((await scan(talk.occurrenceId, await screen.roomCode(w.room.id))).json().code).toBe('check_in_code_other_place')
    expect(await ctx.db.selectFrom('check_ins').select('id').where('occurrence_id', '=', talk.occurrenceId).execute()).toEqual([])
    const ok = await scan(talk.occurrenceId, await screen.occurrenceCode(talk.occurrenceId))
    expect(ok.statusCode).toBe(201)
    expect(ok.json()).toMatchObject({ occurrenceId: talk.occurrenceId, method: 'qr' })
  })

  it('checks a booking in with the lobby\'s 到馆签到 code of its center, for 60-90 s, and not with another center\'s', async () => {
    const { scan, status, w, booking } = await bookedWorld()
    const lobby = await pairedScreen(ctx.app, w.centerA, w.as.manager)
    const elsewhere = await lobbyScreenOf(ctx.app, ctx.db, w.centerB)
    ctx.now = SATURDAY_0850
    const shown = await lobby.centerCode()
    expect(shown).toMatch(/^[0-9a-z]+\.[A-Za-z0-9_-]{16}$/)
    expect(await elsewhere.centerCode()).not.toBe(shown)
    expect((await scan({ token: await elsewhere.centerCode() })).json()).toMatchObject({ statusCode: 400, code: 'check_in_code_other_place' })
    ctx.now = plus(SATURDAY_0850, 90)
    expect((await scan({ token: shown })).json()).toMatchObject({ statusCode: 400, code: 'check_in_code_expired' })
    expect(await status()).toBe('approved')
    expect(await ctx.db.selectFrom('booking_events').select('id').where('booking_id', '=', booking.id).where('to_status', '=', 'checked_in').execute()).toEqual([])
    ctx.now = plus(SATURDAY_0850, 60)
    const ok = await scan({ token: shown })
    expect(ok.statusCode).toBe(200)
    expect(ok.json()).toMatchObject({ status: 'checked_in', checkedInAt: '2026-11-21T00:51:00.000Z' })
  })

  it('checks in to an activity with the lobby\'s 到馆签到 code of its center, not another center\'s or an old one', async () => {
    ctx.now = FRIDAY
    const w = await newParticipationWorld(ctx.app, ctx.db)
    const lobby = await pairedScreen(ctx.app, w.centerA, w.as.manager)
    const elsewhere = await lobbyScreenOf(ctx.app, ctx.db, w.centerB)
    const talk = await w.activity()
    await w.registered(w.alice.cookie, talk.occurrenceId)
    const monday0845 = at('2026-11-23T00:45:00Z')
    ctx.now = monday0845
    const shown = await lobby.centerCode()
    const scan = (token: string) =>
      ctx.app.inject({ method: 'POST', url: `/api/occurrences/${talk.occurrenceId}/check-in`, headers: { cookie: w.alice.cookie }, payload: { token } })
    expect((await scan(await elsewhere.centerCode())).json()).toMatchObject({ statusCode: 400, code: 'check_in_code_other_place' })
    ctx.now = plus(monday0845, 120)
    expect((await scan(shown)).json()).toMatchObject({ statusCode: 400, code: 'check_in_code_expired' })
    expect(await ctx.db.selectFrom('check_ins').select('id').where('occurrence_id', '=', talk.occurrenceId).execute()).toEqual([])
    const ok = await scan(await lobby.centerCode())
    expect(ok.statusCode).toBe(201)
    expect(ok.json()).toMatchObject({ occurrenceId: talk.occurrenceId, method: 'qr', checkedInAt: '2026-11-23T00:47:00.000Z' })
  })

  it('signs with a secret kept in the database, so a restarted server accepts the codes its screens show', async () => {
    const { screen, scan, w } = await bookedWorld()
    ctx.now = SATURDAY_0850
    const shown = await screen.roomCode(w.room.id)
    const keys = await ctx.db.selectFrom('server_keys').select('name').where('name', '=', 'check_in').execute()
    expect(keys).toHaveLength(1)
    expect((await scan({ token: shown })).json().status).toBe('checked_in')
  })
})

describe('核销: staff check a booking in by the code the resident shows', () => {
  const ctx = useTestApp()

  async function world() {
    ctx.now = FRIDAY
    const w = await newBookingWorld(ctx.app, ctx.db)
    const book = async (cookie: string, date: string, from: string, to: string) => (await w.book(cookie, w.room.id, w.slot(date, from, to))).json() as Booking
    const redeem = (code: string, centerId = w.centerA, cookie = w.as.staff) =>
      ctx.app.inject({ method: 'POST', url: `/api/centers/${centerId}/booking-code-check-ins`, headers: { cookie }, payload: { code } })
    return { w, book, redeem }
  }

  it('gives every booking an 8-digit code of its own, shown to its resident', async () => {
    const { w, book } = await world()
    const a = await book(w.alice.cookie, '2026-11-21', '09:00', '10:00')
    const b = await book(w.bob.cookie, '2026-11-21', '10:00', '11:00')
    expect(a.code).toMatch(/^\d{8}$/)
    expect(b.code).not.toBe(a.code)
    const mine = (await ctx.app.inject({ url: '/api/residents/me/bookings', headers: { cookie: w.alice.cookie } })).json().items as Booking[]
    expect(mine.map((m) => m.code)).toEqual([a.code])
  })

  it('checks the booking in, typed with spaces or scanned, and records who did it', async () => {
    const { w, book, redeem } = await world()
    const b = await book(w.alice.cookie, '2026-11-20', '11:00', '12:00')
    ctx.now = at('2026-11-20T02:50:00Z') // 10:50
    const res = await redeem(` ${b.code.slice(0, 4)} ${b.code.slice(4)}\n`)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ id: b.id, status: 'checked_in', checkedInAt: '2026-11-20T02:50:00.000Z' })
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'entity', 'center_id']).where('entity_id', '=', b.id).execute()
    expect(audit).toEqual([{ action: 'check_in_by_code', entity: 'booking', center_id: w.centerA }])
    const again = await redeem(b.code)
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({ code: 'already_checked_in', message: 'Checked in already at 10:50' })
  })

  it('says why it cannot: not a code, unknown, another center, not today, cancelled; nothing changed', async () => {
    const { w, book, redeem } = await world()
    const tomorrow = await book(w.alice.cookie, '2026-11-21', '09:00', '10:00')
    const cancelled = await book(w.bob.cookie, '2026-11-20', '15:00', '16:00')
    await ctx.app.inject({ method: 'POST', url: `/api/bookings/${cancelled.id}/cancel`, headers: { cookie: w.bob.cookie } })
    const expectRefusal = async (code: string, status: number, errorCode: string, centerId?: string) => {
      const res = await redeem(code, centerId)
      expect(res.statusCode, `${code} ${res.body}`).toBe(status)
      expect(res.json().code).toBe(errorCode)
    }
    await expectRefusal('12ab', 400, 'booking_code_invalid')
    await expectRefusal('', 400, 'validation_failed')
    const unknown = ['00000000', '99999999'].find((c) => c !== tomorrow.code && c !== cancelled.code)!
    await expectRefusal(unknown, 404, 'booking_code_unknown')
    await expectRefusal(tomorrow.code, 409, 'booking_not_today')
    await expectRefusal(cancelled.code, 409, 'booking_cancelled')
    // Staff of another center learn nothing about this one's bookings; staff of this one are told it is not theirs.
    const away = await redeem(tomorrow.code, w.centerB)
    expect(away.statusCode).toBe(403)
    const secondCenter = await ctx.db.insertInto('centers').values({ region_id: w.subA.id, name: '第二中心', address: '郑州', area_m2: 500, opening_hours: '[]' }).returning('id').executeTakeFirstOrThrow()
    await expectRefusal(tomorrow.code, 403, 'forbidden', secondCenter.id)
    const admin = await redeem(tomorrow.code, secondCenter.id, w.as.admin)
    expect(admin.json()).toMatchObject({ statusCode: 409, code: 'booking_other_center' })
    expect((await ctx.app.inject({ url: `/api/bookings/${tomorrow.id}`, headers: { cookie: w.alice.cookie } })).json().status).toBe('approved')
    expect(await ctx.db.selectFrom('audit_log').select('id').where('entity_id', 'in', [tomorrow.id, cancelled.id]).where('action', '=', 'check_in_by_code').execute()).toEqual([])
  })

  it('is for signed-in staff only', async () => {
    const { w, book, redeem } = await world()
    const b = await book(w.alice.cookie, '2026-11-20', '11:00', '12:00')
    expect((await redeem(b.code, w.centerA, '')).statusCode).toBe(401)
    expect((await redeem(b.code, w.centerA, w.alice.cookie)).statusCode).toBe(401)
  })
})
