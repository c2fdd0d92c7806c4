import { describe, expect, it } from 'vitest'
import { newBookingWorld } from './support/booking-world'
import { newResident, newStaff } from './support/factories'
import { useTestApp } from './support/test-app'

/*
 * Issue 15, "Bad input": each refusal is a 400 with its own code and words naming the problem, and
 * re-reading the rows finds nothing written. The clock stands at Friday 2026-11-20 10:00 in Shanghai.
 * Covered elsewhere as exactly: room hours on a day the center is shut (room-hours.test.ts), a room
 * kind's rule against a stricter center or room (room-kind-rules.test.ts), a chain with no approver
 * in scope (approval-chains.test.ts), adding a member of another household (households-organisations.test.ts).
 */
const ctx = useTestApp()

const call = (cookie: string, method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object) =>
  ctx.app.inject({ method, url: `/api${url}`, headers: { cookie }, payload })

/** What a refusal must look like: 400, the code, and the words that name the problem. */
function expectRefused(res: Awaited<ReturnType<typeof call>>, code: string, ...named: string[]) {
  expect(res.statusCode, res.body).toBe(400)
  const body = res.json()
  expect(body.code).toBe(code)
  for (const words of named) expect(`${body.message} ${JSON.stringify(body.details ?? [])}`).toContain(words)
}

describe('calendar rules refuse bad input with a 400 naming the problem, writing nothing', () => {
  it('refuses an overlapping, an inverted and a past closure', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const close = (body: object, path = 'closures') => call(w.as.staff, 'POST', `/centers/${w.centerA}/${path}`, { reason: '闭馆：设备检修', ...body })
    expect((await close({ startDate: '2026-12-01', endDate: '2026-12-01' })).statusCode).toBe(201)
    const rows = () => ctx.db.selectFrom('closures').selectAll().where('center_id', '=', w.centerA).execute()
    const audits = () => ctx.db.selectFrom('audit_log').select('id').where('entity', '=', 'closure').execute()
    const [before, auditsBefore] = [await rows(), await audits()]

    for (const path of ['closures', 'closures/preview']) {
      expectRefused(await close({ startDate: '2026-11-30', endDate: '2026-12-02' }, path), 'closure_overlap', '2026-12-01 00:00', '闭馆：设备检修')
      expectRefused(await close({ startDate: '2026-12-05', endDate: '2026-12-04' }, path), 'invalid_time_range', '2026-12-04', '2026-12-05')
      expectRefused(await close({ startDate: '2026-12-05', endDate: '2026-12-05', startTime: '15:00', endTime: '09:00' }, path), 'invalid_time_range', '15:00-09:00')
      expectRefused(await close({ startDate: '2026-11-18', endDate: '2026-11-19' }, path), 'closure_in_past', '2026-11-20 10:00')
    }
    // The same room twice overlaps too; a room closure inside the center's own is allowed.
    expect((await close({ roomId: w.room.id, startDate: '2026-12-03', endDate: '2026-12-03', startTime: '09:00', endTime: '12:00' })).statusCode).toBe(201)
    const roomBefore = await rows()
    expectRefused(await close({ roomId: w.room.id, startDate: '2026-12-03', endDate: '2026-12-03', startTime: '11:00', endTime: '13:00' }), 'closure_overlap', '2026-12-03 09:00')
    expect(await rows()).toEqual(roomBefore)
    expect(roomBefore).toHaveLength(before.length + 1)
    expect((await audits()).length).toBe(auditsBefore.length + 1)
  })

  it('answers the same 400 to closures saved at the same moment, whether the check or the database refuses them', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const answers = await Promise.all(Array.from({ length: 4 }, () =>
      call(w.as.staff, 'POST', `/centers/${w.centerA}/closures`, { reason: '闭馆：设备检修', startDate: '2026-12-08', endDate: '2026-12-08' })))
    expect(answers.map((a) => [a.statusCode, a.json().code ?? 'created']).sort()).toEqual([[201, 'created'], [400, 'closure_overlap'], [400, 'closure_overlap'], [400, 'closure_overlap']])
    expect(await ctx.db.selectFrom('closures').select('id').where('center_id', '=', w.centerA).execute()).toHaveLength(1)
  })

  it('refuses a room rule that contradicts a stricter one above it: a looser quota than the center, a longest booking under its kind’s shortest', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const overrides = async () => (await ctx.db.selectFrom('rooms').select('booking_policy').where('id', '=', w.room.id).executeTakeFirstOrThrow()).booking_policy
    const patchRoom = (payload: object) => call(w.as.manager, 'PATCH', `/rooms/${w.room.id}/booking-policy`, payload)
    expect((await call(w.as.manager, 'PUT', `/centers/${w.centerA}/room-kinds/meeting_room/booking-policy`, { minMinutes: 60 })).statusCode).toBe(200)
    const before = await overrides()

    // The center's weekly quota is the built-in 3.
    expectRefused(await patchRoom({ weeklyQuota: 5 }), 'policy_looser_than_above', 'weeklyQuota', 'center', 'must be at most 3')
    expectRefused(await patchRoom({ maxMinutes: 30 }), 'invalid_policy', 'room 会议室', '60 > 30')
    expect(await overrides()).toEqual(before)
    expect((await call(w.as.manager, 'PATCH', `/rooms/${w.room.id}/booking-policy`, { weeklyQuota: 2 })).statusCode).toBe(200)
  })

  it('refuses an approval chain that loops back to an approver, naming the steps', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    await newStaff(ctx.db, 'district_admin', { regionId: w.subA.id })
    const chains = () => ctx.db.selectFrom('approval_chains').selectAll().where('center_id', '=', w.centerA).execute()
    const before = await chains()
    const center = { approver: 'center_staff', deadlineHours: 24, onLapse: 'escalate' }
    const sub = { approver: 'subdistrict_admin', deadlineHours: 24, onLapse: 'escalate' }
    const res = await call(w.as.manager, 'PUT', `/centers/${w.centerA}/approval-chains`, { roomKind: 'multi_function', steps: [center, sub, { ...center, onLapse: 'expire' }] })
    expectRefused(res, 'approval_chain_loop', 'step 3', 'center_staff', 'step 1', '/steps/2/approver')
    expect(await chains()).toEqual(before)
  })

  it('refuses a household from a family link whose two residents are in two households, naming the other', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    await ctx.db.insertInto('center_residents').values([w.alice, w.bob].map((r) => ({ center_id: w.centerA, resident_id: r.id, registered_at: ctx.now }))).execute()
    for (const [name, member] of [['幸福里3号楼201', w.alice], ['幸福里4号楼102', w.bob]] as const)
      expect((await call(w.as.staff, 'POST', `/centers/${w.centerA}/households`, { name, memberIds: [member.id] })).statusCode).toBe(201)
    const link = await ctx.db.insertInto('family_links').values({
      proxy_resident_id: w.alice.id, member_resident_id: w.bob.id, method: 'staff', center_id: w.centerA, created_at: ctx.now,
    }).returning('id').executeTakeFirstOrThrow()
    const members = () => ctx.db.selectFrom('household_members').innerJoin('households', 'households.id', 'household_members.household_id')
      .select(['households.name', 'household_members.resident_id']).where('households.center_id', '=', w.centerA).orderBy('households.name').execute()
    const before = await members()

    const res = await call(w.as.staff, 'POST', `/centers/${w.centerA}/households/from-family-link`, { familyLinkId: link.id })
    expectRefused(res, 'resident_in_other_household', '幸福里4号楼102')
    expect(await members()).toEqual(before)
    expect(await ctx.db.selectFrom('households').select('id').where('center_id', '=', w.centerA).execute()).toHaveLength(2)

    // One resident added to two households at the same moment: one wins, the other is the same 400.
    const carol = await newResident(ctx.db, '赵丽')
    await ctx.db.insertInto('center_residents').values({ center_id: w.centerA, resident_id: carol.id, registered_at: ctx.now }).execute()
    const homes = await ctx.db.selectFrom('households').select('id').where('center_id', '=', w.centerA).execute()
    const answers = await Promise.all(homes.map((h) => call(w.as.staff, 'POST', `/households/${h.id}/members`, { residentId: carol.id })))
    expect(answers.map((a) => [a.statusCode, a.statusCode === 200 ? 'added' : a.json().code]).sort()).toEqual([[200, 'added'], [400, 'resident_in_other_household']])
    expect(await ctx.db.selectFrom('household_members').select('household_id').where('resident_id', '=', carol.id).execute()).toHaveLength(1)
  })

  it('refuses a quota of zero or less for a household, an organisation, a center and a room, naming the field', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const household = (await call(w.as.staff, 'POST', `/centers/${w.centerA}/households`, { name: '幸福里3号楼201', weeklyQuota: 2 })).json()
    const organisation = (await call(w.as.staff, 'POST', `/centers/${w.centerA}/organisations`, { name: '夕阳红书法队', weeklyQuota: 2 })).json()
    const state = async () => ({
      households: await ctx.db.selectFrom('households').select(['name', 'weekly_quota']).where('center_id', '=', w.centerA).execute(),
      organisations: await ctx.db.selectFrom('organisations').select(['name', 'weekly_quota']).where('center_id', '=', w.centerA).execute(),
      center: (await ctx.db.selectFrom('centers').select('booking_policy').where('id', '=', w.centerA).executeTakeFirstOrThrow()).booking_policy,
      room: (await ctx.db.selectFrom('rooms').select('booking_policy').where('id', '=', w.room.id).executeTakeFirstOrThrow()).booking_policy,
      kinds: await ctx.db.selectFrom('room_kind_booking_policies').selectAll().where('center_id', '=', w.centerA).execute(),
    })
    const before = await state()
    expect(before.households).toEqual([{ name: '幸福里3号楼201', weekly_quota: 2 }])

    for (const quota of [0, -1]) {
      for (const [cookie, method, url, payload] of [
        [w.as.staff, 'POST', `/centers/${w.centerA}/households`, { name: '零配额', weeklyQuota: quota }],
        [w.as.staff, 'PATCH', `/households/${household.id}`, { weeklyQuota: quota }],
        [w.as.staff, 'POST', `/centers/${w.centerA}/organisations`, { name: '零配额', weeklyQuota: quota }],
        [w.as.staff, 'PATCH', `/organisations/${organisation.id}`, { weeklyQuota: quota }],
        [w.as.manager, 'PATCH', `/centers/${w.centerA}/booking-policy`, { weeklyQuota: quota }],
        [w.as.manager, 'PATCH', `/rooms/${w.room.id}/booking-policy`, { weeklyQuota: quota }],
        [w.as.manager, 'PUT', `/centers/${w.centerA}/room-kinds/meeting_room/booking-policy`, { weeklyQuota: quota }],
        [w.as.manager, 'PATCH', `/centers/${w.centerA}/booking-policy`, { maxUpcoming: quota }],
      ] as const) {
        const field = Object.keys(payload).at(-1)!
        expectRefused(await call(cookie, method, url, payload), 'validation_failed', `body/${field}`)
      }
    }
    expect(await state()).toEqual(before)
  })

  it('refuses a proposal whose preferred dates are in the past, naming them', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const resident = await newResident(ctx.db, '李老师')
    const rows = () => ctx.db.selectFrom('proposals').select('id').where('center_id', '=', w.centerA).execute()
    const propose = (preferredDates: string[]) => call(resident.cookie, 'POST', `/centers/${w.centerA}/proposals`, {
      title: '社区书法交流会', description: '邀请老年书法爱好者互相切磋', audiences: ['seniors'], preferredDates, expectedPeople: 20,
    })
    expectRefused(await propose(['2026-11-28', '2026-11-19']), 'proposal_date_past', '2026-11-19', 'today (2026-11-20)', 'body/preferredDates')
    expectRefused(await propose(['2026-11-20']), 'proposal_date_past', '2026-11-20')
    expect(await rows()).toEqual([])
    expect((await propose(['2026-11-21'])).statusCode).toBe(201)
  })

  it('refuses to accept a proposal as an activity that would already have started, naming the time', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const resident = await newResident(ctx.db, '李老师')
    const proposal = (await call(resident.cookie, 'POST', `/centers/${w.centerA}/proposals`, {
      title: '社区书法交流会', description: '邀请老年书法爱好者互相切磋', audiences: ['seniors'], preferredDates: ['2026-11-28'], expectedPeople: 20,
    })).json()
    const state = async () => ({
      proposal: await ctx.db.selectFrom('proposals').select(['state', 'activity_id']).where('id', '=', proposal.id).executeTakeFirstOrThrow(),
      activities: await ctx.db.selectFrom('activities').select('id').where('center_id', '=', w.centerA).execute(),
    })
    const before = await state()
    const accept = (startsLocal: string, endsLocal: string) => call(w.as.staff, 'POST', `/proposals/${proposal.id}/accept`, { startsLocal, endsLocal, category: 'culture_sports', roomId: null, location: '二楼活动室' })
    expectRefused(await accept('2026-11-19T14:00', '2026-11-19T16:00'), 'proposal_start_past', '2026-11-19 14:00', 'now 2026-11-20 10:00', 'body/startsLocal')
    expectRefused(await accept('2026-11-20T10:00', '2026-11-20T12:00'), 'proposal_start_past', '2026-11-20 10:00')
    expect(await state()).toEqual(before)
    expect((await accept('2026-11-28T14:00', '2026-11-28T16:00')).statusCode).toBe(200)
  })
})

