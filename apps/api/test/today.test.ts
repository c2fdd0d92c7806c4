import { describe, expect, it } from 'vitest'
import type { Today } from '@linli/contracts'
import { completePairing, startPairing, touchScreen } from '../src/modules/screens/screens.repository'
import { newParticipationWorld } from './support/participation-world'
import { newCenter, newStaff, signIn } from './support/factories'
import { useTestApp } from './support/test-app'

/** The participation world (Friday 2026-11-20 10:00 in Shanghai) with a day's worth of things in center A. */
async function busyDay(ctx: ReturnType<typeof useTestApp>) {
  const w = await newParticipationWorld(ctx.app, ctx.db)
  const call = (method: string, url: string, payload?: object, cookie = w.as.staff) =>
    ctx.app.inject({ method: method as 'GET', url, headers: { cookie }, ...(payload && { payload }) })
  const today = (cookie = w.as.staff, centerId = w.centerA) => call('GET', `/api/centers/${centerId}/today`, undefined, cookie)
  const at = (from: string, to: string, date = '2026-11-20') => ({ startsLocal: `${date}T${from}`, endsLocal: `${date}T${to}` })

  const running = await w.activity({ title: '太极拳', ...at('09:30', '11:00'), capacity: null })
  const later = await w.activity({ title: '健康讲座', ...at('14:00', '15:00'), capacity: 1 })
  const over = await w.activity({ title: '晨读', ...at('08:00', '09:00') })
  await w.activity({ title: '明天的书法课', ...at('09:00', '10:00', '2026-11-21') })
  await w.activity({ title: '草稿活动', ...at('16:00', '17:00'), status: 'draft' })
  const called = await w.activity({ title: '取消的合唱', ...at('15:00', '16:00') })
  expect((await call('PATCH', `/api/occurrences/${called.occurrenceId}`, { status: 'cancelled' })).statusCode).toBe(200)
  // Three walk-ins at the running one; two residents for the later one's single seat.
  expect((await call('POST', `/api/occurrences/${running.occurrenceId}/staff-check-ins`, { walkIns: 3 })).statusCode).toBe(201)
  await w.registered(w.carol.cookie, later.occurrenceId)
  await w.registered(w.dave.cookie, later.occurrenceId)

  // The meeting room opens check-in 45 minutes ahead; the other rooms keep the default 15.
  expect((await call('PATCH', `/api/rooms/${w.room.id}/booking-policy`, { checkInOpensMinutes: 45 }, w.as.manager)).statusCode).toBe(200)
  const afternoon = await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-20', '15:00', '16:00'))
  expect(afternoon.json().status).toBe('approved')
  expect((await w.book(w.bob.cookie, w.hall.id, w.slot('2026-11-20', '17:00', '18:00'))).json().status).toBe('requested')
  expect((await w.book(w.bob.cookie, w.room.id, w.slot('2026-11-21', '10:00', '11:00'))).statusCode).toBe(201)

  const log = async (receivedAt: string, description: string) =>
    (await call('POST', `/api/centers/${w.centerA}/service-requests`, { category: 'policy', description, receivedAt: `2026-11-${receivedAt}+08:00` })).json().id as string
  const first = await log('18T09:00:00', '咨询老年证')
  await log('19T09:00:00', '反映路灯不亮')
  const transferred = await log('20T09:00:00', '楼道堆物')
  const closed = await log('20T09:30:00', '咨询低保')
  await call('POST', `/api/service-requests/${transferred}/actions`, { action: 'transfer', department: '社区居委会' })
  await call('POST', `/api/service-requests/${closed}/actions`, { action: 'resolve_on_spot', resolution: '现场解答' })

  const pair = async (name: string) => {
    const pairing = await startPairing(ctx.db, ctx.now)
    return completePairing(ctx.db, pairing.pairingId, w.centerA, { code: pairing.code, name, layout: 'lobby', language: 'zh-CN' }, (await ctx.db.selectFrom('staff').select('id').executeTakeFirstOrThrow()).id)
  }
  const lobby = await pair('大厅屏')
  await pair('书吧屏')
  await touchScreen(ctx.db, lobby.id, ctx.now)
  return { ...w, call, today, running, later, over, afternoon: afternoon.json().id as string, first, transferred }
}

describe('今日: a center’s day in one read', () => {
  const ctx = useTestApp()

  it('lists what runs now and what is still to come today, with their sign-up figures', async () => {
    const d = await busyDay(ctx)
    const res = await d.today()
    expect(res.statusCode).toBe(200)
    const day = res.json() as Today
    expect([day.centerId, day.date, day.now, day.timeZone]).toEqual([d.centerA, '2026-11-20', '2026-11-20T10:00:00+08:00', 'Asia/Shanghai'])
    expect(day.activities.now.map((a) => [a.title, a.seatsTaken, a.waitlisted, a.attendance, a.capacity])).toEqual([['太极拳', 0, 0, 3, null]])
    // Over (晨读), tomorrow's, the draft and the cancelled one are left out.
    expect(day.activities.next.map((a) => [a.title, a.startsAt, a.seatsTaken, a.waitlisted, a.attendance, a.capacity])).toEqual([
      ['健康讲座', '2026-11-20T14:00:00+08:00', 1, 1, 0, 1],
    ])
    expect(day.activities.next[0]!.id).toBe(d.later.occurrenceId)
  })

  it('lists the approved bookings still to check in, each with when its check-in opens by its room’s rules', async () => {
    const d = await busyDay(ctx)
    const day = (await d.today()).json() as Today
    expect(day.bookingsToCheckIn.map((b) => [b.id, b.roomName, b.status, b.startsAt, b.checkInOpensAt])).toEqual([
      [d.afternoon, '会议室', 'approved', '2026-11-20T15:00:00+08:00', '2026-11-20T14:15:00+08:00'],
    ])
    // Checked in, it leaves the list.
    ctx.now = new Date('2026-11-20T06:20:00Z')
    try {
      expect((await d.call('POST', `/api/bookings/${d.afternoon}/check-in`)).statusCode).toBe(200)
      expect(((await d.today()).json() as Today).bookingsToCheckIn).toEqual([])
    } finally {
      ctx.now = new Date('2026-11-20T02:00:00Z')
    }
  })

  it('counts the open service requests, oldest first, and names the screens that are not online', async () => {
    const d = await busyDay(ctx)
    const day = (await d.today()).json() as Today
    expect(day.serviceRequests.open).toBe(3)
    expect(day.serviceRequests.items.map((r) => [r.description, r.status])).toEqual([
      ['咨询老年证', 'registered'], ['反映路灯不亮', 'registered'], ['楼道堆物', 'transferred'],
    ])
    expect(day.screensOffline.map((s) => [s.name, s.online])).toEqual([['书吧屏', false]])
  })

  it('shows an empty day as empty lists, not an error', async () => {
    const d = await busyDay(ctx)
    const quiet = await newCenter(ctx.db, d.subA.id)
    const day = (await d.today(d.as.admin, quiet)).json() as Today
    expect(day).toMatchObject({ centerId: quiet, activities: { now: [], next: [] }, bookingsToCheckIn: [], serviceRequests: { open: 0, items: [] }, screensOffline: [] })
  })

  it('answers the center’s own staff, manager and district admin; nobody else', async () => {
    const d = await busyDay(ctx)
    for (const cookie of [d.as.staff, d.as.manager, d.as.admin]) expect((await d.today(cookie)).statusCode).toBe(200)
    const otherStaff = await newStaff(ctx.db, 'center_staff', { centerId: d.centerB })
    const otherAdmin = await newStaff(ctx.db, 'district_admin', { regionId: d.districtB.id })
    for (const username of [otherStaff.username, otherAdmin.username]) {
      const res = await d.today((await signIn(ctx.app, username)).cookie)
      expect([res.statusCode, res.json().code]).toEqual([403, 'forbidden'])
    }
    expect((await ctx.app.inject(`/api/centers/${d.centerA}/today`)).statusCode).toBe(401)
    expect((await d.today(d.alice.cookie)).statusCode).toBe(401)
    const missing = await d.today(d.as.admin, '00000000-0000-4000-8000-000000000000')
    expect([missing.statusCode, missing.json().code]).toEqual([404, 'not_found'])
    expect((await d.today(d.as.admin, 'not-a-uuid')).statusCode).toBe(400)
  })
})
