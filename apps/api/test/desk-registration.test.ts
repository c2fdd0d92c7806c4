import { describe, expect, it } from 'vitest'
import { type DeskResident, type DeskResidentList, RESIDENT_COOKIE, type SignInLink } from '@linli/contracts'
import { newBookingWorld } from './support/booking-world'
import { countRows, newCenter, newResident, newStaff, signIn } from './support/factories'
import { useTestApp } from './support/test-app'

type World = Awaited<ReturnType<typeof newBookingWorld>>
let phones = 0
const freshPhone = () => `135${String(Date.now() % 1e4).padStart(4, '0')}${String(7000 + phones++)}`
const tokenOf = (link: SignInLink) => new URL(link.path, 'http://x').searchParams.get('t')!

describe('the service desk: registering residents and one-time sign-in QR codes', () => {
  const ctx = useTestApp()
  const register = (w: World, cookie: string, body: object, centerId = w.centerA) =>
    ctx.app.inject({ method: 'POST', url: `/api/centers/${centerId}/residents`, headers: { cookie }, payload: body })
  const list = (cookie: string, centerId: string, q = '') =>
    ctx.app.inject({ url: `/api/centers/${centerId}/residents${q ? `?q=${encodeURIComponent(q)}` : ''}`, headers: { cookie } })
  const newLink = (cookie: string, centerId: string, residentId: string) =>
    ctx.app.inject({ method: 'POST', url: `/api/centers/${centerId}/residents/${residentId}/sign-in-links`, headers: { cookie } })
  let address = 0
  // Each from a phone of its own (an address of its own), unless the test is about one phone.
  const redeem = (token: string, remoteAddress = `10.9.0.${++address}`) =>
    ctx.app.inject({ method: 'POST', url: '/api/residents/sign-in-with-link', payload: { token }, remoteAddress })
  const sessionCookie = (res: { cookies: { name: string; value: string }[] }) => {
    const c = res.cookies.find((x) => x.name === RESIDENT_COOKIE)
    return c ? `${RESIDENT_COOKIE}=${c.value}` : undefined
  }

  it('registers a resident without a password, lists them with the number masked, and finds them by name or the last digits', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const phone = freshPhone()
    const res = await register(w, w.as.staff, { name: '  张秀兰 ', phone, household: '3号楼2单元501', language: 'zh-CN' })
    expect(res.statusCode).toBe(201)
    const created = res.json() as DeskResident
    expect(created).toMatchObject({ name: '张秀兰', maskedPhone: `${phone.slice(0, 3)}****${phone.slice(-4)}`, household: '3号楼2单元501', language: 'zh-CN' })
    expect(created.registeredAt).toBe(ctx.now.toISOString())
    // No password signs in: the account has one nobody knows.
    expect((await ctx.app.inject({ method: 'POST', url: '/api/residents/login', payload: { phone, password: '' } })).statusCode).toBe(400)

    // Alice booked at center A: the center knows her too, without a desk registration.
    await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-23', '09:00', '10:00'))
    const all = (await list(w.as.staff, w.centerA)).json() as DeskResidentList
    expect(all.items.map((r) => r.name)).toEqual(['张秀兰', '王阿姨'])
    expect(all.items[1]).toMatchObject({ registeredAt: null, household: null })
    expect(JSON.stringify(all)).not.toContain(phone)
    expect(((await list(w.as.staff, w.centerA, '秀兰')).json() as DeskResidentList).items.map((r) => r.id)).toEqual([created.id])
    expect(((await list(w.as.staff, w.centerA, phone.slice(-4))).json() as DeskResidentList).items.map((r) => r.id)).toEqual([created.id])
    expect(((await list(w.as.staff, w.centerA, phone)).json() as DeskResidentList).items.map((r) => r.id)).toEqual([created.id])
    expect(((await list(w.as.staff, w.centerA, '%')).json() as DeskResidentList).items).toEqual([])
    // Bob never came to center A.
    expect(((await list(w.as.staff, w.centerA, '刘')).json() as DeskResidentList).items).toEqual([])

    const audit = await ctx.db.selectFrom('audit_log').selectAll().where('entity_id', '=', created.id).execute()
    expect(audit).toMatchObject([{ action: 'desk_register', center_id: w.centerA, actor_kind: 'staff' }])
    expect(JSON.stringify(audit[0]!.after)).not.toContain(phone)
  })

  it('refuses a number that has an account with a 409 that says where to find them, and changes nothing', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const phone = freshPhone()
    expect((await register(w, w.as.staff, { name: '李建华', phone })).statusCode).toBe(201)
    const before = { residents: await countRows(ctx.db, 'residents'), desk: await countRows(ctx.db, 'center_residents'), audit: await countRows(ctx.db, 'audit_log') }
    const again = await register(w, w.as.manager, { name: '李建华', phone })
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({ code: 'resident_known', message: expect.stringContaining('find the resident') })
    // Bob has an account but center A does not know him: the desk cannot take him over.
    const elsewhere = await register(w, w.as.staff, { name: '刘大爷', phone: w.bob.phone })
    expect(elsewhere.statusCode).toBe(409)
    expect(elsewhere.json()).toMatchObject({ code: 'phone_registered_elsewhere' })
    for (const bad of [{ name: '', phone: freshPhone() }, { name: '王', phone: '1234' }, { name: '王', phone: freshPhone(), household: ' ' }, { name: '王', phone: freshPhone(), password: 'x' }, { name: '王', phone: freshPhone(), language: 'fr' }]) {
      const res = await register(w, w.as.staff, bad)
      expect(res.statusCode, JSON.stringify(bad)).toBe(400)
      expect(res.json().code).toBe('validation_failed')
    }
    expect({ residents: await countRows(ctx.db, 'residents'), desk: await countRows(ctx.db, 'center_residents'), audit: await countRows(ctx.db, 'audit_log') }).toEqual(before)
  })

  it('keeps each center to its own residents: another center\'s staff neither see nor reach them', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const created = (await register(w, w.as.staff, { name: '周桂英', phone: freshPhone() })).json() as DeskResident
    const staffB = await signIn(ctx.app, (await newStaff(ctx.db, 'center_staff', { centerId: w.centerB })).username)
    // Another district's center: refused outright.
    expect((await list(staffB.cookie, w.centerA)).statusCode).toBe(403)
    expect((await newLink(staffB.cookie, w.centerA, created.id)).statusCode).toBe(403)
    expect((await register(w, staffB.cookie, { name: '周', phone: freshPhone() })).statusCode).toBe(403)
    // Its own center does not know her: not in its list, and no link for her through it.
    expect(((await list(staffB.cookie, w.centerB)).json() as DeskResidentList).items).toEqual([])
    expect((await newLink(staffB.cookie, w.centerB, created.id)).statusCode).toBe(404)
    // A sibling center in the district admin's region: the admin may work its desk, but it does not know her either.
    const sibling = await newCenter(ctx.db, w.subA.id)
    expect(((await list(w.as.admin, sibling)).json() as DeskResidentList).items).toEqual([])
    expect((await newLink(w.as.admin, sibling, created.id)).statusCode).toBe(404)
    expect((await newLink(w.as.admin, w.centerA, created.id)).statusCode).toBe(201)
    // Residents and anonymous callers are not staff.
    expect((await list(w.alice.cookie, w.centerA)).statusCode).toBe(401)
    expect((await ctx.app.inject({ method: 'POST', url: `/api/centers/${w.centerA}/residents/${created.id}/sign-in-links` })).statusCode).toBe(401)
  })

  it('signs the phone that opens a link in as the resident, once; a newer link ends the older one; a link lasts 10 minutes', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const created = (await register(w, w.as.staff, { name: '赵桂芝', phone: freshPhone(), household: '7号楼' })).json() as DeskResident
    const first = (await newLink(w.as.staff, w.centerA, created.id)).json() as SignInLink
    expect(first).toMatchObject({ residentId: created.id, residentName: '赵桂芝', url: null, expiresAt: new Date(ctx.now.getTime() + 600_000).toISOString() })
    expect(first.path).toMatch(/\/m\/login\?t=[A-Za-z0-9_-]{43}$/)
    // Only a digest is stored.
    const stored = await ctx.db.selectFrom('resident_sign_in_links').select('token_hash').execute()
    expect(stored.some((s) => s.token_hash === tokenOf(first) || s.token_hash.includes(tokenOf(first)))).toBe(false)

    const second = (await newLink(w.as.staff, w.centerA, created.id)).json() as SignInLink
    const replaced = await redeem(tokenOf(first))
    expect(replaced.statusCode).toBe(400)
    expect(replaced.json().code).toBe('sign_in_link_replaced')
    expect(sessionCookie(replaced)).toBeUndefined()

    const used = await redeem(tokenOf(second))
    expect(used.statusCode).toBe(200)
    expect(used.json()).toMatchObject({ id: created.id, name: '赵桂芝' })
    const me = await ctx.app.inject({ url: '/api/residents/me', headers: { cookie: sessionCookie(used)! } })
    expect(me.json()).toMatchObject({ id: created.id })
    const twice = await redeem(tokenOf(second))
    expect(twice.statusCode).toBe(400)
    expect(twice.json().code).toBe('sign_in_link_used')
    // What the desk wrote about her is in her own data download.
    const exported = await ctx.app.inject({ url: '/api/residents/me/export', headers: { cookie: sessionCookie(used)! } })
    expect(exported.json().deskRegistrations).toEqual([{ center: expect.any(String), household: '7号楼', registeredAt: expect.stringMatching(/^2026-11-20 10:00$/) }])

    const third = (await newLink(w.as.staff, w.centerA, created.id)).json() as SignInLink
    ctx.now = new Date(ctx.now.getTime() + 10 * 60_000)
    try {
      const late = await redeem(tokenOf(third))
      expect(late.statusCode).toBe(400)
      expect(late.json().code).toBe('sign_in_link_expired')
    } finally {
      ctx.now = new Date(ctx.now.getTime() - 10 * 60_000)
    }
    const audit = await ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', created.id).orderBy('at').execute()
    expect(audit.map((a) => a.action)).toEqual(['desk_register', 'sign_in_link', 'sign_in_link', 'sign_in_link'])
  })

  it('refuses a made-up or malformed token, and a link of a deleted account, signing nobody in and changing nothing', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const gone = await newResident(ctx.db, '临时居民')
    await ctx.db.insertInto('center_residents').values({ center_id: w.centerA, resident_id: gone.id, household: null, registered_by_staff_id: null, registered_at: ctx.now }).execute()
    const link = (await newLink(w.as.staff, w.centerA, gone.id)).json() as SignInLink
    expect((await ctx.app.inject({ method: 'DELETE', url: '/api/residents/me', headers: { cookie: gone.cookie }, payload: { confirm: '注销' } })).statusCode).toBe(204)
    const before = { sessions: await countRows(ctx.db, 'sessions'), links: await countRows(ctx.db, 'resident_sign_in_links') }
    const cases: [string, string][] = [[tokenOf(link), 'sign_in_link_invalid'], ['A'.repeat(43), 'sign_in_link_invalid'], ['short', 'validation_failed'], ['x'.repeat(43) + '!', 'validation_failed']]
    for (const [token, code] of cases) {
      const res = await redeem(token)
      expect(res.statusCode, token).toBe(400)
      expect(res.json().code).toBe(code)
      expect(sessionCookie(res)).toBeUndefined()
    }
    expect({ sessions: await countRows(ctx.db, 'sessions'), links: await countRows(ctx.db, 'resident_sign_in_links') }).toEqual(before)
    // Deleting the account took the desk's household note with it.
    expect(await ctx.db.selectFrom('center_residents').select('resident_id').where('resident_id', '=', gone.id).execute()).toEqual([])
    // A link's resident id that the center does not know, or that does not exist.
    expect((await newLink(w.as.staff, w.centerA, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404)
  })

  it('lets two phones race for one link and signs in only one of them', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const created = (await register(w, w.as.staff, { name: '钱玉兰', phone: freshPhone() })).json() as DeskResident
    const link = (await newLink(w.as.staff, w.centerA, created.id)).json() as SignInLink
    const answers = await Promise.all([redeem(tokenOf(link)), redeem(tokenOf(link))])
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 400])
    expect(answers.filter((a) => sessionCookie(a))).toHaveLength(1)
  })

  it('slows down one phone guessing tokens: the 11th try in a minute is a 429', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) statuses.push((await redeem('B'.repeat(43), '10.8.0.1')).statusCode)
    expect(statuses).toEqual([...Array(10).fill(400), 429])
  })
})
