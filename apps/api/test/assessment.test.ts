import { describe, expect, it } from 'vitest'
import type { AssessmentRanking } from '@linli/contracts'
import { countRows, newCenter, newDistrict, newStaff, newSubdistrict, signIn } from './support/factories'
import { reportFactories } from './support/report-world'
import { parseCsv } from './support/scope-specs'
import { useTestApp } from './support/test-app'

/*
 * A district like the demo's: one subdistrict, three centers (Asia/Shanghai), the test clock on
 * 20 November 2026, so 2026-Q4 is open. The scheme: activities held 50 (target 4), service
 * closing rate 30 (target 50 %), records published 20 (target 2). Points = min(actual/target, 1) × weight.
 * - 东湖: 4 held → 50; 2 transferred, 1 closed = 50 % → 30; 1 record → 10. Score 90, rank 1.
 * - 南湖: 6 held → 50 (capped); 1 transferred, none closed = 0 % → 0; no record → 0. Score 50, rank 2.
 * - 西湖: 2 held → 25; nothing transferred (no rate) → 0; 3 records → 20 (capped). Score 45, rank 3.
 */
const SCHEME = [
  { indicator: 'activities_held', weight: 50, target: 4 },
  { indicator: 'service_closing_rate', weight: 30, target: 50 },
  { indicator: 'records_published', weight: 20, target: 2 },
]

describe('quarterly assessment', () => {
  const ctx = useTestApp()
  let w: { district: string; east: string; west: string; south: string; admin: string; manager: string }
  const req = (method: 'GET' | 'PUT' | 'POST', url: string, cookie: string, payload?: unknown) =>
    ctx.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload: payload as object } : {}) })

  async function center(regionId: string, name: string, held: number, service: ['closed' | 'transferred'][], records: number) {
    const id = await newCenter(ctx.db, regionId, name)
    await ctx.db.updateTable('centers').set({ time_zone: 'Asia/Shanghai' }).where('id', '=', id).execute()
    const f = reportFactories(ctx.db, id, 'Asia/Shanghai')
    const lecture = await f.activity('党课', 'lecture', null)
    for (let i = 0; i < held; i++) await lecture.occurrence(`2026-10-${String(5 + i).padStart(2, '0')}T09:00`, '10:00')
    for (const [status] of service) await f.serviceRequest('2026-10-12T10:00', 'policy', status, true)
    for (let i = 0; i < records; i++) await publishedRecord(id, '2026-10-20T02:00:00Z')
    return id
  }
  async function publishedRecord(centerId: string, publishedAt: string) {
    const now = new Date(publishedAt)
    const { id } = await ctx.db.insertInto('activity_records').values({
      center_id: centerId, title: '活动纪实', consent: true, consent_at: now, created_at: now, updated_at: now,
    }).returning('id').executeTakeFirstOrThrow()
    await ctx.db.insertInto('record_photos').values({ id: crypto.randomUUID(), record_id: id, position: 0, width: 4, height: 3, created_at: now }).execute()
    await ctx.db.updateTable('activity_records').set({ status: 'published', published_at: now }).where('id', '=', id).execute()
  }

  it('builds the district', async () => {
    const district = (await newDistrict(ctx.db, '考核区')).id
    const sub = (await newSubdistrict(ctx.db, district, '考核街道')).id
    const east = await center(sub, '东湖党群服务中心', 4, [['closed'], ['transferred']], 1)
    const west = await center(sub, '西湖党群服务中心', 2, [], 3)
    const south = await center(sub, '南湖党群服务中心', 6, [['transferred']], 0)
    const admin = (await signIn(ctx.app, (await newStaff(ctx.db, 'district_admin', { regionId: district })).username)).cookie
    const manager = (await signIn(ctx.app, (await newStaff(ctx.db, 'center_manager', { centerId: east })).username)).cookie
    w = { district, east, west, south, admin, manager }
  })

  it('refuses a scheme whose weights do not add up to 100, naming the sum, and writes nothing', async () => {
    const res = await req('PUT', `/api/regions/${w.district}/assessment/scheme`, w.admin, { indicators: [{ ...SCHEME[0], weight: 60 }, SCHEME[1]] })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'weights_not_hundred', message: expect.stringContaining('90') })
    expect(await countRows(ctx.db, 'assessment_indicators')).toBe(0)
  })

  it('refuses a zero or negative target, and an indicator chosen twice', async () => {
    for (const target of [0, -5]) {
      const res = await req('PUT', `/api/regions/${w.district}/assessment/scheme`, w.admin, { indicators: [{ ...SCHEME[0], weight: 50, target }, SCHEME[1], SCHEME[2]] })
      expect(res.statusCode).toBe(400)
    }
    const twice = await req('PUT', `/api/regions/${w.district}/assessment/scheme`, w.admin, { indicators: [{ ...SCHEME[0], weight: 50 }, { ...SCHEME[0], weight: 50 }] })
    expect(twice.statusCode).toBe(400)
    expect(twice.json()).toMatchObject({ code: 'duplicate_indicator' })
    expect(await countRows(ctx.db, 'assessment_indicators')).toBe(0)
  })

  it('ranks the centers live in the open quarter, with each indicator\'s points', async () => {
    const saved = await req('PUT', `/api/regions/${w.district}/assessment/scheme`, w.admin, { indicators: SCHEME })
    expect(saved.statusCode, saved.body).toBe(200)
    const res = await req('GET', `/api/regions/${w.district}/assessment?quarter=2026-Q4`, w.admin)
    expect(res.statusCode, res.body).toBe(200)
    const r = res.json() as AssessmentRanking
    expect(r).toMatchObject({ status: 'open', closedAt: null, from: '2026-10-01', to: '2026-12-31' })
    expect(r.centers.map((c) => [c.centerName, c.score, c.rank])).toEqual([
      ['东湖党群服务中心', 90, 1], ['南湖党群服务中心', 50, 2], ['西湖党群服务中心', 45, 3],
    ])
    expect(r.centers[2]!.breakdown).toEqual([
      { indicator: 'activities_held', weight: 50, target: 4, actual: 2, points: 25 },
      { indicator: 'service_closing_rate', weight: 30, target: 50, actual: null, points: 0 },
      { indicator: 'records_published', weight: 20, target: 2, actual: 3, points: 20 },
    ])
  })

  it('shows a center manager their own center\'s score and rank only', async () => {
    const own = await req('GET', `/api/centers/${w.east}/assessment?quarter=2026-Q4`, w.manager)
    expect(own.statusCode, own.body).toBe(200)
    expect(own.json()).toMatchObject({ centers: 3, own: { centerName: '东湖党群服务中心', score: 90, rank: 1 } })
    expect(own.body).not.toContain('西湖')
    expect(own.body).not.toContain('南湖')
    expect((await req('GET', `/api/centers/${w.west}/assessment?quarter=2026-Q4`, w.manager)).statusCode).toBe(403)
    expect((await req('GET', `/api/regions/${w.district}/assessment?quarter=2026-Q4`, w.manager)).statusCode).toBe(403)
    expect((await req('PUT', `/api/regions/${w.district}/assessment/scheme`, w.manager, { indicators: SCHEME })).statusCode).toBe(403)
  })

  it('exports the ranking: one row per center in rank order, with each indicator\'s actual and points', async () => {
    const res = await req('GET', `/api/regions/${w.district}/assessment/export?quarter=2026-Q4&format=csv`, w.admin)
    expect(res.statusCode, res.body).toBe(200)
    const rows = parseCsv(res.body).filter((r) => r.length > 1)
    expect(rows[0]).toEqual(['排名', '服务中心', '总分', '开展活动（50）实际', '开展活动（50）得分', '民情办结率（30）实际', '民情办结率（30）得分', '发布活动纪实（20）实际', '发布活动纪实（20）得分'])
    expect(rows.slice(1)).toEqual([
      ['1', '东湖党群服务中心', '90', '4', '50', '50', '30', '1', '10'],
      ['2', '南湖党群服务中心', '50', '6', '50', '0', '0', '0', '0'],
      ['3', '西湖党群服务中心', '45', '2', '25', '', '0', '3', '20'],
    ])
    const xlsx = await req('GET', `/api/regions/${w.district}/assessment/export?quarter=2026-Q4&format=xlsx&lang=en`, w.admin)
    expect(xlsx.statusCode).toBe(200)
    expect(xlsx.headers['content-type']).toContain('spreadsheetml')
  })

  it('closes the quarter: scores are frozen, and closing again or editing the scheme is refused with nothing written', async () => {
    const closed = await req('POST', `/api/regions/${w.district}/assessment/quarters/2026-Q4/close`, w.admin)
    expect(closed.statusCode, closed.body).toBe(200)
    expect(closed.json()).toMatchObject({ status: 'closed' })
    // New figures after closing change nothing: 南湖 publishes two records (live, it would gain 20).
    await publishedRecord(w.south, '2026-11-10T02:00:00Z')
    await publishedRecord(w.south, '2026-11-11T02:00:00Z')
    const after = (await req('GET', `/api/regions/${w.district}/assessment?quarter=2026-Q4`, w.admin)).json() as AssessmentRanking
    expect(after.status).toBe('closed')
    expect(after.centers.map((c) => [c.centerName, c.score, c.rank])).toEqual([
      ['东湖党群服务中心', 90, 1], ['南湖党群服务中心', 50, 2], ['西湖党群服务中心', 45, 3],
    ])
    const again = await req('POST', `/api/regions/${w.district}/assessment/quarters/2026-Q4/close`, w.admin)
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({ code: 'quarter_closed' })
    const edit = await req('PUT', `/api/regions/${w.district}/assessment/scheme`, w.admin, { indicators: [{ ...SCHEME[0], weight: 100 }] })
    expect(edit.statusCode).toBe(409)
    expect(edit.json().message).toMatch(/closed/)
    expect(await countRows(ctx.db, 'assessment_scores')).toBe(3)
    expect(await countRows(ctx.db, 'assessment_indicators')).toBe(3)
    // The manager reads the frozen line too.
    expect((await req('GET', `/api/centers/${w.east}/assessment?quarter=2026-Q4`, w.manager)).json()).toMatchObject({ status: 'closed', own: { rank: 1 } })
  })

  it('refuses a quarter that has not begun', async () => {
    expect((await req('GET', `/api/regions/${w.district}/assessment?quarter=2027-Q1`, w.admin)).statusCode).toBe(400)
    expect((await req('POST', `/api/regions/${w.district}/assessment/quarters/2027-Q1/close`, w.admin)).statusCode).toBe(400)
    expect(await countRows(ctx.db, 'assessment_quarters')).toBe(1)
  })
})
