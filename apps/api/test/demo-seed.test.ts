import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { CoBuildingLists, JointMeeting, JointMeetingSummary } from '@linli/contracts'
import { DEMO_PASSWORD, demoStaff } from '../src/seed/demo-data'
import { seedDemo } from '../src/seed/demo-seed'
import { countRows, signIn } from './support/factories'
import { useTestApp } from './support/test-app'

describe('demo seed', () => {
  const ctx = useTestApp()

  it('fills an empty database with districts, centers of 8-12 rooms, and one login per role', async () => {
    expect(await seedDemo(ctx.db, ctx.now)).toBe(true)
    const districts = await ctx.db.selectFrom('regions').select('name').where('level', '=', 'district').execute()
    expect(districts.map((d) => d.name).sort()).toEqual(['金水区', '郑东新区'].sort())
    const centers = (await ctx.app.inject('/api/centers')).json().items as { id: string; name: string; roomCount: number }[]
    expect(centers.map((c) => c.name)).toEqual(expect.arrayContaining(['体育公园党群服务中心', '凤凰台党群服务中心', '经八路街道党群服务中心']))
    // 8-12 rooms of its own; a room a co-building unit provides (医院健康讲堂) comes on top.
    const own = await ctx.db.selectFrom('rooms').select(['center_id', (eb) => eb.fn.countAll<string>().as('n')])
      .where('provided_by_unit_id', 'is', null).groupBy('center_id').execute()
    for (const c of centers) expect(Number(own.find((r) => r.center_id === c.id)?.n)).toBeGreaterThanOrEqual(8)
    for (const c of centers) expect(Number(own.find((r) => r.center_id === c.id)?.n)).toBeLessThanOrEqual(12)
    expect(centers.reduce((n, c) => n + c.roomCount, 0) - own.reduce((n, r) => n + Number(r.n), 0)).toBe(1)
    for (const s of demoStaff) {
      const login = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: s.username, password: DEMO_PASSWORD } })
      const me = login.json()
      expect(me).toMatchObject({ role: s.role, scopeName: s.scope })
    }
    // The seed also writes months of history for the reports (thousands of rows): more than the default 30 s on a busy machine.
  }, 90_000)

  it('fills each center with a month of recurring and one-off activities around the seed date', async () => {
    const fenghuangtai = ((await ctx.app.inject('/api/centers')).json().items as { id: string; name: string }[]).find((c) => c.name === '凤凰台党群服务中心')!
    const seededOn = ctx.now.toISOString().slice(0, 10)
    const month = (await ctx.app.inject(`/api/centers/${fenghuangtai.id}/schedule?from=${seededOn}&to=2026-12-31`)).json().items as { title: string }[]
    const titles = new Set(month.map((i) => i.title))
    for (const t of ['主题党日', '四点半课堂', '科普知识教育', '老人集体祝寿', '冬季义诊', '无偿献血', '暖冬包饺子节']) expect(titles).toContain(t)
    expect(titles).not.toContain('新春联欢会筹备会')
    const today = (await ctx.app.inject(`/api/centers/${fenghuangtai.id}/schedule`)).json().items
    expect(today.length).toBeGreaterThan(0)
  })

  it('adds demo residents with a few pending and approved bookings, shown publicly only as occupied', async () => {
    const statuses = await ctx.db.selectFrom('bookings').select('status').execute()
    expect(statuses.filter((b) => b.status === 'requested').length).toBeGreaterThanOrEqual(2)
    expect(statuses.filter((b) => b.status === 'approved').length).toBeGreaterThanOrEqual(2)
    const res = await ctx.app.inject({ method: 'POST', url: '/api/residents/login', payload: { phone: '13800000001', password: DEMO_PASSWORD } })
    expect(res.statusCode).toBe(200)
  })

  it('has a full 智能手机课（小班） with 王秀英 first in line, so 刘建国 cancelling offers her the seat', async () => {
    const fenghuangtai = ((await ctx.app.inject('/api/centers')).json().items as { id: string; name: string }[]).find((c) => c.name === '凤凰台党群服务中心')!
    const listing = (await ctx.app.inject(`/api/centers/${fenghuangtai.id}/signups`)).json().items as { title: string; capacity: number; seatsTaken: number; waitlisted: number; startsAt: string }[]
    const smallClass = listing.filter((i) => i.title === '智能手机课（小班）')
    expect(smallClass).toMatchObject([{ capacity: 2, seatsTaken: 2, waitlisted: 1 }])
    const daysAhead = (Date.parse(smallClass[0]!.startsAt) - ctx.now.getTime()) / 86_400_000
    expect(daysAhead).toBeGreaterThan(0.5)
    expect(daysAhead).toBeLessThan(4)

    const signIn = async (phone: string) => {
      const res = await ctx.app.inject({ method: 'POST', url: '/api/residents/login', payload: { phone, password: DEMO_PASSWORD } })
      return res.headers['set-cookie']!.toString().split(';')[0]!
    }
    const mine = async (cookie: string) => ((await ctx.app.inject({ url: '/api/residents/me/registrations', headers: { cookie } })).json().items as { id: string; title: string; status: string; waitlistPosition: number | null }[])
      .filter((r) => r.title === '智能手机课（小班）')
    const [wang, liu, zhao] = await Promise.all(['13800000001', '13800000002', '13800000003'].map(signIn))
    expect(await mine(wang!)).toMatchObject([{ status: 'waitlisted', waitlistPosition: 1 }])
    expect(await mine(zhao!)).toMatchObject([{ status: 'confirmed' }])
    const [seat] = await mine(liu!)
    expect(seat).toMatchObject({ status: 'confirmed' })

    // What the banner's "try it" line walks through: the seat goes to 王秀英 and her inbox says so.
    expect((await ctx.app.inject({ method: 'POST', url: `/api/registrations/${seat!.id}/cancel`, headers: { cookie: liu! } })).statusCode).toBe(200)
    expect(await mine(wang!)).toMatchObject([{ status: 'offered' }])
    const inbox = (await ctx.app.inject({ url: '/api/residents/me/notifications', headers: { cookie: wang! } })).json()
    expect(inbox.items).toContainEqual(expect.objectContaining({ kind: 'seat_offered', params: expect.objectContaining({ activityTitle: '智能手机课（小班）' }) }))
    expect(inbox.unread).toBeGreaterThanOrEqual(1)
  })

  it('gives each center published activity records (活动纪实) with photos made at seed time, served without EXIF', async () => {
    const centers = (await ctx.app.inject('/api/centers')).json().items as { id: string; name: string }[]
    for (const c of centers) {
      const records = (await ctx.app.inject(`/api/centers/${c.id}/records`)).json().items as { title: string; photos: { id: string }[]; occurrence: { checkedIn: number } | null }[]
      expect(records.length, c.name).toBeGreaterThanOrEqual(1)
      expect(records.every((r) => r.photos.length >= 1)).toBe(true)
    }
    const [record] = (await ctx.app.inject(`/api/centers/${centers[0]!.id}/records`)).json().items as { photos: { id: string }[] }[]
    const photo = await ctx.app.inject({ url: `/api/photos/${record!.photos[0]!.id}/screen`, headers: { accept: 'image/webp' } })
    expect(photo.headers['content-type']).toBe('image/webp')
    expect((await sharp(photo.rawPayload).metadata()).exif).toBeUndefined()
  })

  it('gives 凤凰台 co-building lists and joint meetings whose problems stand raised, assigned and solved, as its manager and the district admin open them', async () => {
    const fenghuangtai = ((await ctx.app.inject('/api/centers')).json().items as { id: string; name: string }[]).find((c) => c.name === '凤凰台党群服务中心')!
    const manager = { cookie: (await signIn(ctx.app, 'manager')).cookie }
    const lists = (await ctx.app.inject({ url: `/api/centers/${fenghuangtai.id}/co-building-lists`, headers: manager })).json() as CoBuildingLists
    expect(lists.resources.length).toBeGreaterThan(0)
    expect(lists.needs.length).toBeGreaterThan(0)
    expect(lists.projects.length).toBeGreaterThan(0)
    const meetings = (await ctx.app.inject({ url: `/api/centers/${fenghuangtai.id}/joint-meetings`, headers: manager })).json().items as JointMeetingSummary[]
    expect(meetings.length).toBeGreaterThan(0)
    const problems = (await Promise.all(meetings.map(async (m) => ((await ctx.app.inject({ url: `/api/joint-meetings/${m.id}`, headers: manager })).json() as JointMeeting).problems))).flat()
    expect(new Set(problems.map((p) => p.status))).toEqual(new Set(['raised', 'assigned', 'solved']))

    const district = await ctx.db.selectFrom('staff').select('region_id').where('username', '=', 'district').executeTakeFirstOrThrow()
    const all = (await ctx.app.inject({ url: `/api/regions/${district.region_id}/joint-meetings`, headers: { cookie: (await signIn(ctx.app, 'district')).cookie } })).json().items as JointMeetingSummary[]
    expect(all.length).toBeGreaterThan(meetings.length)
  })

  it('does nothing the second time, so real data is never touched', async () => {
    const before = await Promise.all((['regions', 'centers', 'rooms', 'staff'] as const).map((t) => countRows(ctx.db, t)))
    expect(await seedDemo(ctx.db)).toBe(false)
    const after = await Promise.all((['regions', 'centers', 'rooms', 'staff'] as const).map((t) => countRows(ctx.db, t)))
    expect(after).toEqual(before)
  })
})
