import { describe, expect, it } from 'vitest'
import { PASSWORD, newResident } from './support/factories'
import { newParticipationWorld } from './support/participation-world'
import { FIXTURE_CODE, phoneCodeFixtures } from './support/phone-code-fixtures'
import { useTestApp } from './support/test-app'

/** The account page: changing name, password and number, downloading my data, deleting my account. */
describe('a resident manages their own account', () => {
  const ctx = useTestApp()
  const world = async () => {
    ctx.now = new Date('2026-11-20T02:00:00Z') // Friday 10:00 in Shanghai
    return newParticipationWorld(ctx.app, ctx.db)
  }
  const me = (cookie: string) => ctx.app.inject({ url: '/api/residents/me', headers: { cookie } })
  const call = (method: 'PATCH' | 'POST' | 'DELETE', url: string, cookie: string, payload: object) =>
    ctx.app.inject({ method, url: `/api/residents/me${url}`, headers: { cookie }, payload })
  const login = (phone: string, password: string) => ctx.app.inject({ method: 'POST', url: '/api/residents/login', payload: { phone, password } })

  it('changes the name, and refuses an empty one', async () => {
    const w = await world()
    const res = await call('PATCH', '', w.alice.cookie, { name: ' 王秀英 ' })
    expect(res.statusCode).toBe(200)
    expect((await me(w.alice.cookie)).json()).toMatchObject({ name: '王秀英' })
    expect((await call('PATCH', '', w.alice.cookie, { name: '' })).statusCode).toBe(400)
    expect((await me(w.alice.cookie)).json()).toMatchObject({ name: '王秀英' })
  })

  it('changes the password only with the current one', async () => {
    const w = await world()
    const wrong = await call('POST', '/password', w.alice.cookie, { currentPassword: 'not-my-password', newPassword: 'new-secret-22' })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json()).toMatchObject({ code: 'wrong_password' })
    expect((await login(w.alice.phone, PASSWORD)).statusCode).toBe(200)
    expect((await call('POST', '/password', w.alice.cookie, { currentPassword: PASSWORD, newPassword: 'new-secret-22' })).statusCode).toBe(204)
    expect((await login(w.alice.phone, PASSWORD)).statusCode).toBe(401)
    expect((await login(w.alice.phone, 'new-secret-22')).statusCode).toBe(200)
  })

  it('moves to a new number only with the code sent to it, and never onto another account\'s', async () => {
    const w = await world()
    const { phoneCode } = phoneCodeFixtures(ctx.app, ctx.db)
    const fresh = await phoneCode('change_phone', false)
    const wrong = await call('POST', '/phone', w.alice.cookie, { phone: fresh.phone, code: FIXTURE_CODE.split('').reverse().join('') })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json()).toMatchObject({ code: 'code_invalid' })
    expect((await me(w.alice.cookie)).json()).toMatchObject({ phone: w.alice.phone })

    const taken = await phoneCode('change_phone', true)
    const refused = await call('POST', '/phone', w.alice.cookie, taken)
    expect(refused.statusCode).toBe(409)
    expect(refused.json()).toMatchObject({ code: 'phone_registered' })
    expect((await me(w.alice.cookie)).json()).toMatchObject({ phone: w.alice.phone })

    const moved = await call('POST', '/phone', w.alice.cookie, fresh)
    expect(moved.statusCode).toBe(200)
    expect(moved.json()).toMatchObject({ phone: fresh.phone })
    expect((await login(fresh.phone, PASSWORD)).statusCode).toBe(200)
    expect((await login(w.alice.phone, PASSWORD)).statusCode).toBe(401)
  })

  it('downloads my bookings with room, center and local times, and nobody else\'s', async () => {
    const w = await world()
    expect((await w.book(w.alice.cookie, w.room.id, { ...w.slot('2026-11-23', '10:00', '11:00'), purpose: '合唱排练' })).statusCode).toBe(201)
    expect((await w.book(w.bob.cookie, w.room.id, { ...w.slot('2026-11-23', '14:00', '15:00'), purpose: '象棋比赛' })).statusCode).toBe(201)
    const res = await ctx.app.inject({ url: '/api/residents/me/export', headers: { cookie: w.alice.cookie } })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="linli-my-data-2026-11-20\.json"$/)
    const data = res.json()
    expect(data.profile).toEqual(expect.objectContaining({ name: '王阿姨', phone: w.alice.phone }))
    expect(data.bookings).toEqual([expect.objectContaining({ room: '会议室', purpose: '合唱排练', startsAt: '2026-11-23 10:00', endsAt: '2026-11-23 11:00', status: 'approved' })])
    expect(res.body).not.toContain('象棋比赛')
    const row = await ctx.db.selectFrom('residents').select(['password_hash', 'notify_token']).where('id', '=', w.alice.id).executeTakeFirstOrThrow()
    expect(res.body).not.toContain(row.password_hash)
    expect(res.body).not.toContain(row.notify_token)
    expect((await ctx.app.inject('/api/residents/me/export')).statusCode).toBe(401)
  })

  it('puts family links in the download: whom I act for, who acts for me, since when and how, with the other number masked', async () => {
    const w = await world()
    const carol = await newResident(ctx.db, '张阿姨')
    const link = (proxy: string, member: string, centerId: string | null) => ctx.db.insertInto('family_links').values({
      proxy_resident_id: proxy, member_resident_id: member, method: centerId ? 'staff' : 'sms_code', center_id: centerId, created_at: ctx.now,
    }).execute()
    await link(w.alice.id, w.bob.id, w.centerA)
    await link(carol.id, w.alice.id, null)
    const res = await ctx.app.inject({ url: '/api/residents/me/export', headers: { cookie: w.alice.cookie } })
    expect(res.json().family).toEqual({
      actsFor: [{ name: w.bob.name, maskedPhone: `${w.bob.phone.slice(0, 3)}****${w.bob.phone.slice(-4)}`, since: '2026-11-20 10:00', linkedBy: 'staff', linkedAtCenter: expect.any(String) }],
      actedForBy: [{ name: '张阿姨', maskedPhone: `${carol.phone.slice(0, 3)}****${carol.phone.slice(-4)}`, since: '2026-11-20T02:00:00.000Z', linkedBy: 'sms_code', linkedAtCenter: null }],
    })
    expect(res.body).not.toContain(w.bob.phone)
    expect(res.body).not.toContain(carol.phone)
  })

  it('deletes the account: frees the room, gives the seat to the next in line, keeps history anonymous and ends the session', async () => {
    const w = await world()
    // History: a booking yesterday, made the day before.
    ctx.now = new Date('2026-11-18T02:00:00Z')
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-19', '10:00', '11:00'))).statusCode).toBe(201)
    ctx.now = new Date('2026-11-20T02:00:00Z')
    const report = async () => (await ctx.app.inject({ url: `/api/centers/${w.centerA}/reports?from=2026-11-01&to=2026-11-19`, headers: { cookie: w.as.staff } })).json()
    const before = await report()
    const slot = w.slot('2026-11-23', '10:00', '11:00')
    expect((await w.book(w.alice.cookie, w.room.id, slot)).statusCode).toBe(201)
    expect((await w.book(w.bob.cookie, w.room.id, slot)).statusCode).toBe(409)
    const a = await w.activity({ capacity: 1 })
    await w.registered(w.alice.cookie, a.occurrenceId)
    const queued = await w.registered(w.bob.cookie, a.occurrenceId)
    expect(queued.status).toBe('waitlisted')

    const res = await call('DELETE', '', w.alice.cookie, { confirm: '注销' })
    expect(res.statusCode).toBe(204)
    expect((await me(w.alice.cookie)).statusCode).toBe(401)
    expect((await login(w.alice.phone, PASSWORD)).statusCode).toBe(401)
    expect((await w.book(w.bob.cookie, w.room.id, slot)).statusCode).toBe(201)
    expect((await w.mine(w.bob.cookie)).find((r) => r.id === queued.id)).toMatchObject({ status: 'offered' })
    expect(await report()).toEqual(before)
    const row = await ctx.db.selectFrom('residents').selectAll().where('id', '=', w.alice.id).executeTakeFirstOrThrow()
    expect(row).toMatchObject({ name: '已注销居民', active: false })
    expect(row.phone).not.toBe(w.alice.phone)
    const kept = await ctx.db.selectFrom('bookings').select(['starts_at', 'status']).where('resident_id', '=', w.alice.id).orderBy('starts_at').execute()
    expect(kept.map((b) => b.status)).toEqual(['approved', 'cancelled'])
    // The number is free again for whoever has it next.
    const code = await phoneCodeFixtures(ctx.app, ctx.db).phoneCode('sign_up', false, w.alice.phone)
    expect((await ctx.app.inject({ method: 'POST', url: '/api/residents/sign-up-with-code', payload: { ...code, name: '新居民' } })).statusCode).toBe(201)
  })

  it('refuses, changing nothing, while the resident has a booking today or the word is not typed', async () => {
    const w = await world()
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-20', '14:00', '15:00'))).statusCode).toBe(201)
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-23', '14:00', '15:00'))).statusCode).toBe(201)
    const unconfirmed = await call('DELETE', '', w.alice.cookie, { confirm: '删除' })
    expect(unconfirmed.statusCode).toBe(400)
    expect(unconfirmed.json()).toMatchObject({ code: 'confirmation_required' })
    const today = await call('DELETE', '', w.alice.cookie, { confirm: '注销' })
    expect(today.statusCode).toBe(409)
    expect(today.json()).toMatchObject({ code: 'has_booking_today' })
    expect((await me(w.alice.cookie)).json()).toMatchObject({ name: '王阿姨', phone: w.alice.phone })
    const bookings = await ctx.db.selectFrom('bookings').select('status').where('resident_id', '=', w.alice.id).execute()
    expect(bookings.map((b) => b.status)).toEqual(['approved', 'approved'])
  })
})
