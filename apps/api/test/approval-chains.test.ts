import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { ApprovalStep, Booking } from '@linli/contracts'
import { lapseApprovalSteps } from '../src/modules/approvals/lapse'
import { newBookingWorld } from './support/booking-world'
import { countRows, newStaff, signIn } from './support/factories'
import { useTestApp } from './support/test-app'

const at = (iso: string) => new Date(iso)

/** 多功能厅 (200 seats) of the booking world under a chain for its kind: the center's staff, then the subdistrict for big or outside bookings. */
const hallChain: ApprovalStep[] = [
  { approver: 'center_staff', deadlineHours: 24, onLapse: 'escalate' },
  { approver: 'subdistrict_admin', deadlineHours: 48, onLapse: 'expire', when: { headcountOver: 100, organisation: true } },
]

async function world(ctx: ReturnType<typeof useTestApp>) {
  ctx.now = at('2026-11-20T02:00:00Z') // Friday 10:00 in Shanghai
  const w = await newBookingWorld(ctx.app, ctx.db)
  await ctx.db.updateTable('centers').set({ booking_policy: JSON.stringify({ weeklyQuota: 100, maxUpcoming: 100 }) }).where('id', '=', w.centerA).execute()
  const sub = await newStaff(ctx.db, 'district_admin', { regionId: w.subA.id })
  const subadmin = (await signIn(ctx.app, sub.username)).cookie
  const putChain = (cookie: string, centerId: string, body: object) =>
    ctx.app.inject({ method: 'PUT', url: `/api/centers/${centerId}/approval-chains`, headers: { cookie }, payload: body })
  const request = async (date: string, body: object = {}) => {
    // 150 people in the 200-seat hall: over the chain's 100, so the subdistrict decides too.
    const res = await w.book(w.alice.cookie, w.hall.id, { ...w.slot(date, '14:00', '17:00'), purpose: '合唱团年终汇演', headcount: 150, ...body })
    expect(res.statusCode, res.body).toBe(201)
    return res.json() as Booking
  }
  const decide = (cookie: string, ids: string[], decision: 'approve' | 'reject', reason?: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/bookings/decisions', headers: { cookie }, payload: { ids, decision, ...(reason && { reason }) } })
  const read = async (id: string) => (await ctx.app.inject({ url: `/api/bookings/${id}`, headers: { cookie: w.alice.cookie } })).json() as Booking
  const awaiting = async (cookie: string) => ((await ctx.app.inject({ url: '/api/bookings/awaiting-me', headers: { cookie } })).json().items as Booking[]).map((b) => b.id)
  const history = (id: string) => ctx.db.selectFrom('booking_events').select(['from_status', 'to_status', 'actor_kind', 'approval_step', 'note']).where('booking_id', '=', id).orderBy('at').orderBy('id').execute()
  // In the order they were recorded (a receipt and a decision may share the clock's instant).
  const kinds = async () => (await ctx.db.selectFrom('notifications').select(['kind', 'params']).where('resident_id', '=', w.alice.id).orderBy('created_at').orderBy(sql`kind = 'booking_received'`, 'desc').execute())
  const audits = (id: string) => ctx.db.selectFrom('audit_log').select(['action', 'actor_kind']).where('entity_id', '=', id).orderBy('at').orderBy('id').execute()
  expect((await putChain(w.as.manager, w.centerA, { roomKind: 'multi_function', steps: hallChain })).statusCode).toBe(200)
  // Staff sessions last 12 hours of the test's clock: sign in again after moving it on.
  const signInSub = async () => (await signIn(ctx.app, sub.username)).cookie
  return { ...w, subadmin, signInSub, putChain, request, decide, read, awaiting, history, kinds, audits }
}

describe('approval chains: a large-hall request by an organisation needs the center and the subdistrict', () => {
  const ctx = useTestApp()

  it('waits at step 2 after the center approves, and is approved when the subdistrict admin approves', async () => {
    const w = await world(ctx)
    const b = await w.request('2026-11-25')
    expect(b.status).toBe('requested')
    expect(b.approval).toMatchObject({ step: 1, dueAt: '2026-11-21T10:00:00+08:00' })
    expect(b.approval!.steps.map((s) => [s.approver, s.applies])).toEqual([['center_staff', true], ['subdistrict_admin', true]])
    expect(b.approval!.steps[1]!.approverName).toBe(w.subA.name)
    expect(await w.awaiting(w.as.staff)).toEqual([b.id])
    expect(await w.awaiting(w.subadmin)).toEqual([])

    // The center's staff decide the first step (an admin above the center could too).
    ctx.now = at('2026-11-20T03:00:00Z')
    const first = await w.decide(w.as.staff, [b.id], 'approve')
    expect(first.statusCode, first.body).toBe(200)
    expect(first.json().items[0]).toMatchObject({ status: 'requested', approval: { step: 2, dueAt: '2026-11-22T11:00:00+08:00' } })
    expect(await w.awaiting(w.as.staff)).toEqual([])
    expect(await w.awaiting(w.subadmin)).toEqual([b.id])
    // The center's staff cannot decide the subdistrict's step, alone or in a batch: nothing changes.
    const other = await w.request('2026-11-26')
    const refused = await w.decide(w.as.staff, [other.id, b.id], 'approve')
    expect(refused.statusCode).toBe(403)
    expect(refused.json().code).toBe('approval_not_yours')
    expect((await w.read(other.id)).approval!.step).toBe(1)

    const second = await w.decide(w.subadmin, [b.id], 'approve')
    expect(second.statusCode, second.body).toBe(200)
    expect(second.json().items[0]).toMatchObject({ status: 'approved', approval: { step: 2, dueAt: null } })
    expect(await w.history(b.id)).toMatchObject([
      { from_status: null, to_status: 'requested', actor_kind: 'resident' },
      { from_status: 'requested', to_status: 'requested', actor_kind: 'staff', approval_step: 1 },
      { from_status: 'requested', to_status: 'approved', actor_kind: 'staff', approval_step: 2 },
    ])
    expect((await w.audits(b.id)).map((a) => a.action)).toEqual(['approve_step', 'approve'])
    const notices = (await w.kinds()).filter((n) => n.params.bookingId === b.id)
    expect(notices.map((n) => n.kind)).toEqual(['booking_received', 'booking_step_approved', 'booking_approved'])
    expect(notices[1]!.params).toMatchObject({ passedStep: '1', approverName: `街道管理员（${w.subA.name}）`, dueAt: '2026-11-22T11:00:00+08:00' })
  })

  it('needs both approvals for a member booking the hall for their organisation, however few come', async () => {
    const w = await world(ctx)
    // The desk knows alice and placed her in the choir (organisations are the center's entities).
    await ctx.db.insertInto('center_residents').values({ center_id: w.centerA, resident_id: w.alice.id, registered_at: ctx.now }).execute()
    const org = await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/organisations`, headers: { cookie: w.as.staff }, payload: { name: '夕阳红合唱团', weeklyQuota: 5, memberIds: [w.alice.id] } })
    expect(org.statusCode, org.body).toBe(201)
    const b = await w.request('2026-11-25', { headcount: 30, organisationId: org.json().id })
    expect(b).toMatchObject({ status: 'requested', organisationName: '夕阳红合唱团', approval: { step: 1 } })
    expect(b.approval!.steps.map((s) => s.applies)).toEqual([true, true])
    expect((await w.decide(w.as.staff, [b.id], 'approve')).json().items[0]).toMatchObject({ status: 'requested', approval: { step: 2 } })
    expect((await w.decide(w.subadmin, [b.id], 'approve')).json().items[0].status).toBe('approved')
  })

  it('sends an outside organisation\'s booking to the subdistrict even when the center\'s staff book it for them', async () => {
    const w = await world(ctx)
    const res = await ctx.app.inject({
      method: 'POST', url: `/api/rooms/${w.hall.id}/staff-bookings`, headers: { cookie: w.as.staff },
      payload: { ...w.slot('2026-11-25', '09:00', '11:00'), purpose: '合唱排练', headcount: 30, organisationName: '夕阳红合唱团' },
    })
    expect(res.statusCode, res.body).toBe(201)
    // Booking it, the center's staff decided the center's step; the organisation's condition brings in the subdistrict.
    expect(res.json()).toMatchObject({ status: 'requested', approval: { step: 2 } })
    expect(res.json().approval.steps.map((s: { applies: boolean }) => s.applies)).toEqual([false, true])
    expect(await w.awaiting(w.subadmin)).toEqual([res.json().id])
    expect((await w.decide(w.subadmin, [res.json().id], 'approve')).json().items[0].status).toBe('approved')
    // A district admin booking decides every step they may: approved at once.
    const byAdmin = await ctx.app.inject({
      method: 'POST', url: `/api/rooms/${w.hall.id}/staff-bookings`, headers: { cookie: w.as.admin },
      payload: { ...w.slot('2026-11-25', '14:00', '16:00'), purpose: '合唱排练', headcount: 30, organisationName: '夕阳红合唱团' },
    })
    expect(byAdmin.json()).toMatchObject({ status: 'approved', approval: null })
  })

  it('rejects with the reason at either step', async () => {
    const w = await world(ctx)
    const atOne = await w.request('2026-11-25')
    const atTwo = await w.request('2026-11-26')
    expect((await w.decide(w.as.staff, [atOne.id], 'reject', '场地已安排检修')).json().items[0]).toMatchObject({ status: 'rejected', rejectReason: '场地已安排检修' })
    ctx.now = at('2026-11-20T03:00:00Z')
    expect((await w.decide(w.as.staff, [atTwo.id], 'approve')).statusCode).toBe(200)
    ctx.now = at('2026-11-20T04:00:00Z')
    const rejected = await w.decide(w.subadmin, [atTwo.id], 'reject', '同期有区级活动')
    expect(rejected.json().items[0]).toMatchObject({ status: 'rejected', rejectReason: '同期有区级活动' })
    expect((await w.history(atTwo.id)).at(-1)).toMatchObject({ to_status: 'rejected', approval_step: 2 })
    expect((await w.kinds()).filter((n) => n.params.bookingId === atTwo.id).map((n) => n.kind)).toEqual(['booking_received', 'booking_step_approved', 'booking_rejected'])
    // The slot is free again.
    const day = (await ctx.app.inject(`/api/rooms/${w.hall.id}/availability?date=2026-11-26`)).json()
    expect(day.items[0].busy).toEqual([])
  })

  it('escalates a lapsed center step to the subdistrict, then expires when that lapses too', async () => {
    const w = await world(ctx)
    const b = await w.request('2026-11-27')
    // Other tests' requests share the database: read this one's state rather than the counts.
    ctx.now = at('2026-11-21T01:59:00Z')
    await lapseApprovalSteps(ctx.app)
    expect((await w.read(b.id)).approval!.step).toBe(1)
    ctx.now = at('2026-11-21T02:00:00Z')
    expect((await lapseApprovalSteps(ctx.app)).escalated).toBeGreaterThanOrEqual(1)
    expect(await w.read(b.id)).toMatchObject({ status: 'requested', approval: { step: 2, dueAt: '2026-11-23T10:00:00+08:00' } })
    expect(await w.awaiting(await w.signInSub())).toContain(b.id)
    ctx.now = at('2026-11-23T02:00:00Z')
    expect((await lapseApprovalSteps(ctx.app)).expired).toBeGreaterThanOrEqual(1)
    expect(await w.read(b.id)).toMatchObject({ status: 'expired', approval: { step: 2, dueAt: null } })
    expect(await lapseApprovalSteps(ctx.app)).toEqual({ escalated: 0, expired: 0 })
    expect(await w.history(b.id)).toMatchObject([
      { to_status: 'requested' },
      { from_status: 'requested', to_status: 'requested', actor_kind: 'system', approval_step: 1 },
      { from_status: 'requested', to_status: 'expired', actor_kind: 'system', approval_step: 2 },
    ])
    expect(await w.audits(b.id)).toEqual([{ action: 'escalate', actor_kind: 'system' }, { action: 'expire', actor_kind: 'system' }])
    expect((await w.kinds()).filter((n) => n.params.bookingId === b.id).map((n) => n.kind)).toEqual(['booking_received', 'booking_escalated', 'booking_expired'])
  })

  it('needs only the center for a small booking by a resident; a room\'s own chain overrides its kind\'s', async () => {
    const w = await world(ctx)
    const small = await w.request('2026-11-25', { headcount: 20 })
    expect(small.approval!.steps.map((s) => s.applies)).toEqual([true, false])
    expect((await w.decide(w.as.staff, [small.id], 'approve')).json().items[0].status).toBe('approved')
    // Step 1 of a center-only chain that lapses expires the request.
    expect((await w.putChain(w.as.manager, w.centerA, { roomId: w.hall.id, steps: [{ approver: 'center_staff', deadlineHours: 2, onLapse: 'expire' }] })).statusCode).toBe(200)
    const big = await w.request('2026-11-26')
    expect(big.approval!.steps).toHaveLength(1)
    expect((await w.decide(w.as.staff, [big.id], 'approve')).json().items[0].status).toBe('approved')
    const chains = (await ctx.app.inject({ url: `/api/centers/${w.centerA}/approval-chains`, headers: { cookie: w.as.staff } })).json().items
    expect(chains).toHaveLength(2)
  })

  it('sends a request outside the center\'s own hours to the subdistrict too, one inside them to the center alone (issue 15)', async () => {
    const w = await world(ctx)
    // The hall keeps evenings of its own, to 22:30, past the center's 21:00; its chain asks the subdistrict only about those.
    const evenings = [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: '08:30', closes: '22:30' }))
    expect((await ctx.app.inject({ method: 'PUT', url: `/api/rooms/${w.hall.id}/hours`, headers: { cookie: w.as.manager }, payload: { weekly: evenings, exceptions: [] } })).statusCode).toBe(200)
    const steps: ApprovalStep[] = [
      { approver: 'center_staff', deadlineHours: 24, onLapse: 'escalate' },
      { approver: 'subdistrict_admin', deadlineHours: 48, onLapse: 'expire', when: { outsideCenterHours: true } },
    ]
    expect((await w.putChain(w.as.manager, w.centerA, { roomId: w.hall.id, steps })).statusCode).toBe(200)

    // 20:00-22:00 runs past the center's closing: both steps, and after the center the subdistrict decides.
    const late = await w.request('2026-11-25', { ...w.slot('2026-11-25', '20:00', '22:00'), headcount: 20 })
    expect(late.approval!.steps.map((s) => [s.approver, s.applies])).toEqual([['center_staff', true], ['subdistrict_admin', true]])
    expect((await w.decide(w.as.staff, [late.id], 'approve')).json().items[0]).toMatchObject({ status: 'requested', approval: { step: 2 } })
    expect(await w.awaiting(w.subadmin)).toEqual([late.id])
    expect((await w.decide(w.subadmin, [late.id], 'approve')).json().items[0].status).toBe('approved')

    // 14:00-17:00 the same week is within the center's hours: the center's approval is enough.
    const day = await w.request('2026-11-26', { headcount: 20 })
    expect(day.approval!.steps.map((s) => s.applies)).toEqual([true, false])
    expect((await w.decide(w.as.staff, [day.id], 'approve')).json().items[0].status).toBe('approved')
    expect(await w.awaiting(w.subadmin)).toEqual([])
  })

  it('refuses a chain with a loop, a wrong first step, nowhere to escalate or no approver in scope, writing nothing', async () => {
    const w = await world(ctx)
    const before = await countRows(ctx.db, 'approval_chains')
    const refused = async (centerId: string, cookie: string, steps: object[]) => {
      const res = await w.putChain(cookie, centerId, { roomId: w.hall.id, steps })
      return res.statusCode === 400 ? res.json().code : `${res.statusCode} ${res.body}`
    }
    const center = { approver: 'center_staff', deadlineHours: 24, onLapse: 'escalate' }
    const sub = { approver: 'subdistrict_admin', deadlineHours: 24, onLapse: 'expire' }
    expect(await refused(w.centerA, w.as.manager, [center, sub, { ...center, onLapse: 'expire' }])).toBe('approval_chain_loop')
    expect(await refused(w.centerA, w.as.manager, [sub])).toBe('approval_chain_first_step')
    expect(await refused(w.centerA, w.as.manager, [center])).toBe('approval_chain_no_next')
    const both = await w.putChain(w.as.manager, w.centerA, { roomId: w.hall.id, roomKind: 'multi_function', steps: [sub] })
    expect(both.json().code).toBe('approval_chain_target')
    // Center B's subdistrict has no admin: its manager cannot make a chain that needs one.
    const managerB = (await signIn(ctx.app, (await newStaff(ctx.db, 'center_manager', { centerId: w.centerB })).username)).cookie
    const noAdmin = await w.putChain(managerB, w.centerB, { roomKind: 'multi_function', steps: [center, sub] })
    expect(noAdmin.statusCode).toBe(400)
    expect(noAdmin.json()).toMatchObject({ code: 'approval_chain_no_approver' })
    expect(noAdmin.json().message).toContain(w.subB.name)
    expect(await countRows(ctx.db, 'approval_chains')).toBe(before)
    // Center staff may read the chains but not set them.
    expect((await w.putChain(w.as.staff, w.centerA, { roomKind: 'gym', steps: [{ ...center, onLapse: 'expire' }] })).statusCode).toBe(403)
  })

  // PGlite has one connection: a second transaction cannot hold the row while the request runs.
  it.skipIf(process.env.LINLI_TEST_DB !== 'postgres')('does not let the center approve a request that moved up to the subdistrict while it was deciding', async () => {
    const w = await world(ctx)
    const small = await w.request('2026-11-25', { headcount: 20 })
    expect(small.approval!.steps.map((s) => s.applies)).toEqual([true, false])
    let decision: ReturnType<typeof w.decide> | undefined
    // As the lapse job escalates it: step 2 is written (not yet committed) while the staff member's approval is on its way.
    await ctx.db.transaction().execute(async (trx) => {
      await trx.updateTable('bookings').set({ approval_step: 2 }).where('id', '=', small.id).execute()
      decision = w.decide(w.as.staff, [small.id], 'approve')
      await new Promise((resolve) => setTimeout(resolve, 300))
    })
    const res = await decision!
    expect([403, 409], res.body).toContain(res.statusCode)
    expect(await w.read(small.id)).toMatchObject({ status: 'requested', approval: { step: 2 } })
  })

  it('keeps one chain per room and per kind when the same chain is saved twice at once (a double click), answering 200 to both', async () => {
    const w = await world(ctx)
    for (const target of [{ roomKind: 'multi_function' }, { roomId: w.hall.id }]) {
      const answers = await Promise.all(Array.from({ length: 6 }, () => w.putChain(w.as.manager, w.centerA, { ...target, steps: hallChain })))
      expect(answers.map((a) => a.statusCode), answers.map((a) => a.body).join('\n')).toEqual([200, 200, 200, 200, 200, 200])
    }
    const chains = (await ctx.app.inject({ url: `/api/centers/${w.centerA}/approval-chains`, headers: { cookie: w.as.manager } })).json().items
    expect(chains.map((c: { roomKind: string | null; roomId: string | null }) => c.roomKind ?? c.roomId).sort()).toEqual([w.hall.id, 'multi_function'].sort())
  })
})
