import { describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, demoStaff } from '../src/seed/demo-data'
import { seedDemo } from '../src/seed/demo-seed'
import { countRows } from './support/factories'
import { useTestApp } from './support/test-app'

describe('demo seed', () => {
  const ctx = useTestApp()

  it('fills an empty database with districts, centers of 8-12 rooms, and one login per role', async () => {
    expect(await seedDemo(ctx.db, ctx.now)).toBe(true)
    const districts = await ctx.db.selectFrom('regions').select('name').where('level', '=', 'district').execute()
    expect(districts.map((d) => d.name).sort()).toEqual(['金水区', '郑东新区'].sort())
    const centers = (await ctx.app.inject('/api/centers')).json().items as { id: string; name: string; roomCount: number }[]
    expect(centers.map((c) => c.name)).toEqual(expect.arrayContaining(['体育公园党群服务中心', '凤凰台党群服务中心', '经八路街道党群服务中心']))
    for (const c of centers) expect(c.roomCount).toBeGreaterThanOrEqual(8)
    for (const c of centers) expect(c.roomCount).toBeLessThanOrEqual(12)
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

  it('does nothing the second time, so real data is never touched', async () => {
    const before = await Promise.all((['regions', 'centers', 'rooms', 'staff'] as const).map((t) => countRows(ctx.db, t)))
    expect(await seedDemo(ctx.db)).toBe(false)
    const after = await Promise.all((['regions', 'centers', 'rooms', 'staff'] as const).map((t) => countRows(ctx.db, t)))
    expect(after).toEqual(before)
  })
})
